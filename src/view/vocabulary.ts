/**
 * The fixed vocabularies components render (indicator families, facility types, supply measures,
 * the programmes, the 34 units, the ways rows combine, the coordinate systems), from data, facilities and geo. Components take them from here, so ui depends on
 * view and app only; the lists themselves stay defined once, where they belong.
 */
export { FAMILIES } from '../data/indicator';
export { PROGRAMMES } from '../data/programmes';
export { FACILITY_TYPES } from '../facilities/facility';
export { SUPPLY_MEASURES } from '../facilities/gapScore';
export { UNIT_BY_ID, UNITS } from '../geo/units';
export { COMBINE_METHODS } from '../data/import/combineValues';
export { CRS_LIST } from '../facilities/convertCrs';
