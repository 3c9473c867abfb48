import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Facility, FacilitySet, FacilityType } from '../facilities/facility';
import { buildRegionCensus } from '../regions/regionCensus';
import { FIXTURE_CENSUS, FIXTURE_SET } from '../regions/testFixtures';
import { DEFAULT_STATE, type AppState } from '../state/appState';
import type { RegionLayer } from '../view/buildRegionView';
import type { RegionIndicator } from '../regions/regionCensus';
import { createRegionGaps, regionDemandChoices, regionDemandOf } from './createRegionGaps';

// FIXTURE_SET: 1° squares west edge 115 + feature, 30–31 °N: 341221 (116–117), 341225 (117–118),
// 341282 (118–119), 349999 (119–120), and a region without a code, #5 (120–121).
let row = 0;
const at = (lon: number, type: FacilityType = 'home'): Facility => ({ id: `f${++row}`, name: '', type, capacity: 10, opened: null, source: 't', lon, lat: 30.5, row });
const SET: FacilitySet = {
  id: 'fs',
  name: 'test',
  fileName: 'f.csv',
  importedAt: '2026-12-02T00:00:00.000Z',
  synthetic: false,
  facilities: [at(116.5), at(116.6, 'school'), at(117.5), at(118.5), at(118.6), at(118.7, 'school'), at(130)],
};
const census = buildRegionCensus(FIXTURE_SET, FIXTURE_CENSUS)!;
const LAYER: RegionLayer = { set: FIXTURE_SET, indicators: census.indicators, census, censusPending: false };

function setup(state: Partial<AppState> = {}, layer: RegionLayer | null = LAYER) {
  const s = signal<AppState>({ ...DEFAULT_STATE, regionSet: FIXTURE_SET.id, ...state });
  const l = signal<RegionLayer | null>(layer);
  const sets = signal<readonly FacilitySet[]>([SET]);
  const files: { name: string; text: string }[] = [];
  const gaps = createRegionGaps({ state: s, layer: l, sets, link: () => 'https://example.org/?v=1', download: (name, text) => files.push({ name, text }) });
  return { state: s, layer: l, sets, gaps, files };
}

/** An imported count of children joined to the set (as regionjoin's tables arrive): 341282 has the most. */
const JOINED: RegionIndicator = {
  indicator: { ...census.indicators[0]!.indicator, id: 'imp-kids', label: { en: 'Left-behind children (county survey)', zh: '留守儿童（县调查）' }, years: [2023] },
  values: new Map([[2023, new Map<string, number | null>([['341221', 1000], ['341225', 2000], ['341282', 9000], ['349999', null], ['#5', null]])]]),
  sources: { 2023: ['imp-kids-src'] },
};

describe('createRegionGaps', () => {
  it('ranks nothing while provinces are shown or no facility set is loaded', () => {
    expect(setup({}, null).gaps.ranking.value).toBeNull();
    const { sets, gaps } = setup();
    sets.value = [];
    expect(gaps.ranking.value).toBeNull();
  });

  it('takes children 0–14 of the county census as demand, in the chosen year', () => {
    const { gaps, state } = setup({ demandYear: 2010 });
    expect(gaps.demand.value).toMatchObject({ year: 2010, indicator: { indicator: { id: 'county:children' } } });
    expect([...gaps.demand.value!.values]).toEqual([['341221', 420_000], ['341225', 350_000], ['341282', 120_000]]);
    const r = gaps.ranking.value!;
    expect(r.regions).toBe(5);
    expect(r.rows.map((g) => [g.unit, g.rank])).toEqual([['341221', 1], ['341225', 2], ['341282', 3], ['349999', null], ['#5', null]]);
    expect(gaps.coverage.value!.outside).toHaveLength(1);
    expect(gaps.view.value!.rows.map((x) => x.label)).toEqual(['临泉', '阜南', '界首', '不存在县', 'Region 5']);
    expect(gaps.view.value!.lines[1]).toBe('Demand: Children aged 0–14 (county census), 2010.');
    // The latest year (2020) when none is chosen: 341221 is not in the 2020 table, 341282's children are blank.
    state.value = { ...state.value, demandYear: null };
    expect(gaps.demand.value!.year).toBe(2020);
    expect(gaps.ranking.value!.rows.filter((g) => g.score !== null).map((g) => g.unit)).toEqual(['341225']);
  });

  it('follows the ticked types, and ranks within the selected province', () => {
    const { gaps, state } = setup({ demandYear: 2010, facilityTypes: ['school'] });
    expect([...gaps.coverage.value!.byRegion.values()].map((c) => c.facilities)).toEqual([1, 0, 1, 0, 0]);
    expect(gaps.coverage.value!.excluded).toBe(5);
    state.value = { ...state.value, selected: 'AH' };
    expect(gaps.ranking.value!.regions).toBe(4);
    expect(gaps.view.value!.lines[0]).toBe('Regions of Anhui (4), ranked among themselves.');
    state.value = { ...state.value, selected: 'BJ' };
    expect(gaps.ranking.value!.rows).toEqual([]);
  });

  it('lists regions unscored when the set has no count for the chosen demand', () => {
    expect(regionDemandOf({ demand: 'gdp', demandYear: null }, census.indicators)).toBeNull();
    const { gaps } = setup({ demand: 'gdp' });
    expect(gaps.ranking.value!.rows.every((g) => g.score === null)).toBe(true);
  });

  it('offers the counts of the set as demand, a joined table included, and ranks on the one chosen', () => {
    const layer = { ...LAYER, indicators: [...census.indicators, JOINED] };
    const ids = regionDemandChoices(layer.indicators).map((c) => c.id);
    expect(ids).toContain('children');
    expect(ids).toContain('imp-kids');
    expect(ids).not.toContain('netsendper1k');
    expect(ids).not.toContain('pop'); // resident population: people, not children
    expect(ids).toEqual(['children', 'imp-kids']);
    const { gaps } = setup({ demand: 'imp-kids' }, layer);
    expect(gaps.demand.value).toMatchObject({ year: 2023, indicator: { indicator: { id: 'imp-kids' } } });
    expect(gaps.view.value!.demandId).toBe('imp-kids');
    expect(gaps.view.value!.demandYears).toEqual([2023]);
    // 界首 (341282): most children, two homes; ranked first by demand, the census would not score it in 2020.
    expect(gaps.ranking.value!.rows.filter((g) => g.score !== null).map((g) => g.unit)).toEqual(['341282', '341225', '341221']);
  });

  it('counts planned facilities with a point in the region that contains it, before and after, and names those elsewhere', () => {
    const { gaps, state } = setup({ demandYear: 2010 });
    const placed = gaps.place('341221')!;
    expect(placed.unit).toBe('AH');
    expect(gaps.place('#5')).toBeNull(); // no code, no province shapes given: cannot be placed in a province
    state.value = { ...state.value, planned: [{ unit: 'AH', type: 'home', count: 50, capacity: null, at: placed.at }, { unit: 'SC', type: 'home', count: 2, capacity: null }] };
    expect(gaps.planned.value).toEqual({ placed: [{ unit: '341221', type: 'home', count: 50, capacity: null }], elsewhere: 2 });
    const r = gaps.ranking.value!;
    expect(r.withPlanned!.find((g) => g.unit === '341221')!.rank).toBeGreaterThan(1);
    expect(r.coveragePlanned!.get('341221')!.facilities).toBe(r.rows.length > 0 ? gaps.coverage.value!.byRegion.get('341221')!.facilities + 50 : 0);
    const v = gaps.view.value!;
    expect(v.withPlanned).toBe(true);
    expect(v.rows.find((x) => x.key === '341221')).toMatchObject({ added: 50, after: { rankChange: expect.stringMatching(/^rank 1 → [2-9]$/) } });
    expect(v.lines.some((l) => l.startsWith('With 50 planned facilities (not real) in 1 of these regions'))).toBe(true);
    expect(v.lines.some((l) => l.startsWith('2 planned facilities of the link lie in none of these regions'))).toBe(true);
    expect(gaps.regionOf(state.value.planned[0]!)).toBe('临泉');
    expect(gaps.regionOf(state.value.planned[1]!)).toBeNull();
  });

  it('exports the ranking as shown, with its choices, the planned columns and the link', async () => {
    const { gaps, state, files } = setup({ demandYear: 2010, selected: 'AH' });
    state.value = { ...state.value, planned: [{ unit: 'AH', type: 'home', count: 5, capacity: null, at: gaps.place('341221')!.at }] };
    expect(await gaps.exportCsv()).toBe(true);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^liushou-atlas-region-gap-ranking-\d{8}-\d{6}\.csv$/);
    const lines = files[0]!.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('rank,'));
    expect(lines.slice(at + 1).map((l) => l.split(',')[1])).toEqual(gaps.view.value!.rows.map((r) => r.key));
    expect(lines[at]).toContain('rank_with_planned');
    const meta = lines.slice(0, at).join('\n');
    for (const text of ['fuyang.geojson', 'the regions of Anhui, ranked among themselves (4)', 'year 2010', '# link,https://example.org/?v=1', '临泉 home x5']) expect(meta).toContain(text);
  });

  it('exports nothing while provinces are shown', async () => {
    const { gaps, files } = setup({}, null);
    expect(await gaps.exportCsv()).toBe(false);
    expect(files).toEqual([]);
  });
});
