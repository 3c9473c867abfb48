import { computeCoverage, type CoverageInput, type CoverageResult } from './computeCoverage';
import type { CoverageRequest, CoverageResponse, IndexedPoint, SerialCoverageResult } from './coverageWorkerProtocol';

// The worker's side of coverageWorkerProtocol.ts, apart from it so that the page's own bundle
// carries computeCoverage (and turf) only when the in-thread fallback needs them.

export function fromCoverageRequest(request: CoverageRequest): CoverageInput<IndexedPoint> {
  const { lon, lat, capacity, demand, ...rest } = request.input;
  const facilities = Array.from(lon, (x, i): IndexedPoint => {
    const c = capacity[i] as number;
    return { lon: x, lat: lat[i] as number, capacity: Number.isNaN(c) ? null : c, index: i };
  });
  return { ...rest, facilities, demand: new Map(demand) };
}

export function toSerialResult(result: CoverageResult<IndexedPoint>): SerialCoverageResult {
  return { byUnit: [...result.byUnit], outside: result.outside.map((f) => f.index), sampleSpacingKm: result.sampleSpacingKm };
}

/** Runs one request; shared by the worker and the in-thread fallback so both behave the same.
 * Never throws. */
export function handleCoverageRequest(request: CoverageRequest): CoverageResponse {
  try {
    return { type: 'done', result: toSerialResult(computeCoverage(fromCoverageRequest(request))) };
  } catch (e) {
    return { type: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
