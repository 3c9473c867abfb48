import { describe, expect, it } from 'vitest';
import { buildRegionRankingCsv, type RegionRankingExport } from './buildRegionRankingCsv';
import { rankRegionGaps } from './rankRegionGaps';
import { computeRegionCoverage } from './regionCoverage';
import { FIXTURE_SET } from './testFixtures';

// FIXTURE_SET: 1° squares west edge 115 + feature, 30–31 °N ([lon, lat] degrees).
const facility = (lon: number) => ({ lon, lat: 30.5, capacity: 20, type: 'home' as const });
const demand = new Map([['341221', 420_000], ['341225', 350_000], ['341282', 120_000]]);
const coverage = computeRegionCoverage({ facilities: [facility(116.5), facility(117.5), facility(118.5), facility(118.6), facility(140)], regions: FIXTURE_SET.regions, demand, radiusKm: 25, types: null });
const planned = [{ unit: '341221', type: 'home' as const, count: 2, capacity: 30 }];
const ranking = rankRegionGaps(coverage.byRegion, FIXTURE_SET.regions, { measure: 'capacity', province: null, types: ['home'], planned });
const input: RegionRankingExport = {
  ranking,
  coverage: coverage.byRegion,
  coveragePlanned: ranking.coveragePlanned,
  regions: FIXTURE_SET.regions,
  boundaries: { fileName: FIXTURE_SET.fileName, id: FIXTURE_SET.id, importedAt: FIXTURE_SET.importedAt },
  scope: null,
  parameters: {
    demand: { id: 'children', label: 'Children aged 0–14 (county census)', unit: 'persons', year: 2010, sources: ['NBS, Tabulation of the 2010 census by county'] },
    supplyAsked: 'capacity',
    supplyUsed: ranking.supplyKind,
    types: ['home'],
    radiusKm: 25,
    sets: [],
  },
  planned,
  plannedElsewhere: 3,
  outside: coverage.outside.length,
  exportedAt: '2026-12-02T16:00:00.000Z',
  link: null,
};
const parse = (csv: string) => {
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  const at = lines.findIndex((l) => l.startsWith('rank,'));
  return { meta: lines.slice(0, at), header: lines[at]!.split(','), rows: lines.slice(at + 1).map((l) => l.split(',')) };
};

describe('buildRegionRankingCsv', () => {
  it('writes a row per region in rank order with its figures, no data left empty, and the planned columns', () => {
    const { header, rows } = parse(buildRegionRankingCsv(input, 'en'));
    const col = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    expect(col('region_key')).toEqual(ranking.rows.map((g) => g.unit));
    expect(col('region_name')).toEqual(['临泉', '阜南', '界首', '不存在县', '']);
    expect(col('province_code_gb')).toEqual(['340000', '340000', '340000', '340000', '']);
    expect(col('capacity')).toEqual(['20', '20', '40', '0', '0']);
    expect(col('score').slice(3)).toEqual(['', '']);
    expect(col('planned_facilities')).toEqual(['2', '0', '0', '0', '0']);
    expect(col('facilities_with_planned')[0]).toBe('3');
    expect(header).toContain('area_share_within_radius');
  });

  it('records every choice in # lines in the interface language', () => {
    const en = parse(buildRegionRankingCsv(input, 'en')).meta.join('\n');
    for (const text of ['coverage gap ranking of regions', 'file fuyang.geojson (region set r-fixture1', 'all regions of the set, ranked together (5)', 'places', 'service radius km,25', '3 planned facilities of the link are not in a region of this set', '临泉 home x2 (30 places each)', 'not counted (outside every region of the set),1']) expect(en).toContain(text);
    const zh = parse(buildRegionRankingCsv({ ...input, scope: 'AH' }, 'zh'));
    expect(zh.meta.join('\n')).toContain('安徽的区域，在本省内排名');
    expect(zh.meta[0]).toBe('# 留守地图：区域覆盖缺口排名');
    expect(zh.header[0]).toBe('rank');
  });
});
