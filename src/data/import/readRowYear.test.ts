import { describe, expect, it } from 'vitest';
import type { ImportIssue } from './importIssue';
import { readRowYear } from './readRowYear';

describe('readRowYear', () => {
  const CASES: Array<[string, number | null | undefined, number | null, boolean]> = [
    ['a year', 2020, 2020, false],
    ['the first year allowed', 1900, 1900, false],
    ['the last year allowed', 2100, 2100, false],
    ['before 1900', 1899, null, true],
    ['after 2100', 2101, null, true],
    ['a fraction', 2020.5, null, true],
    ['no number (already reported by the column reader)', null, null, false],
    ['no cell', undefined, null, false],
  ];
  it.each(CASES)('%s', (_, value, year, warned) => {
    const issues: ImportIssue[] = [];
    expect(readRowYear(value, 7, '年份', String(value), issues)).toBe(year);
    expect(issues).toEqual(warned ? [{ code: 'not-a-number', severity: 'warning', row: 7, field: '年份', raw: String(value) }] : []);
  });
});
