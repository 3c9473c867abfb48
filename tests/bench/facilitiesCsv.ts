/**
 * A 50,000-row facility CSV with realistic positions: the app's own demonstration generator
 * (points uniform by area inside each unit, counts in proportion to children aged 0–14), written
 * with plain English headers as a user's file would have them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildDatasets } from '../../src/data/buildDatasets';
import { CATALOGUE } from '../../src/data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../../src/data/embeddedData';
import { generateDemoFacilities } from '../../src/facilities/generateDemoFacilities';
import { decodeTopology } from '../../src/geo/loadGeometry';
import { UNITS, type UnitId } from '../../src/geo/units';
import { DEFAULT_STATE } from '../../src/state/appState';
import { buildViewModel } from '../../src/view/buildViewModel';

const csvCell = (s: string | number | null) => {
  const t = s === null ? '' : String(s);
  return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

/** Writes the CSV into `dir`; returns its path, size and how long generation took. */
export function writeFacilitiesCsv(root: string, dir: string, count: number) {
  const t0 = performance.now();
  const read = (p: string) => JSON.parse(readFileSync(join(root, 'public/geo', p), 'utf8')) as Topology;
  const { provinces } = decodeTopology(read('provinces.json'), read('basemap.json'));
  const data = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
  const vm = buildViewModel({ ...DEFAULT_STATE, indicator: 'children' }, data);
  const weights = new Map<UnitId, number>(vm.regions.map((r) => [r.id, r.datum?.value ?? 0]));
  const set = generateDemoFacilities({ seed: 20140301, count, provinces, weights });
  const lines = ['name,type,lat,lon,capacity,opened,source'];
  for (const f of set.facilities) {
    lines.push([f.name, f.type, f.lat.toFixed(5), f.lon.toFixed(5), f.capacity, f.opened, 'Benchmark (synthetic)'].map(csvCell).join(','));
  }
  const path = join(dir, `facilities-${count}.csv`);
  const text = `${lines.join('\n')}\n`;
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text), rows: set.facilities.length, ms: performance.now() - t0 };
}
