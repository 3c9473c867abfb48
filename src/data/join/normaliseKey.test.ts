import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNITS } from '../../geo/units';
import { TRADITIONAL_TO_SIMPLIFIED, cleanKey, normaliseKey } from './normaliseKey';
import { UNIT_SPELLINGS, toFullWidth } from './unitSpellings.fixture';

describe('normaliseKey', () => {
  it.each([
    ['ＳＣ', 'sc'],
    ['５１００００', '510000'],
    ['\uFEFFSichuan', 'sichuan'],
    ['Si\u200Bchu\u200Dan\u2060', 'sichuan'],
    ['  Inner   Mongolia\t', 'innermongolia'],
    ['Inner\u00A0Mongolia', 'innermongolia'],
    ['内\u3000蒙\u3000古', '内蒙古'],
    ['Nei_Mongol', 'neimongol'],
    ['CN-SC', 'cnsc'],
    ['CN–SC', 'cnsc'], // en dash
    ['ＣＮ－ＳＣ', 'cnsc'],
    ['Guangxi Zhuang A.R.', 'guangxizhuangar'],
    ["Xi'an", 'xian'],
    ['Xi’an', 'xian'],
    ['HONG·KONG', 'hongkong'],
    ['香港・澳门', '香港澳门'],
    ['Hong Kong (SAR)', 'hongkongsar'],
    ['【四川】', '四川'],
    ['Taiwan, Province of China', 'taiwan,provinceofchina'],
    ['Taiwan，Province of China', 'taiwan,provinceofchina'], // full-width comma
    ['510000.0', '5100000'], // dots go; matchKey reads numbers from cleanKey instead
    ['', ''],
    [' \uFEFF\u200B ', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseKey(raw)).toBe(expected);
  });

  it.each(UNIT_SPELLINGS.map((s) => [s.traditional, UNITS.find((u) => u.id === s.id)!.zhFull] as const))(
    'folds traditional %s to %s',
    (traditional, zhFull) => {
      expect(normaliseKey(traditional)).toBe(zhFull);
    },
  );

  it('covers every character of every unit name that has a traditional form', () => {
    // Characters of the simplified names that the traditional names write differently.
    const differing = new Set<string>();
    for (const s of UNIT_SPELLINGS) {
      const simplified = Array.from(UNITS.find((u) => u.id === s.id)!.zhFull);
      Array.from(s.traditional).forEach((ch, i) => {
        if (ch !== simplified[i]) differing.add(`${ch}→${simplified[i]}`);
      });
    }
    for (const pair of differing) {
      const [from, to] = pair.split('→') as [string, string];
      expect(TRADITIONAL_TO_SIMPLIFIED[from]).toBe(to);
    }
    expect(differing.size).toBe(20);
  });

  it('maps only to characters that occur in unit names', () => {
    const nameChars = new Set(UNITS.flatMap((u) => Array.from(u.zhFull)));
    for (const to of Object.values(TRADITIONAL_TO_SIMPLIFIED)) expect(nameChars.has(to)).toBe(true);
  });

  it('folds full-width ASCII names to the ASCII form', () => {
    for (const u of UNITS) expect(normaliseKey(toFullWidth(u.en))).toBe(normaliseKey(u.en));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normaliseKey(normaliseKey(s))).toBe(normaliseKey(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves spaces, separators, invisible characters or ASCII capitals', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(normaliseKey(s)).not.toMatch(/[\sA-Z_\-.'·\uFEFF\u200B()]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cleanKey', () => {
  it('keeps separators and dots but drops invisibles, case and outer space', () => {
    expect(cleanKey('\uFEFF ５１００００.０ ')).toBe('510000.0');
    expect(cleanKey(' Inner Mongolia ')).toBe('inner mongolia');
  });
});
