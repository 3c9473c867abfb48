import type { Indicator } from '../data/indicator';

/**
 * Counts of people that are not children: coverage takes its demand from children, so these are
 * not offered. By id because the catalogue has no field for "who is counted"; the test checks the
 * ids still exist.
 */
export const NOT_CHILDREN_COUNTS: ReadonlySet<string> = new Set(['pop', 'inmig']);

/** Indicators the gap analysis may take its demand from: counts of children, not facilities or coverage. */
export function demandChoices(indicators: Iterable<Indicator>): Indicator[] {
  return [...indicators].filter(
    (i) => i.kind === 'count' && i.family !== 'coverage' && i.family !== 'facilities' && !NOT_CHILDREN_COUNTS.has(i.id),
  );
}
