import { runInWorker } from '../../util/runInWorker';
import { MAX_FILE_BYTES } from './limits';
import { tooLargeFile, type ParsedFile } from './parseBytes';
import { createResultCollector, handleParseRequest, type ParseRequest, type ParseResponse } from './parseWorkerProtocol';

export { MAX_FILE_BYTES, MAX_ROWS } from './limits';
export { parseBytes, type ParsedFile, type ParseBytesOptions } from './parseBytes';

/**
 * Parses a dropped file off the main thread, so that a 50 MB CSV never freezes the page.
 *
 * - The size is checked first, from `file.size`: a file over MAX_FILE_BYTES is never read.
 * - The work runs in a module Web Worker that reads the file itself and posts progress (0–1).
 *   The worker is terminated as soon as the result arrives.
 * - Without `Worker` (tests, old runtimes), or when the worker cannot start (a module worker
 *   opened from file:// is blocked in some browsers: the atlas is meant to run from a USB stick),
 *   the same code runs in-thread.
 * - Never rejects: every failure is an issue in the result.
 */
export function parseFile(file: File, onProgress?: (fraction: number) => void): Promise<ParsedFile> {
  if (file.size > MAX_FILE_BYTES) return Promise.resolve(tooLargeFile(file.name, file.size));
  const request: ParseRequest = { type: 'parse', name: file.name, file };
  const collect = createResultCollector(onProgress);

  return runInWorker<ParseRequest, ParseResponse, ParsedFile>({
    makeWorker: () => new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' }),
    request,
    onMessage: (message) => collect(message) ?? undefined,
    inThread: () => parseInThread(request, onProgress),
  });
}

async function parseInThread(request: ParseRequest, onProgress?: (fraction: number) => void): Promise<ParsedFile> {
  let result: ParsedFile | null = null;
  const collect = createResultCollector(onProgress);
  await handleParseRequest(request, (message) => {
    result = collect(message) ?? result;
  });
  // handleParseRequest always posts a result before it resolves.
  return result!;
}
