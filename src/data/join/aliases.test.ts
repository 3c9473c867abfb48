import { describe, expect, it } from 'vitest';
import { UNIT_IDS, UNITS } from '../../geo/units';
import { ALIAS_INDEX, buildAliasIndex } from './aliasIndex';
import { ALIASES, TOTAL_KEYS } from './aliases';
import { editDistance } from './editDistance';
import { normaliseKey } from './normaliseKey';
import { UNIT_SPELLINGS } from './unitSpellings.fixture';

describe('ALIASES', () => {
  it('has one entry per unit, in GB order', () => {
    expect(ALIASES.map((a) => a.unit)).toEqual([...UNIT_IDS]);
  });

  it('gives the pre-2017 numeric ISO codes (HK CN-91, MO CN-92, TW CN-71)', () => {
    expect(ALIASES.map((a) => [a.unit, a.oldIso])).toEqual(UNIT_SPELLINGS.map((s) => [s.id, s.oldIso]));
  });

  it('indexes every alias of every unit to that unit', () => {
    for (const a of ALIASES) {
      const u = UNITS.find((x) => x.id === a.unit)!;
      const all = [u.gb, u.gb.slice(0, 2), u.iso, a.oldIso, ...(a.codes ?? []), u.en, ...a.en, u.zh, u.zhFull, ...a.zh];
      for (const alias of all) expect(ALIAS_INDEX.byKey.get(normaliseKey(alias))?.unit, alias).toBe(a.unit);
    }
  });

  it('keeps national totals out of the alias index', () => {
    for (const t of TOTAL_KEYS) expect(ALIAS_INDEX.byKey.has(normaliseKey(t)), t).toBe(false);
  });

  it('throws, naming both units, when two units claim one alias', () => {
    const clash = ALIASES.map((a) => (a.unit === 'SN' ? { ...a, en: [...a.en, 'SHAN XI'] } : a));
    expect(() => buildAliasIndex(clash)).toThrow('alias "SHAN XI" (shanxi) claimed by both SX and SN');
  });

  it('throws on an alias that normalises to nothing, and on a missing unit', () => {
    expect(() => buildAliasIndex(ALIASES.map((a) => (a.unit === 'BJ' ? { ...a, zh: [' - '] } : a)))).toThrow(
      'alias " - " of BJ normalises to an empty key',
    );
    expect(() => buildAliasIndex(ALIASES.filter((a) => a.unit !== 'MO'))).toThrow('no alias entry for MO');
  });

  // Latin names of different units one edit apart are where a typo can land between two
  // units; matchKey then reports a tie instead of guessing. The list is short and known.
  // (Two-character Chinese names one character apart, 河南/湖南, are many; matchKey gives
  // two-character keys no typo suggestions at all.)
  it('has only these pairs of Latin names one edit apart across units', () => {
    const latin = ALIAS_INDEX.names.filter((n) => /^[a-z]/.test(n.key));
    const close: string[] = [];
    latin.forEach((a, i) =>
      latin.slice(i + 1).forEach((b) => {
        if (a.unit !== b.unit && editDistance(a.key, b.key) === 1) close.push([a.key, b.key].sort().join('/'));
      }),
    );
    expect(close.sort()).toEqual([
      'hebei/hubei', 'henan/hunan', 'honan/hunan', 'hopeh/hupeh', 'hopei/hupei',
      'kiangsi/kiangsu', 'kiangsi/kwangsi', 'shaanxi/shanxi', 'shansi/shensi',
    ]);
  });
});
