import { describe, expect, it } from 'vitest';
import { checkPlausibility, type PlausibilityCode } from './checkPlausibility';
import type { IndicatorKind } from '../indicator';

const codes = (values: (number | null)[], kind: IndicatorKind = 'count') =>
  checkPlausibility({ column: 'v', values, rowNumbers: values.map((_, i) => i + 2), kind }).map((w) => [w.code, w.count, w.row, w.fix]);

describe('checkPlausibility', () => {
  it.each<[string, (number | null)[], IndicatorKind, unknown[]]>([
    ['a plain count', [1, 5, 9], 'count', []],
    ['years as values', [2016, 2018, 2016], 'count', [['looks-like-years', 3, null, { type: 'use-as-year' }]]],
    ['one year repeated is all-equal, not years', [2016, 2016], 'count', [['all-equal', 2, null, { type: 'choose-value' }]]],
    ['negatives on a count', [5, -3, -1], 'count', [['negative-count', 2, 3, { type: 'set-kind', kind: 'balance' }]]],
    ['negatives on a balance are fine', [5, -3], 'balance', []],
    ['a share over 100', [12.5, 140], 'share', [['share-over-100', 1, 3, { type: 'set-kind', kind: 'rate' }]]],
    ['a share of 100 is fine', [12.5, 100], 'share', []],
    ['all values equal', [7, 7, 7], 'count', [['all-equal', 3, null, { type: 'choose-value' }]]],
    ['mostly empty', [1, null, null, 2, null], 'count', [['mostly-empty', 3, null, { type: 'choose-value' }]]],
    ['half empty is not mostly', [1, null, 2, null], 'count', []],
    ['beyond drawable', [1e308, 4, -1e308], 'count', [['beyond-drawable', 2, 2, null], ['negative-count', 0, null, null]].slice(0, 1)],
    ['a single value is not all-equal', [3], 'count', []],
  ])('%s', (_, values, kind, expected) => {
    expect(codes(values, kind)).toEqual(expected);
  });

  it('names the column in every warning', () => {
    const ws = checkPlausibility({ column: '年份', values: [2016, 2017], rowNumbers: [2, 3], kind: 'count' });
    expect(ws.map((w) => w.column)).toEqual(['年份']);
  });

  it('covers every code', () => {
    const seen = new Set<PlausibilityCode>();
    for (const [values, kind] of [[[2016, 2018]], [[-1, 2]], [[120, 1]], [[3, 3]], [[null, null, 1]], [[1e308]]] as [(number | null)[], IndicatorKind?][]) {
      for (const w of checkPlausibility({ column: 'v', values, rowNumbers: [], kind: kind ?? (values[0] === 120 ? 'share' : 'count') })) seen.add(w.code);
    }
    expect(seen.size).toBe(6);
  });
});
