import type { UnitId } from '../geo/units';
import type { CoverageInput, CoveragePoint, CoverageResult, ProvinceCoverage } from './computeCoverage';
import type { Facility } from './facility';

/**
 * The coverage worker's messages. Maps become arrays of [key, value] pairs: plain arrays keep the
 * protocol JSON-shaped, easy to log and to test.
 *
 * Facilities cross as three Float64Arrays (lon, lat, capacity; NaN = no capacity), transferred,
 * not copied: coverage reads nothing else, and copying 50,000 facility objects with their names
 * blocked the page for about 0.1 s. The answer names the facilities outside every unit by index.
 */
export interface CoverageRequest {
  type: 'coverage';
  input: Omit<CoverageInput, 'demand' | 'facilities'> & {
    demand: [UnitId, number][];
    /** WGS 84 degrees; element i is facility i. */
    lon: Float64Array;
    lat: Float64Array;
    capacity: Float64Array;
  };
}

export interface SerialCoverageResult {
  byUnit: [UnitId, ProvinceCoverage][];
  /** Indexes into the request's facilities, in input order. */
  outside: number[];
  sampleSpacingKm: number;
}

/** Worker → main thread: exactly one message per request. 'error' carries a configuration error
 * (computeCoverage throws only on those) or a bug, as text. */
export type CoverageResponse = { type: 'done'; result: SerialCoverageResult } | { type: 'error'; message: string };

export function toCoverageRequest(input: CoverageInput): CoverageRequest {
  const { facilities, demand, ...rest } = input;
  const n = facilities.length;
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const capacity = new Float64Array(n);
  facilities.forEach((f, i) => {
    lon[i] = f.lon;
    lat[i] = f.lat;
    capacity[i] = f.capacity ?? Number.NaN;
  });
  return { type: 'coverage', input: { ...rest, demand: [...demand], lon, lat, capacity } };
}

/** The buffers to transfer with a request. */
export function transferables(request: CoverageRequest): ArrayBuffer[] {
  const { lon, lat, capacity } = request.input;
  return [lon.buffer, lat.buffer, capacity.buffer] as ArrayBuffer[];
}

/** A facility as the worker sees it: what coverage reads, and its place in the request. */
export type IndexedPoint = CoveragePoint & { index: number };

/** Puts the caller's own facilities back in place of the indexes. */
export function fromSerialResult(result: SerialCoverageResult, facilities: readonly Facility[]): CoverageResult {
  return { byUnit: new Map(result.byUnit), outside: result.outside.map((i) => facilities[i] as Facility), sampleSpacingKm: result.sampleSpacingKm };
}
