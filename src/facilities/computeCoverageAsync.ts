import { runInWorker } from '../util/runInWorker';
import type { CoverageInput, CoverageResult } from './computeCoverage';
import {
  fromSerialResult,
  toCoverageRequest,
  transferables,
  type CoverageRequest,
  type CoverageResponse,
} from './coverageWorkerProtocol';

/**
 * computeCoverage off the main thread, so that 50,000 facilities and a radius slider never freeze
 * the map.
 *
 * - Runs in a module Web Worker, terminated as soon as its answer arrives.
 * - Without `Worker` (tests, old runtimes), or when the worker cannot start (a module worker opened
 *   from file:// is blocked in some browsers: the atlas is meant to run from a USB stick), the same
 *   code runs in-thread (runInWorker).
 * - Resolves to what computeCoverage returns; rejects with an Error exactly when computeCoverage
 *   would throw (a configuration error such as a negative radius), whichever thread ran it.
 * - Each call is independent: a caller that fires one per slider step should debounce, and ignore
 *   answers to superseded calls.
 */
export function computeCoverageAsync(input: CoverageInput): Promise<CoverageResult> {
  const facilities = input.facilities;
  const request = toCoverageRequest(input);
  return runInWorker<CoverageRequest, CoverageResponse, CoverageResponse>({
    makeWorker: () => new Worker(new URL('./coverageWorker.ts', import.meta.url), { type: 'module' }),
    request,
    transfer: transferables(request),
    onMessage: (response) => response,
    // Its own request: the worker's took the transferred buffers.
    inThread: () => inThread(toCoverageRequest(input)),
  }).then((response) => {
    if (response.type === 'done') return fromSerialResult(response.result, facilities);
    throw new Error(response.message);
  });
}

async function inThread(request: CoverageRequest): Promise<CoverageResponse> {
  // Loaded only here: with a worker, the page never needs computeCoverage (or turf) itself.
  const { handleCoverageRequest } = await import('./handleCoverageRequest');
  return handleCoverageRequest(request);
}
