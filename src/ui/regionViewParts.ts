/**
 * The parts of a region set's view (#15): title, legend, table, details, tooltip and sources. One
 * module so they arrive as one chunk, loaded when a set is first shown (App.tsx); a first view of
 * the provinces does not download them.
 */
export { RegionDetails } from './RegionDetails';
export { RegionLegend } from './RegionLegend';
export { RegionSourceLine } from './RegionSourceLine';
export { RegionTable } from './RegionTable';
export { RegionTitle } from './RegionTitle';
export { RegionTooltip } from './RegionTooltip';
