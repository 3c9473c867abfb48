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

describe('createFacilityController', () => {
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
});
