import type { ImportChoice } from '../data/buildImportPreview';
import { checkPlausibility, isDrawable, type PlausibilityWarning } from '../data/import/checkPlausibility';
import type { ImportIssue } from '../data/import/importIssue';
import type { ParsedFile } from '../data/import/parseBytes';
import type { NumberRule } from '../data/import/parseNumber';
import type { ParsedTable } from '../data/import/parseTable';
import { readNumberColumn } from '../data/import/readNumberColumn';
import { readRowYear } from '../data/import/readRowYear';
import type { IndicatorKind } from '../data/indicator';
import { UNDATED_YEAR, type ImportedRegionValue } from '../data/importedDataset';
import { isUnitKey } from '../data/join/matchKey';
import { joinRegionRows, type RegionJoinInputRow, type RegionJoinReport, type RegionMatchedRow, type RegionMatchVia } from './joinRegionRows';
import { combineValues, type CombineMethod } from '../data/import/combineValues';
import type { RegionSet } from './regionSet';

/** The columns picked for a table joined to regions: the province join's, and a province column for namesakes. */
export interface RegionImportChoice extends ImportChoice {
  /** A column naming each row's province (a name, code or ISO code), telling 朝阳区s apart; optional. */
  province: string | null;
}

/** How a row found its region, as the review counts them: 'province' is a name chosen among namesakes by the row's province. */
export type RegionPairingVia = RegionMatchVia | 'province';

export interface RegionImportPreview {
  /** Null until a key column is chosen. */
  report: RegionJoinReport | null;
  /** Values that would be applied: one per region and year; for duplicates, the first row. */
  values: ImportedRegionValue[];
  rules: NumberRule[];
  /** Cells that could not be read (values, years), naming row and column. */
  issues: ImportIssue[];
  /** Matched regions (and years) whose row has no value: they stay no data. */
  emptyValues: number;
  /** Matched rows per way of matching. */
  via: Record<RegionPairingVia, number>;
  combine: CombineMethod;
  /** Every matched row, in file order, with how it matched. */
  pairings: Array<{ row: number; key: string; region: string; via: RegionPairingVia }>;
  warnings: PlausibilityWarning[];
}

export interface RegionPreviewOptions {
  /** Row number → the region key the user picked. */
  overrides?: ReadonlyMap<number, string>;
  kind?: IndicatorKind;
  /** How several rows for one region and year become one value: 'one' (the first row) by default. */
  combine?: CombineMethod;
}

const NO_VIA = (): Record<RegionPairingVia, number> => ({ code: 0, name: 0, 'short-name': 0, province: 0, manual: 0 });

/**
 * What joining `file` to the regions of `set` would do, before it is done (the province
 * preview's counterpart, buildImportPreview). Pure, re-run on every choice and fix. Rows that
 * repeat a region and year (the report lists them): the first is used, or all combined as chosen
 * (sum, mean, min, max of the rows with a number, as for provinces).
 */
export function buildRegionImportPreview(
  file: Pick<ParsedFile, 'table'>,
  choice: RegionImportChoice,
  set: Pick<RegionSet, 'regions'>,
  options: RegionPreviewOptions = {},
): RegionImportPreview {
  const { table } = file;
  const keyIndex = choice.key === null ? -1 : table.columns.indexOf(choice.key);
  const provinceIndex = choice.province ? table.columns.indexOf(choice.province) : -1;
  const sourceIndex = choice.source ? table.columns.indexOf(choice.source) : -1;
  const valueCol = choice.value === null ? null : readNumberColumn(table, choice.value);
  const yearCol = choice.year === null ? null : readNumberColumn(table, choice.year);
  const warnings =
    valueCol && choice.value !== null && choice.value !== choice.year
      ? checkPlausibility({ column: choice.value, values: valueCol.values, rowNumbers: table.rowNumbers, kind: options.kind ?? 'count' })
      : [];
  const base = { rules: valueCol?.rules ?? [], warnings };
  if (keyIndex < 0) return { ...base, report: null, values: [], issues: valueCol?.issues ?? [], emptyValues: 0, via: NO_VIA(), combine: options.combine ?? 'one', pairings: [] };

  const yearIssues: ImportIssue[] = [];
  const yearColumn = choice.year === null ? -1 : table.columns.indexOf(choice.year);
  const indexOfRow = new Map<number, number>();
  const rows: RegionJoinInputRow[] = table.rows.map((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 1;
    indexOfRow.set(row, i);
    const year = yearCol ? readRowYear(yearCol.values[i], row, choice.year, String(cells[yearColumn] ?? ''), yearIssues) : null;
    const v = valueCol?.values[i] ?? null;
    return {
      row,
      key: cells[keyIndex] ?? '',
      province: provinceIndex < 0 ? null : (cells[provinceIndex] ?? null),
      year,
      value: v !== null && isDrawable(v) ? v : null,
    };
  });
  const report = joinRegionRows(rows, set.regions, options.overrides);

  const via = NO_VIA();
  const pairings = report.matched.map((m) => {
    const how: RegionPairingVia = m.byProvince ? 'province' : m.via;
    via[how]++;
    return { row: m.row, key: m.key, region: m.region, via: how };
  });

  // One value per region and year: the first row (joinRegionRows' `used`), or the rows combined.
  const combine = options.combine ?? 'one';
  const groups = new Map<string, RegionMatchedRow[]>();
  for (const m of report.matched) {
    const k = `${m.region}\u0000${m.year ?? UNDATED_YEAR}`;
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  const sourceOf = (row: number) => (sourceIndex < 0 ? '' : (table.rows[indexOfRow.get(row)!]?.[sourceIndex] ?? ''));
  const values: ImportedRegionValue[] = [];
  let emptyValues = 0;
  for (const g of groups.values()) {
    const first = g[0]!;
    const numbers = g.map((m) => m.value).filter((v): v is number => v !== null);
    const one = combine === 'one' || g.length === 1;
    const value = one ? first.value : numbers.length === 0 ? null : combineValues(numbers, combine as Exclude<CombineMethod, 'one'>);
    if (value === null) {
      emptyValues++;
      continue;
    }
    const out: ImportedRegionValue = { region: first.region, year: first.year ?? UNDATED_YEAR, value, row: first.row };
    if (!one) out.combined = numbers.length;
    const texts = [...new Set((one ? [first] : g).map((m) => sourceOf(m.row)).filter((t) => t !== ''))];
    if (texts.length > 0) out.source = texts.join('; ').slice(0, MAX_SOURCE_TEXT);
    values.push(out);
  }
  return {
    ...base,
    report,
    values,
    issues: [...(valueCol?.issues ?? []), ...yearIssues, ...(yearCol?.issues ?? [])],
    emptyValues,
    via,
    combine,
    pairings,
  };
}

/** Sources from a file's own column are kept up to this many characters per value (as for provinces). */
const MAX_SOURCE_TEXT = 300;

/**
 * The column naming each row's province, other than `exclude` (the key): the one whose non-empty
 * cells (of up to 2,000 evenly spread rows) most often name a province, at least 80% of them; or null.
 */
export function detectProvinceColumn(table: ParsedTable, exclude: string | null): string | null {
  const step = Math.max(1, Math.floor(table.rows.length / 2000));
  let best: { column: string; share: number } | null = null;
  table.columns.forEach((column, c) => {
    if (column === exclude) return;
    let filled = 0;
    let provinces = 0;
    for (let i = 0; i < table.rows.length; i += step) {
      const cell = (table.rows[i]?.[c] ?? '').trim();
      if (cell === '') continue;
      filled++;
      if (isUnitKey(cell)) provinces++;
    }
    const share = filled === 0 ? 0 : provinces / filled;
    if (share >= 0.8 && (!best || share > best.share)) best = { column, share };
  });
  return (best as { column: string } | null)?.column ?? null;
}
