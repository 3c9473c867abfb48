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
