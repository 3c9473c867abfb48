import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import figures from '../embedded/figures.json';
import sourcesJson from '../embedded/sources.json';
import type { RegionalFigure, Source } from '../figure';
import { COUNTY_YEARS, netSender, netSenderPer1000, parseCountyCensus, type CountyRecord, type CountyYear } from './countyCensus';

// The committed file the app fetches on first use (written by geo/counties.mjs).
const raw: unknown = JSON.parse(readFileSync(new URL('../../../public/data/counties.json', import.meta.url), 'utf8'));
const census = parseCountyCensus(raw);
const regional = figures.regional as RegionalFigure[];
const sources = sourcesJson as Record<string, Source>;

const MAINLAND_31 = [
  'AH', 'BJ', 'CQ', 'FJ', 'GD', 'GS', 'GX', 'GZ', 'HA', 'HB', 'HE', 'HI', 'HL', 'HN', 'JL', 'JS',
  'JX', 'LN', 'NM', 'NX', 'QH', 'SC', 'SD', 'SH', 'SN', 'SX', 'TJ', 'XJ', 'XZ', 'YN', 'ZJ',
];

/** The embedded provincial figure (figures.json), the reference every county sum is checked against. */
function provincial(series: string, year: number, region: string): number {
  const row = regional.find((r) => r.series === series && r.year === year && r.region === region);
  if (!row) throw new Error(`no ${series} ${year} ${region}`);
  return row.value;
}

/** Sum of a county measure over one province; blanks (no data) are skipped, not read as 0. */
function countySum(year: CountyYear, region: string, measure: (r: CountyRecord) => number | null): number {
  let sum = 0;
  for (const r of census.records[year]) if (r.province === region) sum += measure(r) ?? 0;
  return sum;
}

describe('county census file', () => {
  it('holds every county-level unit of both sheets, with codes as six-digit text or blank', () => {
    expect(census.records[2010]).toHaveLength(2872);
    expect(census.records[2020]).toHaveLength(2989);
    for (const year of COUNTY_YEARS) {
      const codes = census.records[year].map((r) => r.code);
      expect(codes.every((c) => c === '' || /^\d{6}$/.test(c))).toBe(true);
      const coded = codes.filter((c) => c !== '');
      expect(new Set(coded).size).toBe(coded.length);
    }
    expect(census.records[2010].filter((r) => r.code !== '')).toHaveLength(2861);
    expect(census.records[2020].filter((r) => r.code !== '')).toHaveLength(2947);
    expect(new Set(census.records[2020].map((r) => r.province)).size).toBe(31);
  });

  it('cites the two county yearbook sources, each with the digitised copy and its caution', () => {
    expect(census.sources).toEqual({ 2010: 'NBS_YB2010_LEIII_COUNTY', 2020: 'NBS_YB2020_LEIII_COUNTY' });
    for (const id of Object.values(census.sources)) {
      const s = sources[id];
      expect(s?.publisher).toMatch(/National Bureau of Statistics/);
      expect(s?.readFrom).toMatch(/leiii\/census/);
      expect(s?.readFrom).toMatch(/Caution/);
    }
    expect(sources.NBS_YB2010_LEIII_COUNTY?.readFrom).toMatch(/forum/);
  });

  it('keeps blanks as no data, never 0', () => {
    const nansha2010 = census.records[2010].find((r) => r.name === '南沙群岛');
    expect(nansha2010).toMatchObject({ resident: null, age0_14: null, hukou: null });
    // 144 rows of 2010 have a blank rural cell where urban = total.
    expect(census.records[2010].filter((r) => r.rural === null && r.resident !== null)).toHaveLength(144);
    expect(census.records[2010].filter((r) => r.hukou === null)).toHaveLength(2);
    expect(census.records[2020].every((r) => r.hukou === null)).toBe(true);
    expect(census.records[2020].filter((r) => r.code === '')).toHaveLength(42);
  });

  it('keeps each unit under the province the yearbook lists it under, not the one its code implies', () => {
    const wutai = census.records[2020].find((r) => r.code === '170971');
    expect(wutai).toMatchObject({ name: '五台山风景名胜区', province: 'SX' });
  });

  it('gives Latin names with hand-checked readings for polyphonic characters', () => {
    const latin = (name: string) => census.records[2010].find((r) => r.name === name)?.latin;
    expect(latin('固始县')).toBe('Gushi Xian');
    expect(latin('乐亭县')).toBe('Laoting Xian');
    expect(latin('望都县')).toBe('Wangdu Xian');
    expect(latin('西安区')).toBe("Xi'an Qu");
    expect(latin('喀什市')).toBe('Kashi Shi');
    expect(latin('单县')).toBe('Shan Xian');
  });
});

describe('county sums against the embedded provincial figures', () => {
  it.each(MAINLAND_31)('%s: resident population 2020 and 2010 sum exactly', (region) => {
    expect(countySum(2020, region, (r) => r.resident)).toBe(provincial('resident_population', 2020, region));
    expect(countySum(2010, region, (r) => r.resident)).toBe(provincial('resident_population', 2010, region));
  });

  it.each(MAINLAND_31)('%s: children aged 0–14 sum exactly (2010 Hunan: 6 short, in 石鼓区)', (region) => {
    expect(countySum(2020, region, (r) => r.age0_14)).toBe(provincial('population_age_0_14', 2020, region));
    const shortfall = region === 'HN' ? -6 : 0;
    expect(countySum(2010, region, (r) => r.age0_14) - provincial('population_age_0_14', 2010, region)).toBe(shortfall);
  });

  it.each(MAINLAND_31)('%s: the net-sender proxy (hukou − resident, 2010) sums exactly to the provincial proxy', (region) => {
    expect(countySum(2010, region, netSender)).toBe(provincial('hukou_minus_resident_population_derived', 2010, region));
  });

  it('ranks 固始县, 临泉县, 阜南县, 颍上县, 开县, 信宜市, 安岳县 as the largest senders of 2010', () => {
    const top = census.records[2010]
      .map((r) => ({ name: r.name, net: netSender(r) }))
      .filter((r): r is { name: string; net: number } => r.net !== null)
      .sort((a, b) => b.net - a.net)
      .slice(0, 7);
    expect(top).toEqual([
      { name: '固始县', net: 683523 },
      { name: '临泉县', net: 645247 },
      { name: '阜南县', net: 508951 },
      { name: '颍上县', net: 504332 },
      { name: '开县', net: 494866 },
      { name: '信宜市', net: 461924 },
      { name: '安岳县', net: 458703 },
    ]);
  });
});

describe('netSender and netSenderPer1000', () => {
  it.each([
    [{ hukou: 1500, resident: 1000 }, 500, 500],
    [{ hukou: 900, resident: 1000 }, -100, -100],
    [{ hukou: null, resident: 1000 }, null, null],
    [{ hukou: 1000, resident: null }, null, null],
    [{ hukou: 10, resident: 0 }, 10, null],
  ])('%j → %s, %s per 1,000', (r, net, per) => {
    expect(netSender(r)).toBe(net);
    expect(netSenderPer1000(r)).toBe(per);
  });
});

describe('parseCountyCensus', () => {
  const minimal = () => ({
    format: 'liushou-counties/1',
    sources: { 2010: 'A', 2020: 'B' },
    latinNote: 'n',
    years: {
      2010: { code: ['510101'], name: ['甲县'], latin: ['Jia Xian'], province: ['SC'], resident: [10], age0_14: [null], urban: [4], rural: [6], hukou: [12] },
      2020: { code: [''], name: ['乙区'], latin: ['Yi Qu'], province: ['SC'], resident: [11], age0_14: [2], urban: [11], rural: [0] },
    },
  });

  it('reads the columnar form into records, blanks as null', () => {
    const c = parseCountyCensus(minimal());
    expect(c.records[2010]).toEqual([
      { year: 2010, code: '510101', name: '甲县', latin: 'Jia Xian', province: 'SC', resident: 10, age0_14: null, urban: 4, rural: 6, hukou: 12 },
    ]);
    expect(c.records[2020][0]).toMatchObject({ code: '', hukou: null, rural: 0 });
  });

  it.each([
    ['a wrong format', (m: ReturnType<typeof minimal>) => void (m.format = 'x'), /format/],
    ['a short column', (m: ReturnType<typeof minimal>) => void (m.years[2010].urban = []), /2010 column urban/],
    ['a negative count', (m: ReturnType<typeof minimal>) => void (m.years[2020].resident = [-1]), /2020 column resident/],
    ['a numeric code', (m: ReturnType<typeof minimal>) => void ((m.years[2010] as Record<string, unknown[]>).code = [510101]), /column code/],
    ['an unknown province', (m: ReturnType<typeof minimal>) => void (m.years[2020].province = ['XX']), /province/],
  ])('refuses %s with a message naming it', (_what, spoil, message) => {
    const m = minimal();
    spoil(m);
    expect(() => parseCountyCensus(m)).toThrow(message);
  });
});
