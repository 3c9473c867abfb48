import { buildFacilities, detectFacilityColumns } from './buildFacilities';
import type { Facility } from '../../facilities/facility';
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

/**
 * Worker → main thread: progress (0–1, at most ~100 messages), then the table's rows and the
 * facilities in chunks, then exactly one 'done' whose result has those arrays empty.
 *
 * Why chunks: the receiving thread copies a message in one task, before any script runs. A
 * 50,000-row facility file in one message blocked the page for about 0.3 s; in chunks of
 * CHUNK_ROWS each copy is a task of its own, and the page stays responsive between them.
 */
export type ParseResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'rows'; rows: string[][]; rowNumbers: number[] }
  | { type: 'facilities'; facilities: Facility[] }
  | { type: 'done'; result: ParsedFile };

/** Progress is posted only when it has advanced this much, to keep the message queue short. */
const PROGRESS_STEP = 0.01;
/** Rows (or facilities) per message: about 10 ms to copy 5,000 rows of 7 cells on this machine. */
export const CHUNK_ROWS = 5_000;

/**
 * Reads and parses one file, posting progress, the chunks and then the result. Used by the worker
 * and by the in-thread fallback, so both behave the same. Never rejects: a read failure is
 * 'unreadable-file'.
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
  // Facilities are built here as well when the file has points, for the same reason; the points
  // themselves then stay here (they repeat the table's cells, and the facilities carry them on).
  const points = [...result.points, ...result.outside];
  const facilities =
    points.length > 0
      ? buildFacilities(points, detectFacilityColumns(result.table.columns), {
          fileName: request.name,
          idPrefix: `f${Date.now().toString(36).slice(-5)}`,
          rowKind: result.table.format === 'geojson' ? 'feature' : 'line',
        })
      : undefined;
  const guess = detectColumns(result.table, isUnitKey);
  const { rows, rowNumbers } = result.table;
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    post({ type: 'rows', rows: rows.slice(i, i + CHUNK_ROWS), rowNumbers: rowNumbers.slice(i, i + CHUNK_ROWS) });
  }
  const all = facilities?.facilities ?? [];
  for (let i = 0; i < all.length; i += CHUNK_ROWS) post({ type: 'facilities', facilities: all.slice(i, i + CHUNK_ROWS) });
  post({
    type: 'done',
    result: {
      ...result,
      table: { ...result.table, rows: [], rowNumbers: [] },
      ...(facilities ? { points: [], outside: [], pointCount: points.length, facilities: { ...facilities, facilities: [] } } : {}),
      guess,
    },
  });
}

/**
 * The receiving side of handleParseRequest: feed it every message; it returns the whole
 * ParsedFile, chunks put back in order, when 'done' arrives, and null before.
 */
export function createResultCollector(onProgress?: (fraction: number) => void): (message: ParseResponse) => ParsedFile | null {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const facilities: Facility[] = [];
  // push(...chunk) would put 5,000 arguments on the stack; a loop is as fast and has no limit.
  const append = <T>(to: T[], from: readonly T[]) => {
    for (const x of from) to.push(x);
  };
  return (message) => {
    switch (message.type) {
      case 'progress':
        onProgress?.(message.fraction);
        return null;
      case 'rows':
        append(rows, message.rows);
        append(rowNumbers, message.rowNumbers);
        return null;
      case 'facilities':
        append(facilities, message.facilities);
        return null;
      case 'done': {
        const r = message.result;
        const table = rows.length > 0 ? { ...r.table, rows, rowNumbers } : r.table;
        return { ...r, table, ...(r.facilities && facilities.length > 0 ? { facilities: { ...r.facilities, facilities } } : {}) };
      }
    }
  };
}
