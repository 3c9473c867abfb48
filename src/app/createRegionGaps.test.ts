import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Facility, FacilitySet, FacilityType } from '../facilities/facility';
import { buildRegionCensus } from '../regions/regionCensus';
import { FIXTURE_CENSUS, FIXTURE_SET } from '../regions/testFixtures';
import { DEFAULT_STATE, type AppState } from '../state/appState';
import type { RegionLayer } from '../view/buildRegionView';
import { createRegionGaps, regionDemandOf } from './createRegionGaps';

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
  return { state: s, layer: l, sets, gaps: createRegionGaps({ state: s, layer: l, sets }) };
}

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
});
