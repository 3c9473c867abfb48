import type { IndicatorKind } from '../indicator';

/**
 * How several rows for one province (and year) become one value. 'one' keeps a single row, the
 * one the user picked (the first by default); the others combine every row that has a number.
 */
export const COMBINE_METHODS = ['sum', 'mean', 'min', 'max', 'one'] as const;
export type CombineMethod = (typeof COMBINE_METHODS)[number];

/**
 * The combination proposed for a kind of number: counts (and balances, which are differences of
 * counts) add up over counties; shares and rates do not, so one row is kept until the user says
 * otherwise.
 */
export function proposeCombine(kind: IndicatorKind): CombineMethod {
  return kind === 'count' || kind === 'balance' ? 'sum' : 'one';
}

/** Combines the numbers of one group (no data already left out). Never called with none. */
export function combineValues(values: readonly number[], method: Exclude<CombineMethod, 'one'>): number {
  switch (method) {
    case 'sum':
      // Kahan summation: 1,204 county figures with decimals add up without float residue drift.
      return kahanSum(values);
    case 'mean':
      return kahanSum(values) / values.length;
    case 'min':
      return values.reduce((a, b) => (b < a ? b : a));
    case 'max':
      return values.reduce((a, b) => (b > a ? b : a));
  }
}

function kahanSum(values: readonly number[]): number {
  let sum = 0;
  let carry = 0;
  for (const v of values) {
    const y = v - carry;
    const t = sum + y;
    carry = t - sum - y;
    sum = t;
  }
  return sum;
}
