import { describe, expect, it } from 'vitest';
import figures from './figures.json';
import sourcesJson from './sources.json';

import type { Authority, NationalFigure, RegionalFigure, Source } from '../figure';

const regional = figures.regional as RegionalFigure[];
const national = figures.national as NationalFigure[];
const sources = sourcesJson as Record<string, Source>;

const MAINLAND_31 = [
  'AH', 'BJ', 'CQ', 'FJ', 'GD', 'GS', 'GX', 'GZ', 'HA', 'HB', 'HE', 'HI', 'HL', 'HN', 'JL', 'JS',
  'JX', 'LN', 'NM', 'NX', 'QH', 'SC', 'SD', 'SH', 'SN', 'SX', 'TJ', 'XJ', 'XZ', 'YN', 'ZJ',
];

const CENSUS_SERIES: Array<[series: string, year: number]> = [
  ['resident_population', 2010],
  ['resident_population', 2020],
  ['population_age_0_14', 2010],
  ['population_age_0_14', 2020],
  ['share_age_0_14', 2010],
  ['share_age_0_14', 2020],
  ['share_age_15_59', 2020],
  ['share_age_60_plus', 2020],
  ['share_age_65_plus', 2010],
  ['share_age_65_plus', 2020],
  ['share_of_national_population', 2010],
  ['share_of_national_population', 2020],
  ['urban_population', 2010],
  ['urban_population', 2020],
  ['rural_population', 2010],
  ['rural_population', 2020],
  ['urban_share_derived', 2010],
  ['urban_share_derived', 2020],
  ['hukou_registered_population', 2010],
  ['hukou_minus_resident_population_derived', 2010],
  ['residents_with_hukou_in_other_province', 2010],
  ['residents_with_hukou_in_other_province', 2020],
  ['residents_with_hukou_in_other_province_share_derived', 2010],
  ['residents_with_hukou_in_other_province_share_derived', 2020],
  ['residents_with_hukou_in_other_county_same_province', 2020],
];

function find(region: string, series: string, year: number): RegionalFigure[] {
  return regional.filter((r) => r.region === region && r.series === series && r.year === year);
}

describe('embedded figures: pinned values', () => {
  it.each<[string, string, number, (v: number) => boolean, string]>([
    ['SC', 'hukou_minus_resident_population_derived', 2010, (v) => v > 0, 'Sichuan is a net sender'],
    ['BJ', 'hukou_minus_resident_population_derived', 2010, (v) => v === -7058319, 'Beijing = -7058319'],
    ['GD', 'population_age_0_14', 2020, (v) => v > 0, 'Guangdong 0-14 (2020) present'],
    ['SC', 'acwf2010_share_of_national_rural_lbc', 2010, (v) => v === 11.34, 'Sichuan ACWF share 11.34%'],
    ['AH', 'facility_township_lbc_activity_rooms', 2012, (v) => v === 1308, 'Anhui 1,308 activity rooms'],
  ])('%s %s %i: %s', (region, series, year, check) => {
    const rows = find(region, series, year);
    expect(rows).toHaveLength(1);
    expect(check(rows[0]!.value)).toBe(true);
  });

  it('national MCA totals are pinned', () => {
    const get = (s: string, y: number) => national.filter((r) => r.series === s && r.year === y);
    expect(get('mca2016_rural_lbc_total', 2016).map((r) => r.value)).toEqual([9020000]);
    expect(get('mca2018_rural_lbc_total', 2018).map((r) => r.value)).toEqual([6970000]);
    expect(get('acwf2010_rural_lbc_total', 2010).map((r) => r.value)).toEqual([61025500]);
  });
});

describe('embedded figures: coverage', () => {
  it.each(CENSUS_SERIES)('%s %i covers exactly the 31 mainland provinces', (series, year) => {
    const regions = regional.filter((r) => r.series === series && r.year === year).map((r) => r.region);
    expect([...regions].sort()).toEqual(MAINLAND_31);
  });

  it('no figures for HK, MO or TW', () => {
    expect(regional.filter((r) => ['HK', 'MO', 'TW'].includes(r.region))).toEqual([]);
  });

  it('MCA 2018 ranks are 1..7, each exactly once', () => {
    const ranks = regional
      .filter((r) => r.series === 'mca2018_rank_by_rural_lbc_count' && r.year === 2018)
      .map((r) => r.value)
      .sort((a, b) => a - b);
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('no two regional rows share (region, series, year); no two national rows share (series, year)', () => {
    const rk = regional.map((r) => `${r.region}|${r.series}|${r.year}`);
    expect(new Set(rk).size).toBe(rk.length);
    const nk = national.map((r) => `${r.series}|${r.year}`);
    expect(new Set(nk).size).toBe(nk.length);
  });

  it('rows are sorted by (series, year, region)', () => {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const sorted = [...regional].sort(
      (a, b) => cmp(a.series, b.series) || a.year - b.year || cmp(a.region, b.region),
    );
    expect(regional).toEqual(sorted);
  });
});

describe('embedded figures: well-formed rows', () => {
  const all: Array<[string, RegionalFigure | NationalFigure]> = [
    ...regional.map((r): [string, RegionalFigure] => [`${r.region} ${r.series} ${r.year}`, r]),
    ...national.map((r): [string, NationalFigure] => [`national ${r.series} ${r.year}`, r]),
  ];

  it('has rows', () => {
    expect(regional.length).toBeGreaterThan(0);
    expect(national.length).toBeGreaterThan(0);
  });

  it('every value is a finite number and every year an integer', () => {
    const bad = all.filter(
      ([, r]) => typeof r.value !== 'number' || !Number.isFinite(r.value) || !Number.isInteger(r.year),
    );
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('every region is a known two-letter ISO 3166-2:CN suffix', () => {
    const bad = regional.filter((r) => !MAINLAND_31.includes(r.region));
    expect(bad).toEqual([]);
  });

  it("every row's sources exist in sources.json", () => {
    const missing = all.flatMap(([k, r]) =>
      r.sources.length === 0 ? [`${k}: no sources`] : r.sources.filter((id) => !(id in sources)).map((id) => `${k}: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('every row has a non-empty note', () => {
    expect(all.filter(([, r]) => r.note.trim() === '').map(([k]) => k)).toEqual([]);
  });
});

describe('embedded sources', () => {
  const entries = Object.entries(sources);
  const AUTHORITIES: Authority[] = ['official', 'primary-news', 'secondary', 'low'];

  it.each(entries)('%s has title, publisher, date, a valid authority and nullable address/readFrom', (_id, s) => {
    expect(s.title.trim()).not.toBe('');
    expect(s.publisher.trim()).not.toBe('');
    expect(s.date.trim()).not.toBe('');
    expect(AUTHORITIES).toContain(s.authority);
    expect(s.address === null || (typeof s.address === 'string' && s.address !== '')).toBe(true);
    expect(s.readFrom === null || (typeof s.readFrom === 'string' && s.readFrom !== '')).toBe(true);
    expect(typeof s.excerpt).toBe('string');
  });

  it.each<[string, string]>([
    ['NBS_C3_2021', '2021-05-11'],
    ['NBS_C5_2021', '2021-05-11'],
    ['NBS_YB2020_LEIII', '2020'],
    ['NBS_YB2010_LEIII', '2010'],
  ])('census source %s cites NBS (official), dated %s, with the copy in readFrom', (id, date) => {
    const s = sources[id];
    expect(s).toBeDefined();
    expect(s!.authority).toBe('official');
    expect(s!.date).toBe(date);
    expect(s!.publisher).toContain('National Bureau of Statistics');
    expect(s!.readFrom).not.toBeNull();
  });
});
