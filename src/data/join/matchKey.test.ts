import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNITS, type Unit, type UnitId, type UnitKind } from '../../geo/units';
import { TOTAL_KEYS } from './aliases';
import { isPinyinShanxi, isTotalKey, isUnitKey, matchKey, type KeyMatch, type MatchVia } from './matchKey';
import { UNIT_SPELLINGS, toFullWidth } from './unitSpellings.fixture';

const EN_SUFFIXES: Record<UnitKind, string[]> = {
  province: ['Province', 'Sheng'],
  municipality: ['Municipality', 'Shi', 'City'],
  autonomous_region: ['Autonomous Region', 'Zizhiqu'],
  sar: ['SAR', 'Special Administrative Region'],
};

/** Every spelling of one unit that must match, with the `via` it must report. */
function spellingsOf(u: Unit): [string, MatchVia][] {
  const s = UNIT_SPELLINGS.find((x) => x.id === u.id)!;
  const shortTraditional = s.traditional.slice(0, Array.from(u.zh).length);
  return [
    [u.gb, 'gb'],
    [u.gb.slice(0, 2), 'gb'],
    [`${u.gb}.0`, 'gb'],
    [`${u.gb.slice(0, 2)}.0`, 'gb'],
    [toFullWidth(u.gb), 'gb'],
    [` \uFEFF${u.gb} `, 'gb'],
    [u.iso, 'iso'],
    [u.iso.toLowerCase(), 'iso'],
    [toFullWidth(u.iso), 'iso'],
    [s.oldIso, 'iso'],
    [u.en, 'en'],
    [u.en.toUpperCase(), 'en'],
    [u.en.toLowerCase().replaceAll(' ', ''), 'en'],
    [toFullWidth(u.en), 'en'],
    [`\uFEFF  ${u.en}  `, 'en'],
    ...EN_SUFFIXES[u.kind].map((suffix): [string, MatchVia] => [`${u.en} ${suffix}`, 'en']),
    [u.zh, 'zh'],
    [u.zhFull, 'zh'],
    [s.traditional, 'zh'],
    [shortTraditional, 'zh'],
    [`\uFEFF ${u.zhFull} `, 'zh'],
    [`${u.zh} ${u.en}`, 'zh'], // China Statistical Yearbook row labels
  ];
}

describe('matchKey, for every unit', () => {
  const cases = UNITS.flatMap((u) => spellingsOf(u).map(([raw, via]) => [u.id, raw, via] as const));

  it('tries at least 23 spellings of each unit', () => {
    for (const u of UNITS) expect(spellingsOf(u).length, u.id).toBeGreaterThanOrEqual(23);
  });

  it.each(cases)('%s ← %j (via %s)', (unit, raw, via) => {
    expect(matchKey(raw)).toEqual({ unit, via });
  });
});

const match = (unit: UnitId, via: MatchVia): KeyMatch => ({ unit, via });
const unknown = (candidates: UnitId[] = []): KeyMatch => ({
  unit: null,
  reason: 'unknown',
  suggestion: candidates.length === 1 ? candidates[0]! : null,
  candidates,
});

describe('matchKey, named cases', () => {
  it.each<[string, KeyMatch]>([
    // Shanxi 山西 (SX) and Shaanxi 陕西 (SN), both directions.
    ['Shanxi', match('SX', 'en')],
    ['SHANXI PROVINCE', match('SX', 'en')],
    ['Shansi', match('SX', 'en')],
    ['山西', match('SX', 'zh')],
    ['140000', match('SX', 'gb')],
    ['Shaanxi', match('SN', 'en')],
    ['Shaanxi Sheng', match('SN', 'en')],
    ['Shensi', match('SN', 'en')],
    ['陕西省', match('SN', 'zh')],
    ['陝西', match('SN', 'zh')],
    ['陜西', match('SN', 'zh')], // the look-alike U+965C, often typed for 陝
    ['610000', match('SN', 'gb')],
    ['Shānxī', match('SX', 'en')], // tone marks decide
    ['Shǎnxī', match('SN', 'en')],
    ['Shǎnxi Province', match('SN', 'en')],
    ['陕西 Shanxi', match('SN', 'zh')], // the characters decide over toneless pinyin
    ['山西 Shaanxi', unknown(['SX', 'SN'])], // contradictory: say so
    // Inner Mongolia.
    ['Inner Mongolia', match('NM', 'en')],
    ['Inner Mongolia Autonomous Region', match('NM', 'en')],
    ['Nei Mongol', match('NM', 'en')],
    ['Nei Menggu', match('NM', 'en')],
    ['Neimenggu Zizhiqu', match('NM', 'en')],
    ['內蒙古', match('NM', 'zh')],
    ['内蒙古自治区', match('NM', 'zh')],
    ['内蒙', match('NM', 'zh')],
    // Tibet.
    ['Tibet', match('XZ', 'en')],
    ['Xizang', match('XZ', 'en')],
    ['Tibet Autonomous Region', match('XZ', 'en')],
    ['Xizang Zizhiqu', match('XZ', 'en')],
    // Autonomous regions named with their titular nationality.
    ['Guangxi Zhuang Autonomous Region', match('GX', 'en')],
    ['Guangxi Zhuangzu Zizhiqu', match('GX', 'en')],
    ['Guangxi Zhuang A.R.', match('GX', 'en')],
    ['广西壮族自治区', match('GX', 'zh')],
    ['廣西', match('GX', 'zh')],
    ['Ningxia Hui', match('NX', 'en')],
    ['Ningxia Hui Autonomous Region', match('NX', 'en')],
    ['宁夏回族自治区', match('NX', 'zh')],
    ['Xinjiang Uyghur', match('XJ', 'en')],
    ['Xinjiang Uygur Autonomous Region', match('XJ', 'en')],
    ['Xinjiang Uighur', match('XJ', 'en')],
    ['Xinjiang Weiwuer Zizhiqu', match('XJ', 'en')],
    ['新疆维吾尔自治区', match('XJ', 'zh')],
    // SARs and Taiwan.
    ['Hong Kong', match('HK', 'en')],
    ['Hong Kong SAR', match('HK', 'en')],
    ['Hong Kong (SAR)', match('HK', 'en')],
    ['Hongkong', match('HK', 'en')],
    ['HKSAR', match('HK', 'en')],
    ['Hong Kong SAR, China', match('HK', 'en')],
    ['HKG', match('HK', 'iso')],
    ['香港特别行政区', match('HK', 'zh')],
    ['香港特區', match('HK', 'zh')],
    ['中国香港', match('HK', 'zh')],
    ['Macau', match('MO', 'en')],
    ['Macao', match('MO', 'en')],
    ['Macao SAR', match('MO', 'en')],
    ['China, Macao Special Administrative Region', match('MO', 'en')],
    ['澳門', match('MO', 'zh')],
    ['Taiwan', match('TW', 'en')],
    ['Taiwan Province', match('TW', 'en')],
    ['Taiwan, Province of China', match('TW', 'en')],
    ['Chinese Taipei', match('TW', 'en')],
    ['臺灣', match('TW', 'zh')],
    ['台湾省', match('TW', 'zh')],
    ['中国台湾', match('TW', 'zh')],
    // Municipalities and others from the brief.
    ['Beijing Municipality', match('BJ', 'en')],
    ['Beijing Shi', match('BJ', 'en')],
    ['北京市', match('BJ', 'zh')],
    ['重庆市', match('CQ', 'zh')],
    ['Sichuan Province', match('SC', 'en')],
    ['四川省', match('SC', 'zh')],
    ['Sìchuān', match('SC', 'en')],
    ['Heilongjiang', match('HL', 'en')],
    ['黑龍江', match('HL', 'zh')],
    ['Hainan', match('HI', 'en')],
    ['Jilin', match('JL', 'en')],
    ['川', match('SC', 'zh')],
    ['沪', match('SH', 'zh')],
    // Spreadsheet number exports: a code column formatted as numbers.
    ['510000', match('SC', 'gb')],
    ['510000.0', match('SC', 'gb')],
    ['510000.00', match('SC', 'gb')],
    ['51.0', match('SC', 'gb')],
    ['510,000', match('SC', 'gb')],
    ['510000000000', match('SC', 'gb')], // NBS 12-digit statistical division code
    ['CN-51', match('SC', 'iso')],
    ['cn_sc', match('SC', 'iso')],
  ])('%j → %j', (raw, expected) => {
    expect(matchKey(raw)).toEqual(expected);
  });
});

describe('matchKey, unmatched keys', () => {
  it.each<[string, KeyMatch]>([
    // Typos: one closest unit is suggested.
    ['Sichaun', unknown(['SC'])],
    ['Guandong', unknown(['GD'])],
    ['Jiling', unknown(['JL'])],
    ['Hubie', unknown(['HB'])],
    ['Inner Mongolai', unknown(['NM'])],
    ['Shaanxii', unknown(['SN'])],
    ['Shanxu', unknown(['SX'])],
    ['黑龙港', unknown(['HL'])],
    ['四川 Sichaun', unknown(['SC'])],
    // Equally close to several units: no suggestion, all candidates.
    ['Shannxi', unknown(['SX', 'SN'])],
    ['Hanan', unknown(['HA', 'HN', 'HI'])],
    // A bare ISO suffix is not accepted, only suggested.
    ['SC', unknown(['SC'])],
    ['hk', unknown(['HK'])],
    ['ＳＸ', unknown(['SX'])],
    // Junk and aggregates: nothing suggested.
    ['<script>alert(1)</script>', unknown()],
    ['Total', unknown()],
    ['全国', unknown()],
    ['全国合计', unknown()],
    ['China', unknown()],
    ['中国', unknown()],
    ['四州', unknown()], // one character from both 四川 and 贵州: too short to guess
    ['西部', unknown()], // the western region, one character from 西藏
    ['Taiyuan', unknown()], // a city, two edits from Taiwan
    ['Sichuan (Chengdu)', unknown()],
    ['N/A', unknown()],
    // Codes that are not province codes are other divisions, never "typos".
    ['510100', unknown()],
    ['5-1', unknown()],
    ['51 0000', unknown()],
    ['99', unknown()],
    ['5100000', unknown()],
    ['CN-81', unknown()], // HK is CN-91 in the old ISO list; 81 is only its GB prefix
  ])('%j → %j', (raw, expected) => {
    expect(matchKey(raw)).toEqual(expected);
  });

  it.each(['', '   ', '\uFEFF', '\u200B\u3000', '-', '—', '_', '..', '·'])('%j is empty', (raw) => {
    expect(matchKey(raw)).toEqual({ unit: null, reason: 'empty', suggestion: null, candidates: [] });
  });

  it('treats a non-string key from an untyped parser as empty instead of throwing', () => {
    expect(matchKey(undefined as unknown as string)).toMatchObject({ unit: null, reason: 'empty' });
    expect(matchKey(510000 as unknown as string)).toMatchObject({ unit: null, reason: 'empty' });
  });

  it('never throws; a suggestion is always the one candidate, and none means zero or several', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (raw) => {
        const m = matchKey(raw);
        if (m.unit !== null) return;
        expect(m.reason).not.toBe('ambiguous');
        if (m.suggestion !== null) expect(m.candidates).toEqual([m.suggestion]);
        else expect(m.candidates).not.toHaveLength(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('suggests the unit for any one-letter slip in a long enough English name', () => {
    const long = UNITS.filter((u) => u.en.replaceAll(' ', '').length >= 7);
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), (u, n) => {
        const name = u.en.replaceAll(' ', '').toLowerCase();
        const i = n % name.length;
        const slipped = name.slice(0, i) + 'v' + name.slice(i + 1); // pinyin has no v
        const m = matchKey(slipped);
        expect(m).toMatchObject({ unit: null, reason: 'unknown' });
        expect(m.unit === null && m.candidates).toContain(u.id);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isPinyinShanxi', () => {
  it.each([
    ['Shanxi', true],
    [' SHANXI ', true],
    ['Shanxi Province', true],
    ['shan-xi sheng', true],
    ['Shanxī', true], // a tone on xi alone says nothing
    ['Shānxī', false],
    ['Shansi', false],
    ['山西', false],
    ['山西 Shanxi', false],
    ['CN-SX', false],
    ['140000', false],
    ['Shaanxi', false],
    ['Sichuan', false],
  ])('%j → %s', (raw, expected) => {
    expect(isPinyinShanxi(raw)).toBe(expected);
  });
});

describe('isTotalKey', () => {
  it('holds for every listed total, each of which matchKey leaves unknown with nothing suggested', () => {
    for (const t of TOTAL_KEYS) {
      expect(isTotalKey(t), t).toBe(true);
      expect(matchKey(t), t).toEqual(unknown());
    }
  });

  it.each([
    ['全国', true],
    [' TOTAL ', true],
    ['Grand Total', true],
    ['合計', true], // listed in traditional too: normaliseKey folds only province-name characters
    ['全國', true],
    ['Sichuan', false],
  ])('%j → %s', (raw, expected) => {
    expect(isTotalKey(raw)).toBe(expected);
  });
});

describe('isUnitKey', () => {
  it.each([
    ['四川省', true],
    ['Sichuan Province', true],
    ['CN-51', true],
    ['Sichaun', false],
    ['全国', false],
    ['', false],
  ])('%s → %s, the same answer matchKey gives', (key, expected) => {
    expect(isUnitKey(key)).toBe(expected);
    expect(matchKey(key).unit !== null).toBe(expected);
  });
});
