/**
 * One request in a fresh module worker, with the same work in-thread as the fallback.
 *
 * - `makeWorker` is a factory, not a URL: Vite finds and bundles a worker only where
 *   `new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })` is written out.
 * - Without `Worker` (Node, tests, old runtimes), when the constructor throws, or when the worker
 *   fails to load or run (an 'error' or 'messageerror' event: a module worker opened from file://
 *   is blocked in some browsers, and the atlas is meant to run from a USB stick), `inThread` runs
 *   instead, so the user gets the same answer either way.
 * - `onMessage` sees every message; it returns the answer, or undefined while more are to come
 *   (progress, chunks). The worker is terminated as soon as the answer is there.
 * - `transfer` goes with the request; `inThread` must not rely on those buffers (after a failed
 *   start they went with the worker), so it builds its request anew.
 */
export function runInWorker<Request, Message, Answer>(options: {
  makeWorker: () => Worker;
  request: Request;
  transfer?: Transferable[];
  onMessage: (message: Message) => Answer | undefined;
  inThread: () => Promise<Answer>;
}): Promise<Answer> {
  const { makeWorker, request, transfer = [], onMessage, inThread } = options;
  if (typeof Worker === 'undefined') return inThread();
  return new Promise<Answer>((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = makeWorker();
    } catch {
      inThread().then(resolve, reject);
      return;
    }
    const finish = (settle: () => void) => {
      worker.terminate();
      if (settled) return;
      settled = true;
      settle();
    };
    const fallBack = (event: Event) => {
      // The worker script failed to load or run (the handlers themselves never throw).
      event.preventDefault();
      finish(() => inThread().then(resolve, reject));
    };
    worker.onmessage = (event: MessageEvent<Message>) => {
      if (settled) return;
      const answer = onMessage(event.data);
      if (answer !== undefined) finish(() => resolve(answer));
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    worker.postMessage(request, transfer);
  });
}
