import { nextTask } from '../util/nextTask';
import { runInWorker } from '../util/runInWorker';
import { unpackRegionsLazily } from './packRegions';
import type { RegionParseOptions } from './parseRegions';
import type { RegionReport } from './regionReport';
import type { RegionRequest, RegionResponse } from './regionWorkerProtocol';

/**
 * Reads a region file into a report off the main thread (regionWorker.ts): JSON parsing, the
 * checks (turf's kinks on every ring) and simplification of 3,000 counties would otherwise hold
 * the page for seconds. Without a worker (tests, a module worker refused from file://) the same
 * code runs in-thread. Rejects only on a bug; a bad file is a report that says so.
 */
export function readRegionsAsync(file: Blob, name: string, options: RegionParseOptions = {}): Promise<RegionReport> {
  const request: RegionRequest = { type: 'regions', name, file, options };
  return runInWorker<RegionRequest, RegionResponse, RegionResponse>({
    makeWorker: () => new Worker(new URL('./regionWorker.ts', import.meta.url), { type: 'module' }),
    request,
    onMessage: (response) => response,
    inThread: async () => (await import('./regionWorkerProtocol')).handleRegionRequest(request),
  }).then(async (response) => {
    if (response.type === 'done') return response.report;
    if (response.type === 'packed') {
      // In a task of its own, after the message's arrival; each geometry is read on first use.
      await nextTask();
      return { ...response.report, regions: unpackRegionsLazily(response.packed) };
    }
    throw new Error(response.message);
  });
}
