import { UNIT_BY_ID, type UnitId } from '../geo/units';
import { checkPlausibility, isDrawable, type PlausibilityWarning } from './import/checkPlausibility';
import { combineValues, type CombineMethod } from './import/combineValues';
import type { ImportIssue } from './import/importIssue';
import { readRowYear } from './import/readRowYear';
import type { ParsedFile } from './import/parseBytes';
import type { NumberRule } from './import/parseNumber';
import { readNumberColumn } from './import/readNumberColumn';
import { detectSubProvince, provinceOfCode, type SubProvinceColumn } from './import/subProvince';
import type { IndicatorKind } from './indicator';
import { UNDATED_YEAR, type ImportedValue } from './importedDataset';
import { joinRows, type JoinInputRow, type JoinReport } from './join/joinRows';
import { isUnitKey, matchKey, type MatchVia } from './join/matchKey';
import { normaliseKey } from './join/normaliseKey';
import { stripAffixes } from './join/stripAffixes';

/** The columns the user picked for each role. */
export interface ImportChoice {
  key: string | null;
  value: string | null;
  year: string | null;
  /** The file's own source column (source, 来源, citation …), kept per row; optional. */
  source?: string | null;
}

export interface PreviewOptions {
  /** Row number → the unit the user picked for it. */
  overrides?: ReadonlyMap<number, UnitId>;
  /** How several rows for one province and year become one value; 'one' by default. */
  combine?: CombineMethod;
  /** For 'one': groupKey(unit, year) → the row number to use (the first when absent). */
  picks?: ReadonlyMap<string, number>;
  /** The kind of number, for the plausibility checks; 'count' by default. */
  kind?: IndicatorKind;
}

/**
 * How a row found its province, as the pairing list shows it: by code, ISO code, English or
 * pinyin name, Chinese name, another name (alias: old romanisation, 简称), the user's pick of the
 * suggested province, the user's own pick, or a county-level code's first two digits.
 */
export type PairingVia = Exclude<MatchVia, 'manual'> | 'alias' | 'suggestion' | 'manual' | 'county-code';

export interface Pairing {
  row: number;
  /** The key as written in the file. */
  key: string;
  unit: UnitId;
  via: PairingVia;
}

/** Two or more rows for one province and year, and what became of them. */
export interface CombinedGroup {
  /** groupKey(unit, year): what ImportController.pick takes to choose this group's row. */
  key: string;
  unit: UnitId;
  year: number;
  rows: number[];
  /** For 'one': the row used. */
  used: number | null;
  value: number | null;
}

export interface ImportPreview {
  /** Null until a key column is chosen. Shown before anything is applied. */
  report: JoinReport | null;
  /** Values that would be applied: one per unit and year (rows combined as chosen). */
  values: ImportedValue[];
  rules: NumberRule[];
  /** Cells that could not be read, naming row and column. */
  issues: ImportIssue[];
  /** Provinces (and years) whose rows have no value: they stay no data. */
  emptyValues: number;
  /** Every matched row and how it matched, in file order. */
  pairings: Pairing[];
  /** Provinces with several rows, in the order of their first row. */
  groups: CombinedGroup[];
  combine: CombineMethod;
  /** A column of county- or township-level rows, when the file has one. */
  subProvince: SubProvinceColumn | null;
  /** Rows matched through a county-level code's first two digits. */
  countyRows: number;
  warnings: PlausibilityWarning[];
}

export const groupKey = (unit: UnitId, year: number) => `${unit}|${year}`;

/** Sources from a file's own column are kept up to this many characters per value. */
const MAX_SOURCE_TEXT = 300;

/**
 * What applying `choice` to `file` would do, before it is done. Pure, so the dialog can re-run it
 * on every change of column, combination or manual match. Row numbers are the file's own.
 */
export function buildImportPreview(file: ParsedFile, choice: ImportChoice, options: PreviewOptions = {}): ImportPreview {
  const { table } = file;
  const overrides = options.overrides ?? new Map<number, UnitId>();
  const combine = options.combine ?? 'one';
  const keyIndex = choice.key === null ? -1 : table.columns.indexOf(choice.key);
  const sourceIndex = choice.source ? table.columns.indexOf(choice.source) : -1;
  const valueCol = choice.value === null ? null : readNumberColumn(table, choice.value);
  const yearCol = choice.year === null ? null : readNumberColumn(table, choice.year);
  const subProvince = detectSubProvince(table, isUnitKey);
  const warnings =
    valueCol && choice.value !== null && choice.value !== choice.year
      ? checkPlausibility({ column: choice.value, values: valueCol.values, rowNumbers: table.rowNumbers, kind: options.kind ?? 'count' })
      : [];
  const empty = { report: null, values: [], rules: valueCol?.rules ?? [], issues: valueCol?.issues ?? [], emptyValues: 0 };
  if (keyIndex < 0) return { ...empty, pairings: [], groups: [], combine, subProvince, countyRows: 0, warnings };

  const yearIssues: ImportIssue[] = [];
  const originalKey = new Map<number, string>();
  const countyCoded = new Set<number>();
  const indexOfRow = new Map<number, number>();
  const rows: JoinInputRow[] = table.rows.map((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 1;
    indexOfRow.set(row, i);
    const year = yearCol ? readRowYear(yearCol.values[i], row, choice.year ?? null, String(cells[table.columns.indexOf(choice.year as string)] ?? ''), yearIssues) : null;
    let key = cells[keyIndex] ?? '';
    // A county's code names its province in its first two digits (341524 Jinzhai → 340000 Anhui).
    const county = provinceOfCode(key);
    if (county !== null) {
      originalKey.set(row, key);
      countyCoded.add(row);
      key = county.province;
    }
    const v = valueCol?.values[i] ?? null;
    return { row, key, year, value: v !== null && isDrawable(v) ? v : null };
  });
  const report = joinRows(rows, overrides);
  // The report shows keys as written, not the province code a county code stood for.
  if (originalKey.size > 0) {
    const restore = <T extends { row: number; key: string }>(r: T): T => (originalKey.has(r.row) ? { ...r, key: originalKey.get(r.row)! } : r);
    report.matched = report.matched.map(restore);
    report.unmatched = report.unmatched.map(restore);
  }

  // A table repeats each key once per year: work out how each distinct key matched once.
  const viaCache = new Map<string, PairingVia>();
  const pairings = report.matched.map((m): Pairing => {
    const county = countyCoded.has(m.row);
    const k = `${m.key}\u0000${m.unit}\u0000${m.via}\u0000${county}`;
    let via = viaCache.get(k);
    if (via === undefined) viaCache.set(k, (via = pairingVia(m.key, m.unit, m.via, county)));
    return { row: m.row, key: m.key, unit: m.unit, via };
  });

  // Group matched rows by unit and year, in the order of each group's first row.
  const byGroup = new Map<string, { unit: UnitId; year: number; rows: number[]; values: (number | null)[] }>();
  for (const m of report.matched) {
    const year = m.year ?? UNDATED_YEAR;
    const k = groupKey(m.unit, year);
    const g = byGroup.get(k) ?? { unit: m.unit, year, rows: [], values: [] };
    byGroup.set(k, g);
    g.rows.push(m.row);
    g.values.push(m.value);
  }

  const values: ImportedValue[] = [];
  const groups: CombinedGroup[] = [];
  let emptyValues = 0;
  for (const [k, g] of byGroup) {
    let value: number | null;
    let row: number;
    let used: number | null = null;
    const numbers = g.values.filter((v): v is number => v !== null);
    if (combine === 'one' || g.rows.length === 1) {
      const picked = options.picks?.get(k);
      const at = picked !== undefined && g.rows.includes(picked) ? g.rows.indexOf(picked) : 0;
      row = g.rows[at]!;
      value = g.values[at] ?? null;
      used = row;
    } else {
      row = g.rows[0]!;
      value = numbers.length === 0 ? null : combineValues(numbers, combine);
    }
    if (g.rows.length > 1) groups.push({ key: k, unit: g.unit, year: g.year, rows: g.rows, used, value });
    if (value === null) {
      emptyValues++;
      continue;
    }
    const out: ImportedValue = { region: g.unit, year: g.year, value, row };
    if (g.rows.length > 1 && combine !== 'one') out.combined = numbers.length;
    if (sourceIndex >= 0) {
      const fromRows = used !== null ? [used] : g.rows;
      const texts = [...new Set(fromRows.map((r) => table.rows[indexOfRow.get(r)!]?.[sourceIndex] ?? '').filter((s) => s !== ''))];
      if (texts.length > 0) out.source = texts.join('; ').slice(0, MAX_SOURCE_TEXT);
    }
    values.push(out);
  }
  return {
    report,
    values,
    rules: valueCol?.rules ?? [],
    issues: [...(valueCol?.issues ?? []), ...yearIssues, ...(yearCol?.issues ?? [])],
    emptyValues,
    pairings,
    groups,
    combine,
    subProvince,
    countyRows: pairings.filter((p) => p.via === 'county-code').length,
    warnings,
  };
}

/** Splits the join's 'en'/'zh' into a unit's own name and its other names, and 'manual' into
 * taking the suggestion and another pick. */
function pairingVia(key: string, unit: UnitId, via: MatchVia, countyCode: boolean): PairingVia {
  if (countyCode) return 'county-code';
  if (via === 'manual') {
    const m = matchKey(key);
    return m.unit === null && m.suggestion === unit ? 'suggestion' : 'manual';
  }
  if (via !== 'en' && via !== 'zh') return via;
  const u = UNIT_BY_ID.get(unit)!;
  const own = new Set([u.en, u.zh, u.zhFull].map(normaliseKey));
  const plain = normaliseKey(key).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  // Bilingual labels ("四川 Sichuan") hold the own name in one script.
  const parts = [plain, plain.replace(/[^\p{Script=Han}]/gu, ''), plain.replace(/\p{Script=Han}/gu, '')];
  return parts.some((p) => stripAffixes(p).some((v) => own.has(v))) ? via : 'alias';
}
