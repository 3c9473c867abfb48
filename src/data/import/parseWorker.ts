// Module worker that parses one dropped file off the main thread. Created by parseFile with
// `new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' })`, which Vite
// bundles as a separate chunk.
import { handleParseRequest, type ParseRequest, type ParseResponse } from './parseWorkerProtocol';

/** The part of DedicatedWorkerGlobalScope we use; the project's lib is DOM, where `self` is a
 * Window. */
interface ParseWorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
}

const scope = self as unknown as ParseWorkerScope;
scope.onmessage = (event) => {
  void handleParseRequest(event.data, (message) => scope.postMessage(message));
};
