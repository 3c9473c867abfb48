import { signal } from '@preact/signals';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { createMemoryImportStore } from './storage/importStore';
import type { FacilitySet } from '../facilities/facility';
import { decodeTopology } from '../geo/loadGeometry';
import { UNITS } from '../geo/units';
import { indicatorValues } from '../data/indicatorValues';
import type { AppState } from '../state/appState';
import { buildViewModel } from '../view/buildViewModel';
import { DEFAULT_STATE } from '../state/appState';
import { createStore } from '../state/createStore';
import { createFacilityController } from './createFacilityController';

const geo = decodeTopology(
  JSON.parse(readFileSync('public/geo/provinces.json', 'utf8')),
  JSON.parse(readFileSync('public/geo/basemap.json', 'utf8')),
);
const base = signal(buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []));
/** Polls until `done()` holds (coverage runs asynchronously), failing after 20 s. */
async function until(done: () => boolean): Promise<void> {
  for (let t = 0; !done(); t += 20) {
    if (t > 20_000) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Generous: the first test loads turf and the geometry, which takes seconds on a busy shared machine.
describe('createFacilityController', { timeout: 30_000 }, () => {
  it('regenerates the demonstration set and reruns coverage only when their inputs change', async () => {
    const store = createStore({ ...DEFAULT_STATE, demo: true });
    const errors: string[] = [];
    const fc = createFacilityController(store.state, base, geo.provinces, createMemoryImportStore(), signal<FacilitySet[]>([]), (m) => errors.push(m));
    await until(() => fc.coverage.value !== null && !fc.computing.value);
    const sets = fc.sets.value;
    const coverage = fc.coverage.value;
    expect(sets[0]?.synthetic).toBe(true);
    expect(coverage).not.toBeNull();

    // Selection, camera and language are not inputs: same objects afterwards.
    store.select('SC');
    store.setCamera({ lon: 104, lat: 30, zoom: 5 });
    store.setLang('zh');
    // Effects run synchronously on a change: a rerun would have started by now.
    expect(fc.computing.value).toBe(false);
    expect(fc.sets.value).toBe(sets);
    expect(fc.coverage.value).toBe(coverage);

    // The radius is: coverage is computed again.
    store.setFacilityOptions({ radiusKm: 30 });
    expect(fc.computing.value).toBe(true);
    await until(() => !fc.computing.value);
    expect(fc.coverage.value).not.toBe(coverage);
    expect(fc.sets.value).toBe(sets);
    expect(errors).toEqual([]);
  });

  it('settles once the demonstration set is made and its coverage computed', async () => {
    const store = createStore({ ...DEFAULT_STATE, demo: true });
    const fc = createFacilityController(store.state, base, geo.provinces, createMemoryImportStore(), signal<FacilitySet[]>([]), () => {});
    expect(fc.busy.value).toBe(true);
    await fc.settled();
    expect(fc.busy.value).toBe(false);
    expect(fc.sets.value.map((s) => s.synthetic)).toEqual([true]);
    expect(fc.coverage.value?.byUnit.size).toBe(34);
    expect(fc.derived.value.indicators.map((i) => i.id)).toContain('covgap');
    // Nothing to wait for: settles at once.
    const idle = createFacilityController(createStore(DEFAULT_STATE).state, base, geo.provinces, createMemoryImportStore(), signal<FacilitySet[]>([]), () => {});
    await idle.settled();
    expect(idle.coverage.value).toBeNull();
  });

  /** A controller over the demonstration set, settled. */
  async function settledWith(patch: Partial<AppState>) {
    const store = createStore({ ...DEFAULT_STATE, demo: true, ...patch });
    const errors: string[] = [];
    const fc = createFacilityController(store.state, base, geo.provinces, createMemoryImportStore(), signal<FacilitySet[]>([]), (m) => errors.push(m));
    await fc.settled();
    return { store, fc, errors };
  }
  const total = (fc: Awaited<ReturnType<typeof settledWith>>['fc']) =>
    [...(fc.coverage.value?.byUnit.values() ?? [])].reduce((n, c) => n + c.facilities, 0);

  it('counts only the facility types ticked, in coverage, ranking and coverage indicators (#13)', async () => {
    const { store, fc } = await settledWith({});
    const homes = fc.sets.value[0]!.facilities.filter((f) => f.type === 'home').length;
    expect(total(fc)).toBe(3000);
    store.setFacilityOptions({ facilityTypes: ['home'] });
    await fc.settled();
    expect(total(fc)).toBe(homes);
    const covcount = fc.derived.value.figures.filter((f) => f.series === 'cov:covcount').reduce((n, f) => n + f.value, 0);
    expect(covcount).toBe(homes);
    // A filter that excludes every facility: no coverage to rank on, and an honest empty ranking.
    store.setFacilityOptions({ facilityTypes: [] });
    await fc.settled();
    expect(total(fc)).toBe(0);
  });

  it('takes demand from the demand year chosen, not the latest (#13)', async () => {
    const { fc } = await settledWith({ demand: 'children', demandYear: 2010 });
    const children = base.value.indicators.get('children')!;
    const in2010 = indicatorValues(children, base.value.index, 2010).get('SC')!.value;
    const in2020 = indicatorValues(children, base.value.index, 2020).get('SC')!.value;
    expect(in2010).not.toBe(in2020);
    expect(fc.coverage.value?.byUnit.get('SC')?.demand).toBe(in2010);
    expect(fc.derived.value.indicators.find((i) => i.id === 'covgap')?.years).toEqual([2010]);
  });

  it('ranks on the supply measure chosen (#13)', async () => {
    const { store, fc } = await settledWith({});
    expect(fc.gaps.value[0]?.supplyKind).toBe('facilities');
    // Every synthetic facility states a capacity, yet the definition names the measure used.
    expect(fc.derived.value.indicators.find((i) => i.id === 'covgap')?.definition.en).toMatch(/\(facilities per 10,000 children\)/);
    store.setFacilityOptions({ supply: 'capacity' });
    expect(fc.gaps.value[0]?.supplyKind).toBe('capacity');
    expect(fc.derived.value.indicators.find((i) => i.id === 'covgap')?.definition.en).toMatch(/capacity per 10,000 children/);
  });

  it('reproduces a demonstration link however it is reached: directly, or by switching demand (#13)', async () => {
    const direct = await settledWith({ demand: 'mca2016' });
    const switched = await settledWith({ demand: 'children' });
    switched.store.setFacilityOptions({ demand: 'mca2016' });
    await switched.fc.settled();
    const points = (x: typeof direct) => x.fc.sets.value[0]!.facilities.map((f) => [f.lon, f.lat, f.type, f.capacity]);
    expect(points(switched)).toEqual(points(direct));
    expect(switched.fc.gaps.value).toEqual(direct.fc.gaps.value);
  });

  it('ranks planned facilities beside the loaded ones, never inside a set (#13)', async () => {
    const { store, fc } = await settledWith({});
    expect(fc.gapsPlanned.value).toBeNull();
    store.setFacilityOptions({ planned: [{ unit: 'SC', type: 'home', count: 500, capacity: 40 }] });
    const before = fc.gaps.value.find((g) => g.unit === 'SC')!;
    const after = fc.gapsPlanned.value!.find((g) => g.unit === 'SC')!;
    expect(after.supply!).toBeGreaterThan(before.supply!);
    expect(after.score!).toBeLessThan(before.score!);
    expect(fc.sets.value[0]!.facilities).toHaveLength(3000);
  });

  it('names coverage figures in the province panel, with their year, derived and synthetic badges (#13)', async () => {
    const { fc } = await settledWith({ demandYear: 2010 });
    const data = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, [], fc.derived.value);
    const vm = buildViewModel({ ...DEFAULT_STATE, selected: 'SC', indicator: 'covgap' }, data);
    const gap = vm.selected!.figures.find((f) => f.series === 'cov:covgap')!;
    expect(gap.label.en).toMatch(/^Coverage gap score/);
    expect(gap.label.zh).toMatch(/^覆盖缺口得分/);
    expect([gap.year, gap.derived, gap.synthetic, gap.indicator?.kind]).toEqual([2010, true, true, 'score']);
    // The map title and table read the same year, and never "(0)".
    expect(vm.year).toBe(2010);
    expect(vm.regions.find((r) => r.id === 'SC')?.datum).toMatchObject({ derived: true, synthetic: true });
  });
});
