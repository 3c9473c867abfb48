// Module worker that reads, checks and simplifies a region file off the main thread. Created by
// readRegionsAsync with `new Worker(new URL('./regionWorker.ts', import.meta.url), { type: 'module' })`,
// which Vite bundles as a separate chunk.
import { handleRegionRequest, type RegionRequest, type RegionResponse } from './regionWorkerProtocol';

/** The part of DedicatedWorkerGlobalScope we use; the project's lib is DOM, where `self` is a Window. */
interface RegionWorkerScope {
  onmessage: ((event: MessageEvent<RegionRequest>) => void) | null;
  postMessage(message: RegionResponse): void;
}

const scope = self as unknown as RegionWorkerScope;
scope.onmessage = (event) => {
  void handleRegionRequest(event.data).then((response) => scope.postMessage(response));
};
