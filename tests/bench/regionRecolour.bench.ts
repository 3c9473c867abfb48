import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { buildDatasets } from '../../src/data/buildDatasets';
import { CATALOGUE } from '../../src/data/catalogue';
import { parseCountyCensus } from '../../src/data/counties/countyCensus';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../../src/data/embeddedData';
import { UNITS } from '../../src/geo/units';
import { diffFills } from '../../src/map/diffFills';
import { buildRegionCensus } from '../../src/regions/regionCensus';
import { squareRegion } from '../../src/regions/testFixtures';
import { DEFAULT_STATE, type AppState } from '../../src/state/appState';
import { regionFills } from '../../src/view/buildRegionView';
import { buildViewModel } from '../../src/view/buildViewModel';

/**
 * #15: recolouring 3,000 regions when the indicator changes, within 50 ms: the whole view model
 * (provinces and regions) plus the feature-state diff the map applies
 * (run: npx vitest bench --run tests/bench/regionRecolour.bench.ts).
 */
const census = parseCountyCensus(JSON.parse(readFileSync(new URL('../../public/data/counties.json', import.meta.url), 'utf8')));
const codes = census.records[2020].map((r) => r.code).filter((c) => c !== '');
// 2,947 coded counties and 53 codes the census lacks: 3,000 regions.
while (codes.length < 3000) codes.push(String(990000 + codes.length));
const set = {
  id: 'r-bench3000',
  fileName: 'bench.geojson',
  importedAt: '2026-12-02T00:00:00.000Z',
  codeField: 'code',
  codeKind: 'county' as const,
  nameField: 'name',
  regions: codes.map((c, i) => ({ ...squareRegion(i + 1, c, c), bbox: [73 + (i % 60), 18 + Math.floor(i / 60) * 0.7, 74 + (i % 60), 18.7 + Math.floor(i / 60) * 0.7] as [number, number, number, number] })),
  vertices: 15000,
  verticesBefore: 15000,
};
const matched = buildRegionCensus(set, census);
const layer = { set, indicators: matched?.indicators ?? [], census: matched, censusPending: false };
const data = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
const states: AppState[] = ['children', 'netsend', 'pop', 'netsendper1k'].map((indicator) => ({ ...DEFAULT_STATE, regionSet: set.id, indicator }));
// The first build makes the set's map features (once per set); recolouring starts after.
let prev = regionFills(buildViewModel(states[0] as AppState, data, layer).regionSet!, null);
let i = 0;

describe('recolour 3,000 regions', () => {
  bench('view model + region fills + diff, indicator changed', () => {
    const vm = buildViewModel(states[++i % states.length] as AppState, data, layer);
    const next = regionFills(vm.regionSet!, null);
    diffFills(prev, next);
    prev = next;
  });
  bench('view model, provinces only (baseline)', () => {
    buildViewModel({ ...(states[++i % states.length] as AppState), regionSet: null }, data, null);
  });
});
