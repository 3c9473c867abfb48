import { describe, expect, it } from 'vitest';
import type { UnitId } from '../geo/units';
import { coverageOf as cov } from '../facilities/testFixtures';
import { buildRankingCsv, type RankingExport } from './buildRankingCsv';
import type { ProvinceCoverage } from '../facilities/computeCoverage';
import { rankGaps } from '../facilities/gapScore';
import { addPlanned } from '../facilities/plannedFacilities';

const coverage = new Map<UnitId, ProvinceCoverage>([
  ['SC', cov('SC', 30_000, 1)],
  ['HA', cov('HA', 20_000, 1)],
  ['GZ', cov('GZ', 10_000, 3)],
  ['XZ', cov('XZ', null, 0)],
]);
const base: RankingExport = {
  gaps: rankGaps(coverage),
  planned: null,
  plannedEntries: [],
  coverage,
  coveragePlanned: null,
  demand: { id: 'children', label: 'Children aged 0–14', unit: 'persons', year: 2010, sources: ['NBS, census 2010, 2011'] },
  supplyAsked: 'capacity',
  types: ['home', 'school'],
  radiusKm: 20,
  sets: [{ id: 'f1', name: 'homes.csv', fileName: 'homes.csv', importedAt: '2026-12-01T10:00:00.000Z', synthetic: false, facilities: [] }],
  outside: 2,
  exportedAt: '2026-12-02T06:00:00.000Z',
  link: 'https://example.org/?v=1&tab=gaps',
};
const parse = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n');

describe('buildRankingCsv', () => {
  const lines = parse(buildRankingCsv(base));
  const meta = lines.filter((l) => l.startsWith('#'));
  const table = lines.filter((l) => !l.startsWith('#'));
  const cols = table[0]!.split(',');
  const rows = table.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));

  it('records every parameter, the formula, the sets and the date in its header lines', () => {
    const text = meta.join('\n');
    for (const part of [
      'Children aged 0–14 (persons),indicator children,year 2010',
      'NBS, census 2010, 2011',
      '# supply measure,"facilities per 10,000 children","capacity was chosen, but not every counted facility states one: facilities used"',
      '# facility types counted,home school',
      '# service radius km,20',
      '# facility set,homes.csv,file homes.csv,imported 2026-12-01T10:00:00.000Z,0 facilities',
      '# not counted (outside every province),2',
      'score = demand_percentile - supply_percentile',
      '(rank - 1) / (n - 1)',
      '# exported,2026-12-02T06:00:00.000Z',
      'https://example.org/?v=1&tab=gaps',
      'score 2 decimals',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('writes one row per province, ranked first, and every score can be recomputed from the row', () => {
    expect(rows.map((r) => r['iso_3166_2'])).toEqual(['CN-SC', 'CN-HA', 'CN-GZ', 'CN-XZ']);
    for (const r of rows.slice(0, 3)) {
      expect(Number(r['score'])).toBeCloseTo(Number(r['demand_percentile']) - Number(r['supply_percentile']), 2);
      expect(Number(r['supply'])).toBeCloseTo((Number(r['facilities']) / Number(r['demand'])) * 1e4, 3);
    }
    // No demand: no score, written empty, never 0.
    expect([rows[3]!['rank'], rows[3]!['demand'], rows[3]!['score']]).toEqual(['', '', '']);
    // Rounded, never float noise.
    expect(lines.join('\n')).not.toMatch(/\d\.\d{5,}/);
  });

  it('puts the planned scenario beside the ranking, labelled planned', () => {
    const plannedEntries = [{ unit: 'SC' as const, type: 'home' as const, count: 9, capacity: null }];
    const coveragePlanned = addPlanned(coverage, plannedEntries, ['home']);
    const csv = buildRankingCsv({ ...base, plannedEntries, coveragePlanned, planned: rankGaps(coveragePlanned) });
    const t = parse(csv).filter((l) => !l.startsWith('#'));
    const c = t[0]!.split(',');
    expect(c.slice(-6)).toEqual(['planned_facilities', 'facilities_with_planned', 'supply_with_planned', 'supply_percentile_with_planned', 'score_with_planned', 'rank_with_planned']);
    const sc = t.find((l) => l.includes('CN-SC'))!.split(',');
    expect([sc[c.indexOf('planned_facilities')], sc[c.indexOf('facilities_with_planned')], sc[c.indexOf('facilities')]]).toEqual(['9', '10', '1']);
    expect(csv).toContain('SC home x9');
    expect(csv).toContain('PLANNED, not real facilities');
  });
});

// #13: exported from the Chinese interface, the header lines are Chinese; the columns keep their
// names (the formula names them), so one script reads both files.
describe('buildRankingCsv in Chinese', () => {
  const planned = [{ unit: 'SC' as const, type: 'home' as const, count: 3, capacity: 50 }];
  const zh = (over: Partial<RankingExport>) =>
    parse(
      buildRankingCsv(
        { ...base, demand: { ...base.demand, label: '0–14岁儿童人口', unit: '人', sources: ['国家统计局，2010年人口普查，2011'] }, link: null, ...over },
        'zh',
      ),
    );
  const columns = (lines: string[]) => new Set(lines.find((l) => l.startsWith('rank,'))!.split(','));
  it.each([
    ['a user file, capacity chosen but not available', {}],
    ['the synthetic set with planned facilities', {
      sets: [{ id: 'demo', name: 'Synthetic demonstration facilities', fileName: '', importedAt: '', synthetic: true, facilities: [] }],
      plannedEntries: planned,
      planned: rankGaps(addPlanned(coverage, planned, ['home'])),
      coveragePlanned: addPlanned(coverage, planned, ['home']),
    }],
    ['no type counted', { types: [] }],
  ] as [string, Partial<RankingExport>][])('%s: no English in the header lines', (_, over) => {
    const lines = zh(over);
    const names = columns(lines);
    const meta = lines.filter((l) => l.startsWith('#')).join('\n').replaceAll('homes.csv', '');
    const words = (meta.match(/[A-Za-z_]{2,}/g) ?? []).filter((w) => !names.has(w) && ![base.demand.id, '_with_planned', 'GB'].includes(w));
    expect(words, meta).toEqual([]);
    expect(meta).toContain('# 供给指标,每万名儿童设施数');
    expect(lines[0]).toBe('# 留守地图：覆盖缺口排名');
  });

  it('keeps the same columns and rows as in English', () => {
    const strip = (l: string[]) => l.filter((x) => !x.startsWith('#'));
    expect(strip(zh({}))).toEqual(strip(parse(buildRankingCsv(base))));
  });
});
