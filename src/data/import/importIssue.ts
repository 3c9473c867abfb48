/**
 * Everything the user should know about a file they dropped, as plain data.
 *
 * Convention: an `error` with `row === null` means the whole file was rejected (nothing to map).
 * Row-level problems are `warning`s that name the row (and the field when there is one); the row
 * is kept, and a value that could not be read is *no data*, never zero.
 *
 * The message text lives in `src/view/importMessages.ts`; a mapped type there makes the compiler
 * refuse a code without an English and a Chinese sentence.
 */
export const IMPORT_ISSUE_CODES = [
  // whole file
  'file-too-large', // error; actual = bytes, expected = limit in bytes
  'unreadable-file', // error; the browser could not read the file (moved, locked, permission)
  'empty-file', // error; no bytes, or only whitespace
  'binary-file', // error; NUL bytes in the first 8 KB (an .xlsx, .xls, .zip, image …)
  'bad-encoding', // warning; neither UTF-8 nor GB18030 decoded cleanly, U+FFFD substituted
  'decoded-as-gb18030', // warning; not UTF-8, read as GB18030 (superset of GBK/GB2312)
  'decoded-as-utf16', // warning; UTF-16 without a byte-order mark, recognised by its NUL pattern
  'unsupported-format', // error; XML/KML/HTML or another format we do not read
  'format-mismatch', // warning; the extension says one format, the content is another
  'topojson', // error; TopoJSON is not GeoJSON
  'too-many-rows', // error; expected = limit, actual = rows counted (limit + 1 when stopped early)
  'internal-error', // error; a bug in this code: detail = the exception message
  // tables
  'malformed-csv', // warning on a row; detail = papaparse's code (MissingQuotes, InvalidQuotes)
  'malformed-json', // error; line/column where parsing stopped (engine's or locateJsonError's)
  'json-too-deep', // error; arrays/objects nested deeper than expected = MAX_JSON_DEPTH; line where it happens
  'unsupported-json', // error; valid JSON but not a table shape we know
  'no-columns', // error; nothing that could be a column name
  'no-rows', // error; a header (or an empty array, or no features) but no data rows
  'ragged-row', // warning on a row; expected = header fields, actual = fields in the row
  'duplicate-column', // warning; field = the new unique name, raw = the name as written
  'blank-column-name', // warning; field = the name given ("column 3"), expected = 1-based position
  'title-row-skipped', // warning on a row; a one-cell line above the header, e.g. a table title
  'not-an-object', // warning on a row; a JSON array element that is not an object
  // values
  'not-a-number', // warning on a row and field; raw = the text; the value is no data
  'no-numeric-column', // error; no column holds numbers, nothing to map
  'no-region-column', // warning; no column looks like province names or codes
  // geometry
  'areas-not-points', // warning; actual = features that are areas (polygons) or lines, and no points
  'invalid-geojson', // error; JSON that is not GeoJSON (no FeatureCollection/Feature/geometry)
  'invalid-feature', // warning on a feature; not a Feature object, skipped
  'invalid-geometry', // warning on a feature; bad type or coordinates: shape ignored, properties kept
  'missing-coordinates', // warning on a row of a table of points; field = the empty column, or null
  //   when both are empty; raw = "lon, lat" as written; the point is skipped (listed as rejected)
  'bad-coordinates', // warning; not WGS 84 degrees (projected CRS?) or not numbers; point skipped
  'point-outside-china', // warning; outside 73–136°E, 3–54°N: kept in `outside`; detail 'looks-swapped'
  //   when [lat, lon] would be inside (then the point may not even be valid degrees)
  'lat-lon-swapped', // warning; the columns named lat/lon hold each other's ranges; read swapped
  // bookkeeping
  'more-issues', // warning; detail = the code that was capped, actual = how many more
] as const;

export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export type ImportIssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  code: ImportIssueCode;
  severity: ImportIssueSeverity;
  /** The row the user sees: a CSV line number (header = line 1), a 1-based JSON array index or a
   * 1-based GeoJSON feature index (then `rowKind` is 'feature'). `null` for the whole file. */
  row: number | null;
  /** The column (after renaming to unique names), or null. */
  field: string | null;
  /** The offending text as written; messages truncate it to 60 characters. */
  raw?: string;
  /** A machine-readable hint (a papaparse error code, the JS engine's JSON message, 'looks-swapped'
   * …); never shown as the message itself because it is not translated. */
  detail?: string;
  /** 'feature' when `row` counts GeoJSON features rather than lines or records. */
  rowKind?: 'line' | 'record' | 'feature';
  /** Numbers the message needs: a limit, a count, a field count (see each code). */
  expected?: number;
  actual?: number;
  /** Where JSON parsing stopped (1-based), when the engine reports it. */
  line?: number;
  column?: number;
}

/** At most this many issues of one code are listed; the rest become one 'more-issues' summary, so
 * a 200,000-row file with a bad column yields a readable list rather than 200,000 warnings. */
export const MAX_ISSUES_PER_CODE = 50;

export interface IssueList {
  add(issue: ImportIssue): void;
  /** True when at least one error (whole-file rejection) has been added. */
  hasError(): boolean;
  /** The listed issues in the order added, followed by one 'more-issues' summary per capped code. */
  finish(): ImportIssue[];
}

export function createIssueList(limitPerCode = MAX_ISSUES_PER_CODE): IssueList {
  const listed: ImportIssue[] = [];
  const perCode = new Map<ImportIssueCode, number>();
  const suppressed = new Map<ImportIssueCode, number>();
  let error = false;
  return {
    add(issue) {
      if (issue.severity === 'error') error = true;
      const n = (perCode.get(issue.code) ?? 0) + 1;
      perCode.set(issue.code, n);
      // Errors are never capped: each one rejects the file and must be seen.
      if (n <= limitPerCode || issue.severity === 'error') listed.push(issue);
      else suppressed.set(issue.code, (suppressed.get(issue.code) ?? 0) + 1);
    },
    hasError: () => error,
    finish() {
      const out = listed.slice();
      for (const [code, more] of suppressed) {
        out.push({ code: 'more-issues', severity: 'warning', row: null, field: null, detail: code, actual: more });
      }
      return out;
    },
  };
}

export function fileError(code: ImportIssueCode, extra: Partial<ImportIssue> = {}): ImportIssue {
  return { code, severity: 'error', row: null, field: null, ...extra };
}

/** True when the issues reject the whole file. */
export function isRejected(issues: readonly ImportIssue[]): boolean {
  return issues.some((i) => i.severity === 'error' && i.row === null);
}
