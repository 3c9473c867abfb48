// Shared by the facility tests (not used by the app): the committed province geometry and
// hand-made squares. Coordinates are GeoJSON [lon, lat] degrees.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { decodeTopology } from '../geo/loadGeometry';
import type { UnitId } from '../geo/units';
import type { ProvinceCoverage } from './computeCoverage';
import type { Facility } from './facility';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../public/geo/${file}`, import.meta.url), 'utf8'));

/** The 34 units as the app draws them (public/geo/provinces.json, decoded). */
export const PROVINCES: FeatureCollection = decodeTopology(read('provinces.json'), read('basemap.json')).provinces;

/** An axis-aligned square [west, south] – [west + size, south + size] named `id`. */
export function square(id: UnitId, west: number, south: number, size = 1): Feature<Polygon> {
  const [e, n] = [west + size, south + size];
  return {
    type: 'Feature',
    properties: { id },
    geometry: { type: 'Polygon', coordinates: [[[west, south], [e, south], [e, n], [west, n], [west, south]]] },
  };
}

export const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A facility at [lon, lat] with nothing else stated. */
export function facilityAt(lon: number, lat: number, extra: Partial<Facility> = {}): Facility {
  return { id: `t-${lon},${lat}`, name: '', type: 'other', capacity: null, opened: null, source: 'test', lon, lat, row: 1, ...extra };
}

/** A unit's coverage with `facilities` stating no capacity, rates derived as computeCoverage derives them. */
export function coverageOf(unit: UnitId, demand: number | null, facilities: number): ProvinceCoverage {
  return {
    unit,
    facilities,
    facilitiesWithCapacity: 0,
    capacity: null,
    perTenThousandChildren: demand ? (facilities / demand) * 1e4 : null,
    capacityPerTenThousandChildren: null,
    childrenPerFacility: demand && facilities ? demand / facilities : null,
    areaShareWithinRadius: null,
    demand,
  };
}
