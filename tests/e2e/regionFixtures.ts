import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { UnitId } from '../../src/geo/units';
import type { Region } from '../../src/regions/parseRegions';
import type { RegionSet } from '../../src/regions/regionSet';

/** The committed county census (2020 columns), to build sets of real county codes and read their figures. */
const counties = JSON.parse(readFileSync('public/data/counties.json', 'utf8')) as {
  years: Record<string, { code: string[]; name: string[]; province: string[]; age0_14: Array<number | null> }>;
};

export interface GridCell {
  code: string;
  name: string;
  province: string;
  /** Children aged 0–14 in 2020 from the census; null where it has none. */
  age2020: number | null;
  /** The square's centre, [lon, lat] degrees. */
  centre: [number, number];
}

/**
 * A province's first `limit` coded counties as a grid of `step`° squares ([lon, lat] degrees), `cols`
 * to a row, starting at the north-west corner (west, north). Generated geometry, real codes.
 */
export function countyGrid(province: string, west: number, north: number, limit: number, cols = 6, step = 0.4): { cells: GridCell[]; regions: Omit<Region, 'feature'>[] } {
  const y = counties.years['2020']!;
  const picked = y.code.map((code, i) => ({ code, name: y.name[i] as string, province: y.province[i] as string, age2020: y.age0_14[i] ?? null })).filter((c) => c.province === province && c.code !== '').slice(0, limit);
  const cells: GridCell[] = [];
  const regions = picked.map((c, i) => {
    const w = west + (i % cols) * step;
    const n = north - Math.floor(i / cols) * step;
    cells.push({ ...c, centre: [w + step / 2, n - step / 2] });
    return {
      code: c.code,
      name: c.name,
      province: c.province as UnitId,
      geometry: { type: 'Polygon' as const, coordinates: [[[w, n - step], [w + step, n - step], [w + step, n], [w, n], [w, n - step]]] },
      bbox: [w, n - step, w + step, n] as [number, number, number, number],
      vertices: 5,
    };
  });
  return { cells, regions };
}

/** A region set of the given regions, as the region import would keep it. */
export function regionSetOf(id: string, fileName: string, regions: Omit<Region, 'feature'>[]): RegionSet {
  return {
    id,
    fileName,
    importedAt: '2026-12-02T12:00:00.000Z',
    codeField: 'code',
    codeKind: 'county',
    nameField: 'name',
    regions: regions.map((r, i) => ({ ...r, feature: i + 1 })),
    vertices: regions.length * 5,
    verticesBefore: regions.length * 5,
  };
}

/** Keeps the set in this browser's storage as the region import would (IndexedDB `liushou-atlas`, store `regions`). */
export async function keepSet(page: Page, set: RegionSet): Promise<void> {
  await page.evaluate(
    (s) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('liushou-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('regions', 'readwrite');
          tx.objectStore('regions').put(s);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    set,
  );
}
