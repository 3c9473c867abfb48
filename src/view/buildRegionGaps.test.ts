import { describe, expect, it } from 'vitest';
import { rankRegionGaps } from '../regions/rankRegionGaps';
import { computeRegionCoverage } from '../regions/regionCoverage';
import { FIXTURE_SET } from '../regions/testFixtures';
import { buildRegionGaps } from './buildRegionGaps';

const facility = (lon: number) => ({ lon, lat: 30.5, capacity: null, type: 'home' as const });
const demand = new Map([['341221', 420_000], ['341225', 350_000], ['341282', 120_000]]);
const coverage = computeRegionCoverage({ facilities: [facility(116.5), facility(117.5), facility(118.5), facility(118.6), facility(140)], regions: FIXTURE_SET.regions, demand, radiusKm: 25, types: null });
const ranking = rankRegionGaps(coverage.byRegion, FIXTURE_SET.regions, { measure: 'facilities', province: null, types: ['home'], planned: [] });

describe('buildRegionGaps', () => {
  it('writes a row per region in rank order, names from the file, no data where there is none', () => {
    const v = buildRegionGaps(ranking, coverage, FIXTURE_SET.regions, { province: null, demand: { label: 'Children aged 0–14', year: 2010 } }, 'en');
    expect(v.rows.map((r) => [r.label, r.rank, r.score, r.demand, r.facilities])).toEqual([
      ['临泉', 1, '+1.00', '420,000', '1'],
      ['阜南', 2, '0.00', '350,000', '1'],
      ['界首', 3, '-1.00', '120,000', '2'],
      ['不存在县', null, '–', 'No data', '0'],
      ['Region 5', null, '–', 'No data', '0'],
    ]);
    expect(v.lines).toEqual(['All 5 regions of the set, ranked together.', 'Demand: Children aged 0–14, 2010.', '1 facilities lie outside every region of the set and are counted nowhere.']);
    expect(v.rows[0]!.share).toMatch(/^\d+%$/);
    expect(v.note).toBeNull();
    expect(v.supplyHeader).toBe('Facilities per 10,000 children');
  });

  it('speaks Chinese, names the province of the scope, and says when nothing could be scored', () => {
    const none = rankRegionGaps(computeRegionCoverage({ facilities: [], regions: FIXTURE_SET.regions, demand: new Map(), radiusKm: null, types: null }).byRegion, FIXTURE_SET.regions, { measure: 'facilities', province: 'AH', types: [], planned: [] });
    const v = buildRegionGaps(none, { byRegion: new Map(), outside: [] }, FIXTURE_SET.regions, { province: 'AH', demand: null }, 'zh');
    expect(v.lines).toEqual(['安徽的区域（4 个），在本省内排名。']);
    expect(v.note).toContain('未评分');
    expect(v.rows.map((r) => r.demand)).toEqual(['无数据', '无数据', '无数据', '无数据']);
  });

  it('offers the whole set and each province of the set as scopes, and says why a province outside the set ranks nothing', () => {
    const v = buildRegionGaps(ranking, coverage, FIXTURE_SET.regions, { province: null, demand: null }, 'en');
    expect(v.scopes).toEqual([{ province: null, label: 'All regions of the set (5)' }, { province: 'AH', label: 'Anhui (4)' }]);
    expect(v.empty).toBeNull();
    const outside = rankRegionGaps(coverage.byRegion, FIXTURE_SET.regions, { measure: 'facilities', province: 'XJ', types: ['home'], planned: [] });
    const en = buildRegionGaps(outside, coverage, FIXTURE_SET.regions, { province: 'XJ', demand: null }, 'en');
    expect(en.rows).toEqual([]);
    expect(en.empty).toBe("None of this set's regions lie in Xinjiang, the province selected, so there is nothing to rank.");
    expect(en.scopeOutside).toBe('Xinjiang (0)');
    expect(en.lines).toEqual(['1 facilities lie outside every region of the set and are counted nowhere.']);
    expect(buildRegionGaps(outside, coverage, FIXTURE_SET.regions, { province: 'XJ', demand: null }, 'zh').empty).toContain('新疆');
  });

  it('names no year for an imported table without one, and offers no year to choose', () => {
    const v = buildRegionGaps(ranking, coverage, FIXTURE_SET.regions, { province: null, demand: { label: 'left_behind_children', year: 0 } }, 'en');
    expect(v.lines[1]).toBe('Demand: left_behind_children (no year given).');
    expect(v.demandYear).toBeNull();
    expect(buildRegionGaps(ranking, coverage, FIXTURE_SET.regions, { province: null, demand: { label: '留守儿童', year: 0 } }, 'zh').lines[1]).toBe('需求：留守儿童（未注明年份）。');
  });
});
