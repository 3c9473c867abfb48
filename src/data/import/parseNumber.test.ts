import { describe, expect, it } from 'vitest';
import { parseNumber, type NumberRule } from './parseNumber';

type Case = [raw: string, value: number | null, rules: NumberRule[], ok: boolean];

const MISSING: Case[] = [
  '', '   ', '-', '—', '——', '–', 'NA', 'na', 'n/a', 'N/A', '#N/A', '..', '...', '…', '无', '暂无', 'null', 'NULL', 'NaN', 'None',
  '\u3000—\u3000',
].map((raw): Case => [raw, null, [], true]);

const NUMBERS: Case[] = [
  ['765000', 765000, ['plain'], true],
  ['0', 0, ['plain'], true],
  ['-0', 0, ['plain'], true],
  ['12.5', 12.5, ['plain'], true],
  ['.5', 0.5, ['plain'], true],
  ['5.', 5, ['plain'], true],
  ['007', 7, ['plain'], true],
  ['  42  ', 42, ['plain'], true],
  ['+56276', 56276, ['plain'], true],
  ['-3,019,114', -3019114, ['thousands'], true],
  ['−3,019,114', -3019114, ['thousands'], true], // U+2212 minus sign
  ['1,234,567', 1234567, ['thousands'], true],
  ['1 234 567', 1234567, ['thousands'], true],
  ['1\u00a0234\u00a0567', 1234567, ['thousands'], true],
  ['1\u202f234', 1234, ['thousands'], true],
  ['1，234', 1234, ['thousands'], true],
  ['12,500', 12500, ['thousands'], true], // a comma + exactly 3 digits is a thousands separator
  ['1,234.5', 1234.5, ['thousands'], true],
  ['12.5%', 12.5, ['percent'], true], // percentage points, not 0.125
  ['12.5 %', 12.5, ['percent'], true],
  ['-0.8%', -0.8, ['percent'], true],
  ['76.5万', 765000, ['wan'], true],
  ['1.2亿', 120000000, ['yi'], true], // exact: no 120000000.00000001
  ['0.07亿', 7000000, ['yi'], true],
  ['3万亿', 3e12, ['wan', 'yi'], true],
  ['1,234万', 12340000, ['thousands', 'wan'], true],
  ['７６５', 765, ['fullwidth'], true],
  ['７６．５万', 765000, ['fullwidth', 'wan'], true],
  ['１２．５％', 12.5, ['fullwidth', 'percent'], true],
  ['－７６５', -765, ['fullwidth'], true],
  ['6.97e6', 6970000, ['plain'], true],
  ['6.97E+06', 6970000, ['plain'], true],
  ['1e-3', 0.001, ['plain'], true],
  ['1.5e2万', 1500000, ['wan'], true],
];

const JUNK: Case[] = [
  '12,5', // European decimal comma: ambiguous, not guessed
  '1,23',
  '1,2345',
  '1,234,56',
  '1.234.567',
  '12,5x',
  'abc',
  '四川',
  '765000人', // units other than 万/亿/% are not stripped
  '¥100',
  '(1,234)',
  '0x10',
  'Infinity',
  '-Infinity',
  '1e400', // overflows to Infinity
  '1,234 567', // mixed separators
  '1 2',
  '+',
  '--5',
  '5-',
  '%',
  '万',
  '1.2.3',
  '12e',
  'e5',
  '#DIV/0!',
  '<img src=x onerror=alert(1)>',
].map((raw): Case => [raw, null, [], false]);

describe('parseNumber', () => {
  it.each([...MISSING, ...NUMBERS, ...JUNK])('%j → %s %j ok=%s', (raw, value, rules, ok) => {
    const p = parseNumber(raw);
    expect(p).toEqual({ value, rules, ok });
  });

  it('never returns NaN or an infinite value', () => {
    for (const raw of ['NaN', 'nan', 'Infinity', '1e999', '-1e999', '9'.repeat(400), '1' + ',000'.repeat(120)]) {
      const { value } = parseNumber(raw);
      expect(value === null || Number.isFinite(value)).toBe(true);
    }
  });

  it('never returns -0', () => {
    expect(Object.is(parseNumber('-0').value, 0)).toBe(true);
    expect(Object.is(parseNumber('-0.0%').value, 0)).toBe(true);
  });
});
