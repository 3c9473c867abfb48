import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import type { Indicator } from '../data/indicator';
import { formatNumber, formatValue, formatValueWithUnit } from './formatValue';

const byId = (id: string) => CATALOGUE.find((i) => i.id === id) as Indicator;

describe('formatNumber', () => {
  const cases: Array<[number, 'en' | 'zh', Parameters<typeof formatNumber>[2], string]> = [
    [6920292, 'en', {}, '6,920,292'],
    [6920292, 'zh', {}, '6,920,292'],
    [6920292, 'en', { compact: true }, '6.92M'],
    [6920292, 'zh', { compact: true }, '692万'],
    [-7058319, 'en', { compact: true, signed: true }, '-7.06M'],
    [56276, 'en', { signed: true }, '+56,276'],
    [0, 'en', { signed: true }, '0'],
    [17.954, 'en', { digits: 2 }, '17.95'],
  ];
  it.each(cases)('%d in %s %o is %s', (value, lang, opts, expected) => {
    expect(formatNumber(value, lang, opts)).toBe(expected);
  });
});

describe('formatValue', () => {
  // The coverage gap score (#13): it once came out as a whole-number balance, "+1" for 0.7.
  const score = { ...byId('netsend'), id: 'covgap', kind: 'score' } as Indicator;
  it.each([
    [0.7, 'en', '+0.70'],
    [0.1, 'en', '+0.10'],
    [-0.2, 'en', '-0.20'],
    [-0.3, 'zh', '-0.30'],
    [0, 'en', '0.00'],
    [1, 'zh', '+1.00'],
  ] as const)('writes a gap score of %d to two decimals in %s: %s', (value, lang, expected) => {
    expect(formatValue(value, score, lang)).toBe(expected);
    expect(formatValue(value, score, lang, true)).toBe(expected);
  });

  it('marks a balance with its sign', () => {
    expect(formatValue(1234567, byId('netsend'), 'en')).toBe('+1,234,567');
    expect(formatValue(-1234567, byId('netsend'), 'en')).toBe('-1,234,567');
  });
  it('writes shares with a percent sign', () => {
    expect(formatValue(17.95, byId('childshare'), 'zh')).toBe('17.95%');
  });
  it('adds the unit in the UI language', () => {
    expect(formatValueWithUnit(1687437, byId('children'), 'en')).toBe('1,687,437 persons');
    expect(formatValueWithUnit(1687437, byId('children'), 'zh')).toBe('1,687,437 人');
  });
});
