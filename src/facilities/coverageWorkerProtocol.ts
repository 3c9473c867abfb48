import type { UnitId } from '../geo/units';
import { computeCoverage, type CoverageInput, type CoverageResult, type ProvinceCoverage } from './computeCoverage';

/**
 * The coverage worker's messages. Maps become arrays of [key, value] pairs here: structured clone
 * would copy a Map, but plain arrays keep the protocol JSON-shaped, easy to log and to test, and
 * independent of how a future transport (postMessage, a cache, a test double) copies data.
 */
export interface CoverageRequest {
  type: 'coverage';
  input: Omit<CoverageInput, 'demand'> & { demand: [UnitId, number][] };
}

export interface SerialCoverageResult {
  byUnit: [UnitId, ProvinceCoverage][];
  outside: CoverageResult['outside'];
  sampleSpacingKm: number;
}

/** Worker → main thread: exactly one message per request. 'error' carries a configuration error
 * (computeCoverage throws only on those) or a bug, as text. */
export type CoverageResponse = { type: 'done'; result: SerialCoverageResult } | { type: 'error'; message: string };

export function toCoverageRequest(input: CoverageInput): CoverageRequest {
  return { type: 'coverage', input: { ...input, demand: [...input.demand] } };
}

export function fromCoverageRequest(request: CoverageRequest): CoverageInput {
  return { ...request.input, demand: new Map(request.input.demand) };
}

export function toSerialResult(result: CoverageResult): SerialCoverageResult {
  return { byUnit: [...result.byUnit], outside: result.outside, sampleSpacingKm: result.sampleSpacingKm };
}

export function fromSerialResult(result: SerialCoverageResult): CoverageResult {
  return { byUnit: new Map(result.byUnit), outside: result.outside, sampleSpacingKm: result.sampleSpacingKm };
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
