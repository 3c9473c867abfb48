import type { ImportIssue } from './importIssue';

/** Years a table's year column may hold; anything else is reported, not guessed at. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/**
 * One row's year from the year column's parsed number: a whole year in YEAR_RANGE, else null,
 * with a warning naming the row, the column and the cell as written (a cell that is not a number at
 * all is null without a warning: the column reader has reported it). Used by the province and the
 * region import alike, so a year is read by one rule.
 */
export function readRowYear(value: number | null | undefined, row: number, field: string | null, raw: string, issues: ImportIssue[]): number | null {
  const y = value ?? null;
  if (y !== null && Number.isInteger(y) && y >= YEAR_RANGE.min && y <= YEAR_RANGE.max) return y;
  if (y !== null) issues.push({ code: 'not-a-number', severity: 'warning', row, field, raw });
  return null;
}
