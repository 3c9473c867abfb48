import { decodeText } from './decodeText';
import { detectLatLon, type ColumnGuess } from './detectColumns';
import type { BuiltFacilities } from './buildFacilities';
import { fileError, type ImportIssue } from './importIssue';
import { MAX_FILE_BYTES, MAX_ROWS } from './limits';
import { parseGeoJson, type PointRow } from './parseGeoJson';
import { emptyTable, isGeoJsonHandoff, parseDelimited, parseJson, type ParsedTable } from './parseTable';
import { readPoints } from './readPoints';
import type { RejectedRow } from '../../facilities/facility';

/** Everything read from one dropped file. Plain data: it crosses the worker boundary by
 * structured clone. */
export interface ParsedFile {
  name: string;
  bytes: number;
  /** 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'. */
  encoding: string;
  table: ParsedTable;
  /** Points inside China: GeoJSON Point/MultiPoint features, or rows of a table with lat/lon
   * columns (found by detectLatLon). */
  points: PointRow[];
  /** Valid points outside China, reported and kept apart. */
  outside: PointRow[];
  /** The complete list: decoding, parsing and points, in that order. Show this one. */
  issues: ImportIssue[];
  /** Column roles guessed where the file was parsed (the worker); absent from parseBytes alone. */
  guess?: ColumnGuess;
  /** The points as facilities, built where the file was parsed when it has points. When this is
   * present, `points` and `outside` are left empty (the facilities carry them) and `pointCount`
   * says how many there were. */
  facilities?: BuiltFacilities;
  pointCount?: number;
  /** Rows of a table of points that gave no point (missing or unreadable coordinates), every one,
   * with its reason; absent for GeoJSON and tables without coordinate columns. */
  rejected?: RejectedRow[];
}

export interface ParseBytesOptions {
  maxRows?: number;
}

type Sniffed = 'delimited' | 'tsv' | 'json' | 'xml';

/** Extensions we know; anything else is sniffed by content alone. */
const EXTENSION_FORMAT: Record<string, Sniffed> = {
  csv: 'delimited',
  txt: 'delimited',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  geojson: 'json',
  topojson: 'json',
  kml: 'xml',
  xml: 'xml',
  gpx: 'xml',
  html: 'xml',
  htm: 'xml',
};

/**
 * Decode → sniff the format by extension and content → parse. Pure and synchronous; never throws
 * (an exception here is a bug, reported as 'internal-error').
 *
 * Sniffing: content starting with '<' is XML/KML/HTML → 'unsupported-format'. Content starting
 * with '{' or '[' is JSON when it parses, even if the file is named .csv ('format-mismatch'
 * warning); a .json/.geojson file is always parsed as JSON, so its syntax error is what the user
 * sees. Everything else is delimited text; .tsv/.tab force a tab delimiter, others are sniffed.
 */
export function parseBytes(
  name: string,
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
  options: ParseBytesOptions = {},
): ParsedFile {
  try {
    return parseBytesOrThrow(name, bytes, onProgress, options);
  } catch (e) {
    return rejectedFile(name, bytes.length, fileError('internal-error', { detail: e instanceof Error ? e.message : String(e) }));
  }
}

/** How many points (inside and outside China) the file holds, wherever they were kept. */
export function pointCount(file: ParsedFile): number {
  return file.pointCount ?? file.points.length + file.outside.length;
}

export function rejectedFile(name: string, bytes: number, issue: ImportIssue, encoding = 'utf-8'): ParsedFile {
  return { name, bytes, encoding, table: emptyTable('csv', []), points: [], outside: [], issues: [issue] };
}

export function tooLargeFile(name: string, bytes: number): ParsedFile {
  return rejectedFile(name, bytes, fileError('file-too-large', { actual: bytes, expected: MAX_FILE_BYTES }));
}

function parseBytesOrThrow(
  name: string,
  bytes: Uint8Array,
  onProgress: ((fraction: number) => void) | undefined,
  options: ParseBytesOptions,
): ParsedFile {
  const maxRows = options.maxRows ?? MAX_ROWS;
  if (bytes.length > MAX_FILE_BYTES) return tooLargeFile(name, bytes.length);
  if (bytes.length === 0) return rejectedFile(name, 0, fileError('empty-file'));

  onProgress?.(0);
  const decoded = decodeText(bytes);
  const done = (table: ParsedTable, points: PointRow[] = [], outside: PointRow[] = [], more: ImportIssue[] = []): ParsedFile => {
    onProgress?.(1);
    return {
      name,
      bytes: bytes.length,
      encoding: decoded.encoding,
      table,
      points,
      outside,
      issues: [...decoded.issues, ...table.issues, ...more],
    };
  };
  if (decoded.issues.some((i) => i.severity === 'error')) return done(emptyTable('csv', []));
  onProgress?.(0.1);
  const text = decoded.text;
  if (text.trim() === '') return done(emptyTable('csv', [fileError('empty-file')]));

  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const byExtension = EXTENSION_FORMAT[ext];
  const first = text.trimStart()[0];
  const parseProgress = (f: number) => onProgress?.(0.1 + 0.85 * f);

  if (first === '<' || byExtension === 'xml') return done(emptyTable('csv', [fileError('unsupported-format')]));

  const mismatch: ImportIssue[] = [];
  let json: ReturnType<typeof parseJson> | null = null;
  if (byExtension === 'json') {
    json = parseJson(text, { maxRows });
  } else if (first === '{' || first === '[') {
    const attempt = parseJson(text, { maxRows });
    const failed = !isGeoJsonHandoff(attempt) && attempt.issues.some((i) => i.code === 'malformed-json');
    if (!failed) {
      json = attempt;
      if (byExtension) {
        mismatch.push({ code: 'format-mismatch', severity: 'warning', row: null, field: null, detail: `.${ext}`, raw: 'JSON' });
      }
    }
  }

  if (json && isGeoJsonHandoff(json)) {
    const geo = parseGeoJson(json.geojson, { maxRows });
    return done(geo.table, geo.points, geo.outside, mismatch);
  }
  const table = json ?? parseDelimited(text, { maxRows, onProgress: parseProgress, ...(byExtension === 'tsv' ? { delimiter: '\t' } : {}) });
  if (table.issues.some((i) => i.severity === 'error')) return done(table, [], [], mismatch);

  // A table with latitude/longitude columns is also a point layer (a list of facilities).
  const ll = detectLatLon(table);
  if (ll.lat === null || ll.lon === null) return done(table, [], [], mismatch);
  const pts = readPoints(table, ll.lat, ll.lon);
  const swapped: ImportIssue[] = ll.swapped
    ? [{ code: 'lat-lon-swapped', severity: 'warning', row: null, field: null, raw: `${ll.lon}, ${ll.lat}` }]
    : [];
  return { ...done(table, pts.points, pts.outside, [...mismatch, ...swapped, ...pts.issues]), rejected: pts.rejected };
}
