import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import type { Indicator } from '../data/indicator';
import { formatNumber, formatPerThousand, formatValue, formatValueWithUnit } from './formatValue';

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

// #13: the stated precision is shown, minimum = maximum decimals, for the kinds whose precision is
// fixed: a balance per 1,000 residents to 0.1, a gap score to 0.01; in both languages, compact or not.
describe('stated precision', () => {
  const score = { ...byId('netsend'), id: 'covgap', kind: 'score' } as Indicator;
  const ind = (id: string) => (id === 'covgap' ? score : byId(id));
  it.each([
    ['netsendper1k', 542, 'en', '+542.0'], // was "+542"
    ['netsendper1k', 542, 'zh', '+542.0'],
    ['netsendper1k', 3.5, 'en', '+3.5'],
    ['netsendper1k', -21.04, 'zh', '-21.0'],
    ['netsendper1k', 1234.56, 'en', '+1,234.6'],
    ['netsendper1k', 0, 'en', '0.0'],
    ['covgap', 0.7, 'en', '+0.70'],
    ['covgap', 0.7, 'zh', '+0.70'],
    ['covgap', -0.005, 'en', '-0.01'],
    ['covgap', 0.004, 'zh', '0.00'],
  ] as const)('%s: %d in %s reads %s, compact too', (id, value, lang, expected) => {
    expect(formatValue(value, ind(id), lang)).toBe(expected);
    expect(formatValue(value, ind(id), lang, true)).toBe(expected);
  });

  it.each([
    ['netsend', 542, 'en', '+542'],
    ['children', 1687437, 'zh', '1,687,437'],
    ['childshare', 12.5, 'en', '12.5%'],
  ] as const)('%s keeps the precision its source states: %d in %s reads %s', (id, value, lang, expected) => {
    expect(formatValue(value, ind(id), lang)).toBe(expected);
  });

  it.each([
    [542, 'en', '+542.0'],
    [-3.25, 'zh', '-3.3'],
    [0.04, 'en', '0.0'],
  ] as const)('a county per 1,000 of %d in %s reads %s', (value, lang, expected) => {
    expect(formatPerThousand(value, lang)).toBe(expected);
  });
});
