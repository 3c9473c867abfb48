import { runInWorker } from '../../util/runInWorker';
import type { BundleRead } from './parseBundle';

/** What the bundle worker is asked and answers: a file to read, its reading (or why it could not be read). */
export type BundleWorkerAnswer = { type: 'read'; read: BundleRead } | { type: 'failed'; message: string };

/** Reads a file as a bundle: its text, then parseBundle. Never throws; a file the browser cannot read is refused as not JSON. */
export async function handleBundleRequest(file: Blob): Promise<BundleWorkerAnswer> {
  try {
    const { parseBundle } = await import('./parseBundle');
    return { type: 'read', read: parseBundle(await file.text()) };
  } catch (err) {
    return { type: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Reads a bundle off the main thread (bundleWorker.ts): a bundle with a 3,000-county set is about
 * 9 MB, and decoding, JSON.parse and the field-by-field check took 330–380 ms here in one task
 * (1.3 s cold). Without a worker (tests, a module worker refused from file://) it runs in-thread.
 */
export async function readBundleFile(file: Blob): Promise<BundleRead> {
  const answer = await runInWorker<Blob, BundleWorkerAnswer, BundleWorkerAnswer>({
    makeWorker: () => new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' }),
    request: file,
    onMessage: (m) => m,
    inThread: () => handleBundleRequest(file),
  });
  return answer.type === 'read' ? answer.read : { ok: false, refusal: { reason: 'not-json', detail: answer.message } };
}
