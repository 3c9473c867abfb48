import { buildFacilities, detectFacilityColumns } from '../../facilities/buildFacilities';
import { isUnitKey } from '../join/matchKey';
import { detectColumns } from './detectColumns';
import { fileError } from './importIssue';
import { parseBytes, rejectedFile, type ParsedFile } from './parseBytes';

/** Main thread → worker. A File is a Blob, and Blobs cross by reference: the worker reads the
 * bytes itself, so they are never copied through the main thread. */
export interface ParseRequest {
  type: 'parse';
  name: string;
  file: Blob;
}

/** Worker → main thread: progress (0–1, at most ~100 messages) and then exactly one result. */
export type ParseResponse = { type: 'progress'; fraction: number } | { type: 'done'; result: ParsedFile };

/** Progress is posted only when it has advanced this much, to keep the message queue short. */
const PROGRESS_STEP = 0.01;

/**
 * Reads and parses one file, posting progress and then the result. Used by the worker and by the
 * in-thread fallback, so both behave the same. Never rejects: a read failure is 'unreadable-file'.
 */
export async function handleParseRequest(request: ParseRequest, post: (message: ParseResponse) => void): Promise<void> {
  let last = -1;
  const progress = (fraction: number) => {
    if (fraction >= 1 || fraction - last >= PROGRESS_STEP) {
      last = fraction;
      post({ type: 'progress', fraction });
    }
  };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.file.arrayBuffer());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    post({ type: 'done', result: rejectedFile(request.name, request.file.size, fileError('unreadable-file', { detail })) });
    return;
  }
  const result = parseBytes(request.name, bytes, progress);
  // Column roles are guessed here too, off the main thread: on a 50,000-row file the guess
  // (a province match per sampled cell) blocked the page for about half a second.
  // Facilities are built here as well when the file has points, for the same reason.
  const points = [...result.points, ...result.outside];
  const facilities =
    points.length > 0
      ? buildFacilities(points, detectFacilityColumns(result.table.columns), {
          fileName: request.name,
          idPrefix: `f${Date.now().toString(36).slice(-5)}`,
          rowKind: result.table.format === 'geojson' ? 'feature' : 'line',
        })
      : undefined;
  post({ type: 'done', result: { ...result, guess: detectColumns(result.table, isUnitKey), facilities } });
}
