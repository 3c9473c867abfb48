import type { IndicatorKind } from '../indicator';

/**
 * What a column of values says about itself that the user should hear before applying it. Never
 * blocking: each warning names the column and offers a fix the dialog can apply in one click.
 */
export type PlausibilityCode =
  | 'looks-like-years'
  | 'negative-count'
  | 'share-over-100'
  | 'all-equal'
  | 'mostly-empty'
  | 'beyond-drawable';

export type PlausibilityFix =
  /** Use the column as the year column instead. */
  | { type: 'use-as-year' }
  /** Change the kind of number. */
  | { type: 'set-kind'; kind: IndicatorKind }
  /** Pick another value column (the dialog moves focus to it). */
  | { type: 'choose-value' };

export interface PlausibilityWarning {
  code: PlausibilityCode;
  column: string;
  /** How many values (or rows, for mostly-empty) the warning is about. */
  count: number;
  /** Of how many rows. */
  total: number;
  /** The first row concerned, as the user sees it, when the warning is about particular rows. */
  row: number | null;
  /** An example value (the shared value for all-equal, the first negative …). */
  example: number | null;
  fix: PlausibilityFix | null;
}

/** Values beyond this magnitude are not drawn: a scale over ±1e308 has an infinite span (NaN
 * positions), and no province figure is larger than 10¹⁵ (a quadrillion). */
export const MAX_DRAWABLE = 1e15;

/** A column is mostly empty when more than this share of its rows has no number. */
const MOSTLY_EMPTY = 0.5;
/** Years: at least this share of values are whole numbers 1949–2100. */
const YEAR_SHARE = 0.9;

export function isDrawable(v: number): boolean {
  return Number.isFinite(v) && Math.abs(v) <= MAX_DRAWABLE;
}

/**
 * Checks one value column. `values` is aligned with `rowNumbers` (the file's rows, no data as
 * null, beyond-drawable values included); `isYearColumn` says the column is already the year.
 */
export function checkPlausibility(input: {
  column: string;
  values: readonly (number | null)[];
  rowNumbers: readonly number[];
  kind: IndicatorKind;
}): PlausibilityWarning[] {
  const { column, values, rowNumbers, kind } = input;
  const total = values.length;
  const out: PlausibilityWarning[] = [];
  const warn = (code: PlausibilityCode, count: number, first: number, example: number | null, fix: PlausibilityFix | null) =>
    out.push({ code, column, count, total, row: first < 0 ? null : (rowNumbers[first] ?? first + 1), example, fix });
  const firstWhere = (test: (v: number) => boolean) => values.findIndex((v) => v !== null && test(v));
  const countWhere = (test: (v: number) => boolean) => values.reduce<number>((n, v) => (v !== null && test(v) ? n + 1 : n), 0);

  const numbers = values.filter((v): v is number => v !== null);
  const empty = total - numbers.length;
  if (total > 0 && empty > MOSTLY_EMPTY * total) warn('mostly-empty', empty, -1, null, { type: 'choose-value' });
  const beyond = countWhere((v) => !isDrawable(v));
  if (beyond > 0) {
    const i = firstWhere((v) => !isDrawable(v));
    warn('beyond-drawable', beyond, i, values[i] ?? null, null);
  }
  const drawable = numbers.filter(isDrawable);
  if (drawable.length === 0) return out;

  const years = drawable.filter((v) => Number.isInteger(v) && v >= 1949 && v <= 2100).length;
  const distinct = new Set(drawable);
  if (years >= YEAR_SHARE * drawable.length && distinct.size > 1) {
    warn('looks-like-years', years, -1, drawable[0]!, { type: 'use-as-year' });
  } else if (drawable.length >= 2 && distinct.size === 1) {
    warn('all-equal', drawable.length, -1, drawable[0]!, { type: 'choose-value' });
  }
  if (kind === 'count') {
    const negative = countWhere((v) => v < 0 && isDrawable(v));
    if (negative > 0) {
      const i = firstWhere((v) => v < 0);
      warn('negative-count', negative, i, values[i] ?? null, { type: 'set-kind', kind: 'balance' });
    }
  }
  if (kind === 'share') {
    const over = countWhere((v) => v > 100 && isDrawable(v));
    if (over > 0) {
      const i = firstWhere((v) => v > 100 && isDrawable(v));
      warn('share-over-100', over, i, values[i] ?? null, { type: 'set-kind', kind: 'rate' });
    }
  }
  return out;
}
