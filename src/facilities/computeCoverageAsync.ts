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
 *   code runs in-thread, after a microtask.
 * - Resolves to what computeCoverage returns; rejects with an Error exactly when computeCoverage
 *   would throw (a configuration error such as a negative radius), whichever thread ran it.
 * - Each call is independent: a caller that fires one per slider step should debounce, and ignore
 *   answers to superseded calls.
 */
export function computeCoverageAsync(input: CoverageInput): Promise<CoverageResult> {
  const request = toCoverageRequest(input);
  const facilities = input.facilities;
  if (typeof Worker === 'undefined') return inThread(request, facilities);

  return new Promise<CoverageResult>((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = new Worker(new URL('./coverageWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      inThread(request, facilities).then(resolve, reject);
      return;
    }
    const fallBack = (event: Event) => {
      // An error event means the worker script failed to load or run (handleCoverageRequest
      // itself never throws): compute in-thread rather than leave the user with nothing.
      event.preventDefault();
      worker.terminate();
      if (settled) return;
      settled = true;
      // The transferred buffers went with the failed worker: build the request again.
      inThread(toCoverageRequest(input), facilities).then(resolve, reject);
    };
    worker.onmessage = (event: MessageEvent<CoverageResponse>) => {
      worker.terminate();
      if (settled) return;
      settled = true;
      settle(event.data, facilities, resolve, reject);
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    worker.postMessage(request, transferables(request));
  });
}

async function inThread(request: CoverageRequest, facilities: CoverageInput['facilities']): Promise<CoverageResult> {
  // Loaded only here: with a worker, the page never needs computeCoverage (or turf) itself.
  const { handleCoverageRequest } = await import('./handleCoverageRequest');
  return new Promise((resolve, reject) => settle(handleCoverageRequest(request), facilities, resolve, reject));
}

function settle(
  response: CoverageResponse,
  facilities: CoverageInput['facilities'],
  resolve: (r: CoverageResult) => void,
  reject: (e: Error) => void,
): void {
  if (response.type === 'done') resolve(fromSerialResult(response.result, facilities));
  else reject(new Error(response.message));
}
