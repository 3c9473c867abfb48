import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCountyCensus } from '../data/counties/countyCensus';
import { buildRegionCensus, regionTwinOf, stateIndicatorOf } from './regionCensus';
import { FIXTURE_CENSUS as CENSUS, FIXTURE_SET as SET, squareRegion as region } from './testFixtures';

const built = buildRegionCensus(SET, CENSUS);
const values = (id: string, year: number) => {
  const ind = built?.indicators.find((i) => i.indicator.id === id);
  return Object.fromEntries(ind?.values.get(year) ?? []);
};

describe('buildRegionCensus', () => {
  it('gives a set with county codes the four census indicators, derived where derived', () => {
    expect(built?.indicators.map((i) => [i.indicator.id, i.indicator.years, i.indicator.derived])).toEqual([
      ['county:children', [2010, 2020], false],
      ['county:pop', [2010, 2020], false],
      ['county:netsend', [2010], true],
      ['county:netsendper1k', [2010], true],
    ]);
  });

  it('reads each region its own county figures, and no data (null, never 0) for codes or blanks the census lacks', () => {
    expect(values('county:children', 2010)).toEqual({ 341221: 420_000, 341225: 350_000, 341282: 120_000, 349999: null, '#5': null });
    expect(values('county:children', 2020)).toEqual({ 341221: null, 341225: 260_000, 341282: null, 349999: null, '#5': null });
    expect(values('county:pop', 2020)).toEqual({ 341221: null, 341225: 1_100_000, 341282: 590_000, 349999: null, '#5': null });
  });

  it('computes the net sender and its rate per 1,000 as the hand sums give them', () => {
    // 临泉: 2,106,000 − 1,545,000 = 561,000; ÷ 1,545,000 × 1,000 = 363.106…
    // 阜南: 1,700,000 − 1,350,000 = 350,000; ÷ 1,350,000 × 1,000 = 259.259…
    // 界首: no hukou figure, so no data.
    expect(values('county:netsend', 2010)).toEqual({ 341221: 561_000, 341225: 350_000, 341282: null, 349999: null, '#5': null });
    const per = values('county:netsendper1k', 2010);
    expect(per['341221']).toBeCloseTo(363.1068, 3);
    expect(per['341225']).toBeCloseTo(259.2593, 3);
    expect(per['341282']).toBeNull();
  });

  it('cites the county yearbook of each year', () => {
    const children = built?.indicators[0];
    expect(children?.sources).toEqual({ 2010: ['NBS_YB2010_LEIII_COUNTY'], 2020: ['NBS_YB2020_LEIII_COUNTY'] });
    expect(built?.indicators[2]?.sources).toEqual({ 2010: ['NBS_YB2010_LEIII_COUNTY'] });
  });

  it('lists the codes that did not match, in neither year and per year', () => {
    expect(built?.matched).toBe(3);
    expect(built?.unmatched).toEqual(['349999']);
    expect(built?.missing).toEqual({ 2010: ['349999'], 2020: ['341221', '349999'] });
  });

  it('gives sets without county codes nothing', () => {
    for (const codeKind of ['township', 'village', 'other', null] as const) {
      expect(buildRegionCensus({ ...SET, codeKind }, CENSUS)).toBeNull();
    }
  });

  it('maps a province census indicator to its county twin, and others to none', () => {
    expect(regionTwinOf('children')).toBe('county:children');
    expect(regionTwinOf('netsendper1k')).toBe('county:netsendper1k');
    expect(regionTwinOf('acwfshare')).toBeUndefined();
  });

  it('on the committed census, puts 固始县 at the top of the net-sender proxy', () => {
    const census = parseCountyCensus(JSON.parse(readFileSync(new URL('../../public/data/counties.json', import.meta.url), 'utf8')));
    const codes = ['411525', '341221', '341225', '341226'];
    const set = { codeKind: 'county' as const, regions: codes.map((c, i) => region(i + 1, c, c)) };
    const net = buildRegionCensus(set, census)?.indicators.find((i) => i.indicator.id === 'county:netsend');
    expect(net?.values.get(2010)?.get('411525')).toBe(683_523);
    expect(buildRegionCensus(set, census)?.unmatched).toEqual([]);
  });
});

describe('stateIndicatorOf', () => {
  it('writes a county measure as its province twin, and round-trips with regionTwinOf', () => {
    for (const id of ['children', 'pop', 'netsend', 'netsendper1k']) expect(stateIndicatorOf(regionTwinOf(id) as string)).toBe(id);
    expect(stateIndicatorOf('u-abc')).toBe('u-abc');
  });
});
