import { bareName } from './detectColumns';
import { createIssueList, type ImportIssue } from './importIssue';
import type { PointRow } from './parseGeoJson';
import { parseNumber } from './parseNumber';
import { isFacilityType, type Facility, type FacilityType } from '../../facilities/facility';

/** The column holding each facility attribute, or null when the file has none. */
export interface FacilityColumns {
  name: string | null;
  type: string | null;
  capacity: string | null;
  opened: string | null;
  source: string | null;
}

type Role = keyof FacilityColumns;

/**
 * Header names per role, compared after normaliseHeader. `exact` wins over `loose` in every
 * column; within one list the first column in table order wins. Roles are filled in the order of
 * this table, and a column serves one role only.
 */
const HEADERS: Record<Role, { exact: readonly string[]; loose: RegExp }> = {
  name: {
    exact: ['name', 'facility', 'facility name', 'site name', 'title', '名称', '机构名称', '设施名称', '站点名称', '名字', '机构'],
    loose: /\bname\b|名称$/,
  },
  type: {
    exact: ['type', 'kind', 'category', 'facility type', '类型', '类别', '种类', '机构类型', '设施类型'],
    loose: /\btype\b|类型$|类别$/,
  },
  capacity: {
    exact: ['capacity', 'beds', 'places', '容量', '床位', '床位数', '人数', '容纳人数', '可容纳人数', '服务人数'],
    loose: /capacity|容量|床位|人数$/,
  },
  opened: {
    exact: ['opened', 'year', 'year opened', 'opening year', 'established', 'founded', '建成年份', '成立年份', '建立年份', '年份', '建成时间', '成立时间'],
    loose: /\byear\b|opened|established|founded|建成|成立|年份$/,
  },
  source: {
    exact: ['source', 'data source', '来源', '数据来源', '资料来源'],
    loose: /source|来源/,
  },
};

/** A name column must not be the name of a place: "province name", "县名称" hold places. */
const PLACE_NAME = /province|city|county|region|town|village|省|市|县|区|乡|镇|村/;

function normaliseHeader(h: string): string {
  return bareName(h.normalize('NFKC')).toLowerCase().replace(/[\s_\-.]+/g, ' ').trim();
}

/**
 * Guesses which columns hold a facility's name, type, capacity, year opened and source, from
 * English and Chinese header names (brackets such as "容量（人）" are ignored; case and `_ - .`
 * separators too). Pure; the import dialog may let the user override it.
 */
export function detectFacilityColumns(columns: readonly string[]): FacilityColumns {
  const taken = new Set<string>();
  const normalised = columns.map((c) => ({ column: c, header: normaliseHeader(c) }));
  const pick = (role: Role): string | null => {
    const { exact, loose } = HEADERS[role];
    const free = normalised.filter((c) => !taken.has(c.column));
    const hit =
      free.find((c) => exact.includes(c.header)) ??
      free.find((c) => loose.test(c.header) && !(role === 'name' && PLACE_NAME.test(c.header)));
    if (!hit) return null;
    taken.add(hit.column);
    return hit.column;
  };
  const name = pick('name');
  const type = pick('type');
  const capacity = pick('capacity');
  const opened = pick('opened');
  const source = pick('source');
  return { name, type, capacity, opened, source };
}

/**
 * Reads a facility type as planners write it, forgivingly (case, full-width letters, apostrophes,
 * spaces and `_ -` are ignored). Rules are tried in this order, first match wins:
 * 1. the ids themselves: 'home', 'centre', 'school', 'other';
 * 2. home: 儿童之家 (so also 留守儿童之家), 儿童家园, or the word "home" (children's home);
 * 3. centre: 活动中心, 活动室, 活动站, or the words activity, centre, center, room;
 * 4. school: 寄宿, 学校, or the word school (boarding school);
 * 5. anything else, and an empty cell, is 'other': an unknown type is not an error.
 * So "留守儿童之家（活动室）" is a home, and "school activity room" a centre.
 */
export function parseFacilityType(raw: string): FacilityType {
  const s = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[\s_\-]+/g, ' ')
    .trim();
  if (isFacilityType(s)) return s;
  if (/儿童之家|儿童家园/.test(s) || /\bhomes?\b/.test(s)) return 'home';
  if (/活动中心|活动室|活动站/.test(s) || /\b(activity|activities|centres?|centers?|rooms?)\b/.test(s)) return 'centre';
  if (/寄宿|学校/.test(s) || /\bschools?\b/.test(s)) return 'school';
  return 'other';
}

/** Years accepted for "opened". Earlier or later figures are typos or not years. */
export const OPENED_RANGE = { min: 1900, max: 2100 } as const;

/** '2012', '２０１２', '2012年', '2012-06', '2012/6/1', '2012年6月' → 2012. */
const DATED_YEAR = /^(\d{4})(?:年.*|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)$/;

type ReadResult = { value: number | null; problem: null | 'unreadable' | 'negative' | 'not-a-year' };

function readCapacity(text: string): ReadResult {
  const n = parseNumber(text);
  if (!n.ok) return { value: null, problem: 'unreadable' };
  if (n.value !== null && n.value < 0) return { value: null, problem: 'negative' };
  return { value: n.value, problem: null };
}

function readYear(text: string): ReadResult {
  const trimmed = text.normalize('NFKC').trim();
  const n = parseNumber(trimmed);
  if (n.ok && n.value === null) return { value: null, problem: null };
  const year = n.ok ? n.value : Number(DATED_YEAR.exec(trimmed)?.[1] ?? NaN);
  if (year === null || Number.isNaN(year)) return { value: null, problem: 'unreadable' };
  if (!Number.isInteger(year) || year < OPENED_RANGE.min || year > OPENED_RANGE.max) return { value: null, problem: 'not-a-year' };
  return { value: year, problem: null };
}

export interface BuildFacilitiesOptions {
  /** The dropped file: the source of rows without a source column. */
  fileName: string;
  /** Facility ids are `${idPrefix}-${row}`. */
  idPrefix: string;
  /** How `row` counts in issues: 'feature' for GeoJSON; default 'line' (CSV). */
  rowKind?: 'line' | 'record' | 'feature';
}

export interface BuiltFacilities {
  facilities: Facility[];
  /** Row-level warnings ('not-a-number' with row, field and raw text), capped per code. */
  issues: ImportIssue[];
}

/**
 * Turns imported points into facilities. Pure; never throws; does not mutate its input.
 *
 * - name: the name cell, trimmed, as plain text ('' when absent).
 * - type: parseFacilityType of the type cell; unknown or empty → 'other', silently.
 * - capacity: parseNumber of the capacity cell. Missing ('', '-', 'NA', '无' …) → null, never 0.
 *   Unreadable → null and a 'not-a-number' warning naming row and field; a negative figure the
 *   same, with detail 'negative'.
 * - opened: a year 1900–2100, also '2012年', '2012-06', '2012/6/1'; unreadable → 'not-a-number'
 *   warning (detail 'not-a-year' for a number that is not a plausible year).
 * - source: the source cell, or the file name when the row has none.
 * - id: `${idPrefix}-${row}`. A GeoJSON MultiPoint gives several points with the same row; the
 *   second and later get `${idPrefix}-${row}-2`, `-3` …, so ids stay unique.
 *
 * Pass the file's `outside` points too (`[...points, ...outside]`): computeCoverage lists the
 * facilities that fall in no province, so nothing is dropped silently.
 */
export function buildFacilities(points: readonly PointRow[], columns: FacilityColumns, opts: BuildFacilitiesOptions): BuiltFacilities {
  const issues = createIssueList();
  const rowKind = opts.rowKind ?? 'line';
  const seenRows = new Map<number, number>();
  const facilities = points.map((p): Facility => {
    const cell = (column: string | null): string => (column === null ? '' : (p.props[column] ?? ''));
    const warn = (field: string | null, raw: string, problem: ReadResult['problem']) => {
      if (problem === null) return;
      issues.add({
        code: 'not-a-number',
        severity: 'warning',
        row: p.row,
        rowKind,
        field,
        raw,
        ...(problem === 'unreadable' ? {} : { detail: problem }),
      });
    };
    const capacityText = cell(columns.capacity);
    const capacity = readCapacity(capacityText);
    warn(columns.capacity, capacityText, capacity.problem);
    const openedText = cell(columns.opened);
    const opened = readYear(openedText);
    warn(columns.opened, openedText, opened.problem);

    const times = (seenRows.get(p.row) ?? 0) + 1;
    seenRows.set(p.row, times);
    return {
      id: times === 1 ? `${opts.idPrefix}-${p.row}` : `${opts.idPrefix}-${p.row}-${times}`,
      name: cell(columns.name).trim(),
      type: parseFacilityType(cell(columns.type)),
      capacity: capacity.value,
      opened: opened.value,
      source: cell(columns.source).trim() || opts.fileName,
      lon: p.lon,
      lat: p.lat,
      row: p.row,
    };
  });
  return { facilities, issues: issues.finish() };
}
