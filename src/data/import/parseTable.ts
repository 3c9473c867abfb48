import Papa from 'papaparse';
import { createIssueList, fileError, type ImportIssue } from './importIssue';
import { MAX_ROWS } from './limits';
import { locateJsonError } from './locateJsonError';
import { parseNumber } from './parseNumber';

export type TableFormat = 'csv' | 'tsv' | 'json' | 'geojson';
export type Delimiter = ',' | '\t' | ';';

/**
 * A table as the user wrote it: every cell a string (trimmed of surrounding whitespace, nothing
 * else changed), every row as long as `columns`. Numbers are read later, per column, by
 * `parseNumber`, so the rule applied can be shown and unreadable cells reported.
 */
export interface ParsedTable {
  /** Unique, non-empty column names ("value", "value (2)", "column 3"). */
  columns: string[];
  rows: string[][];
  /** rowNumbers[i] is what the user sees for rows[i]: the file line where a CSV record starts
   * (header = line 1 when it is the first line), or the 1-based index in a JSON array or GeoJSON
   * feature list. */
  rowNumbers: number[];
  format: TableFormat;
  /** The parse issues. In a ParsedFile, `ParsedFile.issues` is the complete list. */
  issues: ImportIssue[];
  /** For CSV/TSV: the delimiter used (sniffed unless given). */
  delimiter?: Delimiter;
}

export interface ParseTableOptions {
  /** Force a delimiter (e.g. tab for a .tsv file); otherwise it is sniffed. */
  delimiter?: Delimiter;
  /** Defaults to MAX_ROWS. */
  maxRows?: number;
  /** Fraction of the text parsed, 0–1. */
  onProgress?: (fraction: number) => void;
}

export function emptyTable(format: TableFormat, issues: ImportIssue[]): ParsedTable {
  return { columns: [], rows: [], rowNumbers: [], format, issues };
}

// Trim ASCII and Unicode white space, including the ideographic space U+3000 and no-break space.
const trimCell = (s: string) => s.trim();

// ————————————————————————————————————————————————————————————————— delimited text

/** Candidates in order of preference when two fit equally well: a tab rarely occurs inside
 * values, a comma often does (thousands separators, addresses). */
const DELIMITERS: readonly Delimiter[] = ['\t', ',', ';'];
const SNIFF_CHARS = 64 * 1024;
const SNIFF_RECORDS = 30;

/**
 * Picks the delimiter under which the first records most consistently have the same number of
 * fields (at least two). Papaparse's own guess is not used: it falls back to ',' on ragged or
 * blank-line-laden samples, which splits '省份;数值\n四川;1,5' on the decimal comma.
 * A file where no candidate gives two fields is one column wide; ',' is returned.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.length > SNIFF_CHARS ? text.slice(0, text.lastIndexOf('\n', SNIFF_CHARS) + 1 || SNIFF_CHARS) : text;
  let best: { d: Delimiter; share: number; width: number } | null = null;
  for (const d of DELIMITERS) {
    const { data } = Papa.parse<string[]>(sample, { delimiter: d, preview: SNIFF_RECORDS, skipEmptyLines: 'greedy' });
    const widths = data.map((r) => r.length);
    if (widths.length === 0) continue;
    const freq = new Map<number, number>();
    for (const w of widths) freq.set(w, (freq.get(w) ?? 0) + 1);
    let width = 0;
    let n = 0;
    for (const [w, f] of freq) if (f > n || (f === n && w > width)) [width, n] = [w, f];
    if (width < 2) continue;
    const share = n / widths.length;
    if (!best || share > best.share || (share === best.share && width > best.width)) best = { d, share, width };
  }
  return best?.d ?? ',';
}

/** Leading one-cell lines (a table title, NBS export metadata such as "指标：年末常住人口") are
 * skipped when they are followed by a header of at least two names none of which is a number. */
const MAX_TITLE_ROWS = 5;

interface RawRecord {
  cells: string[];
  line: number;
}

/**
 * CSV/TSV/semicolon text → table. Header row required. Blank lines (and lines whose cells are all
 * empty, as Excel writes them) are skipped. Ragged rows are padded with no data or cut, with a
 * warning naming the line. Unnamed trailing columns that hold no data (Excel's trailing commas)
 * are dropped silently; other blank or duplicate names are made unique with a warning.
 */
export function parseDelimited(text: string, options: ParseTableOptions = {}): ParsedTable {
  const maxRows = options.maxRows ?? MAX_ROWS;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return emptyTable('csv', [fileError('empty-file')]);
  text = normaliseLineEndings(text);

  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const format: TableFormat = delimiter === '\t' ? 'tsv' : 'csv';
  const rowIssues: ImportIssue[] = [];
  const preHeader: RawRecord[] = [];
  let header: RawRecord | null = null;
  let titles: RawRecord[] = [];
  const records: RawRecord[] = [];
  let tooMany = false;

  let line = 1; // line on which the next record starts
  let prevCursor = 0;
  let count = 0;

  const decideHeader = (recs: RawRecord[]) => {
    // recs: buffered records before a header was found; the first is the header.
    const [first, ...rest] = recs;
    header = first ?? null;
    records.push(...rest);
  };

  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step(result, parser) {
      const cursor = result.meta.cursor;
      const recordLine = line;
      line += countLineBreaks(text, prevCursor, cursor, result.meta.linebreak);
      prevCursor = cursor;
      if (++count % 2000 === 0) options.onProgress?.(cursor / text.length);

      for (const e of result.errors) {
        if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') {
          rowIssues.push({ code: 'malformed-csv', severity: 'warning', row: recordLine, field: null, detail: e.code });
        }
      }
      const cells = result.data.map(trimCell);
      const filled = cells.filter((c) => c !== '').length;
      if (filled === 0) return;
      const rec = { cells, line: recordLine };

      if (header === null) {
        if (filled >= 2 && preHeader.length > 0 && !cells.some(isNumberCell)) {
          titles = preHeader.splice(0); // all buffered records have one cell: they are titles
          header = rec;
        } else if (filled >= 2 || preHeader.length >= MAX_TITLE_ROWS) {
          preHeader.push(rec);
          decideHeader(preHeader.splice(0));
        } else {
          preHeader.push(rec);
        }
        return;
      }
      records.push(rec);
      if (records.length > maxRows) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (header === null) decideHeader(preHeader.splice(0));
  options.onProgress?.(1);

  const issues = createIssueList();
  const finalHeader = header as RawRecord | null;
  if (tooMany) {
    issues.add(fileError('too-many-rows', { expected: maxRows, actual: records.length }));
    return { ...emptyTable(format, issues.finish()), delimiter };
  }
  if (finalHeader === null) return { ...emptyTable(format, [fileError('empty-file')]), delimiter };

  for (const t of titles) {
    issues.add({ code: 'title-row-skipped', severity: 'warning', row: t.line, field: null, raw: t.cells.join(' ').trim() });
  }

  // Unnamed trailing columns with no data anywhere are Excel's trailing delimiters: drop them.
  let width = finalHeader.cells.length;
  while (width > 0 && finalHeader.cells[width - 1] === '' && records.every((r) => (r.cells[width - 1] ?? '') === '')) {
    width--;
  }
  const { names, issues: headerIssues } = uniqueColumnNames(finalHeader.cells.slice(0, width), finalHeader.line);
  for (const i of headerIssues) issues.add(i);
  if (names.length === 0) {
    issues.add(fileError('no-columns'));
    return { ...emptyTable(format, issues.finish()), delimiter };
  }

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (const rec of records) {
    const n = rec.cells.length;
    if (n < width) {
      rowIssues.push({ code: 'ragged-row', severity: 'warning', row: rec.line, field: null, expected: width, actual: n });
    } else if (n > width && rec.cells.slice(width).some((c) => c !== '')) {
      rowIssues.push({ code: 'ragged-row', severity: 'warning', row: rec.line, field: null, expected: width, actual: n });
    }
    rows.push(n === width ? rec.cells : n > width ? rec.cells.slice(0, width) : [...rec.cells, ...Array<string>(width - n).fill('')]);
    rowNumbers.push(rec.line);
  }
  rowIssues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  for (const i of rowIssues) issues.add(i);
  if (rows.length === 0) issues.add(fileError('no-rows'));

  return { columns: names, rows, rowNumbers, format, issues: issues.finish(), delimiter };
}

/**
 * Every CRLF, lone CR and LF becomes LF. Papaparse detects one line break for the whole file
 * (the first it sees), so a file pasted together from Windows, old Mac and Unix sources lost rows:
 * "a\r\nb\nc\rd" was two rows. Each CR, LF or CRLF counts as one line, as an editor shows it;
 * quoted line breaks become LF too.
 */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function isNumberCell(s: string): boolean {
  const p = parseNumber(s);
  return p.ok && p.value !== null;
}

/** Line breaks in text[from, to): the record's own terminator plus any inside quoted fields. */
function countLineBreaks(text: string, from: number, to: number, linebreak: string): number {
  const ch = linebreak === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Makes header names unique and non-empty: a blank name at position 3 becomes "column 3", a second
 * "value" becomes "value (2)". Each rename is a warning on the header row (or row null for JSON
 * keys, which have no row).
 */
export function uniqueColumnNames(
  raw: readonly string[],
  headerRow: number | null,
): { names: string[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const taken = new Set(raw.map(trimCell).filter((s) => s !== ''));
  const used = new Set<string>();
  const names = raw.map((original, index) => {
    const name = trimCell(original);
    if (name === '') {
      const given = freshName(`column ${index + 1}`, taken, used);
      issues.push({ code: 'blank-column-name', severity: 'warning', row: headerRow, field: given, expected: index + 1 });
      return given;
    }
    if (used.has(name)) {
      let k = 2;
      while (taken.has(`${name} (${k})`) || used.has(`${name} (${k})`)) k++;
      const given = `${name} (${k})`;
      used.add(given);
      issues.push({ code: 'duplicate-column', severity: 'warning', row: headerRow, field: given, raw: name });
      return given;
    }
    used.add(name);
    return name;
  });
  return { names, issues };
}

function freshName(base: string, taken: Set<string>, used: Set<string>): string {
  let name = base;
  for (let k = 2; taken.has(name) || used.has(name); k++) name = `${base} (${k})`;
  used.add(name);
  return name;
}

// ————————————————————————————————————————————————————————————————— JSON

/** A GeoJSON object found by parseJson, to be handed to parseGeoJson. */
export interface GeoJsonHandoff {
  geojson: unknown;
}

export function isGeoJsonHandoff(x: ParsedTable | GeoJsonHandoff): x is GeoJsonHandoff {
  return 'geojson' in x;
}

const GEOJSON_TYPES = new Set([
  'FeatureCollection', 'Feature', 'Point', 'MultiPoint', 'LineString', 'MultiLineString',
  'Polygon', 'MultiPolygon', 'GeometryCollection',
]);

/**
 * JSON text → table, or a GeoJSON object handed back for parseGeoJson. Tables:
 * - an array of objects (columns = union of keys in first-seen order), or of arrays whose first is
 *   a header of strings;
 * - {data: [...]}, {rows: [...]} or {records: [...]} around such an array;
 * - an object of primitives, {"四川省": 765000, …} → columns "key", "value";
 * - an object of objects, {"510000": {"name": …}, …} → column "key" plus the inner keys.
 * Values become strings: numbers via String(), booleans as 'true'/'false', null as '' (no data),
 * nested objects and arrays as JSON text. Row numbers are 1-based positions in the array (for the
 * object forms, in JavaScript's key order, which puts integer-like keys such as GB codes first and
 * ascending, whatever their order in the file).
 */
export function parseJson(text: string, options: Pick<ParseTableOptions, 'maxRows'> = {}): ParsedTable | GeoJsonHandoff {
  const maxRows = options.maxRows ?? MAX_ROWS;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return emptyTable('json', [fileError('empty-file')]);

  const deep = findDeepNesting(text, MAX_JSON_DEPTH);
  if (deep !== null) return emptyTable('json', [fileError('json-too-deep', { expected: MAX_JSON_DEPTH, ...lineColumn(text, deep) })]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return emptyTable('json', [malformedJson(text, e)]);
  }

  if (Array.isArray(value)) return tableFromArray(value, maxRows);
  if (!isPlainObject(value)) return emptyTable('json', [fileError('unsupported-json')]);

  const type = value['type'];
  if (typeof type === 'string' && GEOJSON_TYPES.has(type)) return { geojson: value };
  if (type === 'Topology') return emptyTable('json', [fileError('topojson')]);
  for (const k of ['data', 'rows', 'records']) {
    const inner = value[k];
    if (Array.isArray(inner)) return tableFromArray(inner, maxRows);
  }

  const entries = Object.entries(value);
  if (entries.length === 0) return emptyTable('json', [fileError('no-rows')]);
  if (entries.length > maxRows) return emptyTable('json', [fileError('too-many-rows', { expected: maxRows, actual: entries.length })]);
  if (entries.every(([, v]) => !isPlainObject(v) && !Array.isArray(v))) {
    return {
      columns: ['key', 'value'],
      rows: entries.map(([k, v]) => [trimCell(k), cellText(v)]),
      rowNumbers: entries.map((_, i) => i + 1),
      format: 'json',
      issues: [],
    };
  }
  if (entries.every(([, v]) => isPlainObject(v))) {
    return tableFromObjects(entries.map(([k, v]) => ({ key: k, ...(v as Record<string, unknown>) })));
  }
  return emptyTable('json', [fileError('unsupported-json')]);
}

/**
 * Tables need two or three levels and GeoJSON about eight (a MultiPolygon's coordinates inside a
 * FeatureCollection); anything past this is not a table, and walking it (cellText, geometry
 * checks) would overflow the stack: a file nested 10,000 deep gave an "internal error".
 */
export const MAX_JSON_DEPTH = 64;

/** The offset where [ or { nesting first exceeds `limit`, outside strings; null if it never does.
 * One pass over the text, no allocation. */
export function findDeepNesting(text: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return null;
}

function tableFromArray(items: unknown[], maxRows: number): ParsedTable {
  if (items.length === 0) return emptyTable('json', [fileError('no-rows')]);
  if (items.length > maxRows) return emptyTable('json', [fileError('too-many-rows', { expected: maxRows, actual: items.length })]);
  const first = items.find((x) => x !== null);
  return Array.isArray(first) ? tableFromArrays(items) : tableFromObjects(items);
}

function tableFromObjects(items: unknown[]): ParsedTable {
  const issues = createIssueList();
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  for (const item of items) {
    if (!isPlainObject(item)) continue;
    for (const k of Object.keys(item)) {
      if (!keyIndex.has(k)) {
        keyIndex.set(k, keys.length);
        keys.push(k);
      }
    }
  }
  if (keys.length === 0) return emptyTable('json', [fileError('no-columns')]);
  const { names, issues: nameIssues } = uniqueColumnNames(keys, null);
  for (const i of nameIssues) issues.add(i);

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  items.forEach((item, i) => {
    if (!isPlainObject(item)) {
      issues.add(notAnObject(item, i + 1));
      return;
    }
    const row = Array<string>(keys.length).fill('');
    for (const [k, v] of Object.entries(item)) row[keyIndex.get(k)!] = cellText(v);
    rows.push(row);
    rowNumbers.push(i + 1);
  });
  return { columns: names, rows, rowNumbers, format: 'json', issues: issues.finish() };
}

/** [["省份","值"],["四川省",765000]]: a header of strings first, else columns "column 1", …. */
function tableFromArrays(items: unknown[]): ParsedTable {
  const issues = createIssueList();
  const firstIndex = items.findIndex((x) => Array.isArray(x));
  const first = items[firstIndex] as unknown[];
  const hasHeader = first.every((c) => typeof c === 'string');
  // A loop, not Math.max(...items): spreading 200,000 arguments overflows the stack.
  const width = items.reduce<number>((w, x) => (Array.isArray(x) ? Math.max(w, x.length) : w), 0);
  const headerCells = hasHeader ? first.map((c) => String(c)) : Array.from({ length: width }, () => '');
  const { names, issues: nameIssues } = uniqueColumnNames(headerCells, hasHeader ? firstIndex + 1 : null);
  // Without a header the "column N" names are expected, not a problem worth a warning.
  if (hasHeader) for (const i of nameIssues) issues.add(i);

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  items.forEach((item, i) => {
    if (hasHeader && i === firstIndex) return;
    if (!Array.isArray(item)) {
      issues.add(notAnObject(item, i + 1));
      return;
    }
    if (item.length !== names.length) {
      issues.add({ code: 'ragged-row', severity: 'warning', row: i + 1, field: null, expected: names.length, actual: item.length });
    }
    rows.push(names.map((_, c) => cellText(item[c])));
    rowNumbers.push(i + 1);
  });
  if (rows.length === 0) issues.add(fileError('no-rows'));
  return { columns: names, rows, rowNumbers, format: 'json', issues: issues.finish() };
}

function notAnObject(item: unknown, row: number): ImportIssue {
  return { code: 'not-an-object', severity: 'warning', row, field: null, raw: String(JSON.stringify(item)).slice(0, 200) };
}

/** A JSON value as table text. null/undefined are no data (''). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return trimCell(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Engines word JSON errors differently: V8 (Node 20, Chrome) "… in JSON at position 42" and, in
 * newer versions, "(line 3 column 5)", but for some errors only `Unexpected token '}', "…" is not
 * valid JSON`; Firefox "… at line 3 column 5 of the JSON data"; Safari gives no position. We use
 * the engine's position when it gives one, else locateJsonError's, and keep the engine's text as
 * detail.
 */
export function malformedJson(text: string, e: unknown): ImportIssue {
  const message = e instanceof Error ? e.message : String(e);
  const issue = fileError('malformed-json', { detail: message });
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { ...issue, line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  const offset = pos ? Number(pos[1]) : locateJsonError(text);
  if (offset === null) return issue;
  return { ...issue, ...lineColumn(text, offset) };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
