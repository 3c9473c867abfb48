// Module worker that reads and checks a bundle file off the main thread. Created by readBundleFile
// with `new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' })`, which Vite
// bundles as a separate chunk.
import { handleBundleRequest, type BundleWorkerAnswer } from './readBundleFile';

/** The part of DedicatedWorkerGlobalScope we use; the project's lib is DOM, where `self` is a Window. */
interface BundleWorkerScope {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(message: BundleWorkerAnswer): void;
}

const scope = self as unknown as BundleWorkerScope;
scope.onmessage = (event) => {
  void handleBundleRequest(event.data).then((answer) => scope.postMessage(answer));
};
