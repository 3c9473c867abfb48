// Module worker that computes facility coverage off the main thread. Created by
// computeCoverageAsync with `new Worker(new URL('./coverageWorker.ts', import.meta.url),
// { type: 'module' })`, which Vite bundles as a separate chunk.
import type { CoverageRequest, CoverageResponse } from './coverageWorkerProtocol';
import { handleCoverageRequest } from './handleCoverageRequest';

/** The part of DedicatedWorkerGlobalScope we use; the project's lib is DOM, where `self` is a
 * Window. */
interface CoverageWorkerScope {
  onmessage: ((event: MessageEvent<CoverageRequest>) => void) | null;
  postMessage(message: CoverageResponse): void;
}

const scope = self as unknown as CoverageWorkerScope;
scope.onmessage = (event) => {
  scope.postMessage(handleCoverageRequest(event.data));
};
