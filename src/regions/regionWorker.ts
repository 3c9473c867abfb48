// Module worker that reads, checks and simplifies a region file off the main thread. Created by
// readRegionsAsync with `new Worker(new URL('./regionWorker.ts', import.meta.url), { type: 'module' })`,
// which Vite bundles as a separate chunk.
import { packRegions } from './packRegions';
import { handleRegionRequest, type RegionRequest, type RegionResponse } from './regionWorkerProtocol';

/** The part of DedicatedWorkerGlobalScope we use; the project's lib is DOM, where `self` is a Window. */
interface RegionWorkerScope {
  onmessage: ((event: MessageEvent<RegionRequest>) => void) | null;
  postMessage(message: RegionResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as RegionWorkerScope;
scope.onmessage = (event) => {
  void handleRegionRequest(event.data).then((response) => {
    if (response.type !== 'done') return scope.postMessage(response, []);
    // The regions in two typed arrays, transferred: nested arrays are copied position by position
    // on arrival, in one task on the page's thread.
    const packed = packRegions(response.report.regions);
    scope.postMessage({ type: 'packed', report: { ...response.report, regions: [] }, packed }, [packed.structure.buffer, packed.coords.buffer]);
  });
};
