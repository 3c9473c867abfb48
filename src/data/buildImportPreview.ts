import type { UnitId } from '../geo/units';
import type { ImportIssue } from './import/importIssue';
import type { ParsedFile } from './import/parseBytes';
import type { NumberRule } from './import/parseNumber';
import { readNumberColumn } from './import/readNumberColumn';
import { UNDATED_YEAR } from './importedDataset';
import { joinRows, type JoinInputRow, type JoinReport } from './join/joinRows';

/** The columns the user picked for each role. */
export interface ImportChoice {
  key: string | null;
  value: string | null;
  year: string | null;
}

export interface ImportPreview {
  /** Null until a key column is chosen. Shown before anything is applied. */
  report: JoinReport | null;
  /** Values that would be applied: matched rows with a number; one per unit and year (the first). */
  values: Array<{ region: UnitId; year: number; value: number; row: number }>;
  rules: NumberRule[];
  /** Cells that could not be read, naming row and column. */
  issues: ImportIssue[];
  /** Matched rows whose value is missing or unreadable: they stay no data. */
  emptyValues: number;
}

/**
 * What applying `choice` to `file` would do, before it is done. Pure, so the dialog can re-run it
 * on every change of column or manual match. Row numbers are the file's own (parser-supplied).
 */
export function buildImportPreview(
  file: ParsedFile,
  choice: ImportChoice,
  overrides: ReadonlyMap<number, UnitId> = new Map(),
): ImportPreview {
  const { table } = file;
  const keyIndex = choice.key === null ? -1 : table.columns.indexOf(choice.key);
  const valueCol = choice.value === null ? null : readNumberColumn(table, choice.value);
  const yearCol = choice.year === null ? null : readNumberColumn(table, choice.year);
  if (keyIndex < 0) return { report: null, values: [], rules: valueCol?.rules ?? [], issues: valueCol?.issues ?? [], emptyValues: 0 };

  const yearIssues: ImportIssue[] = [];
  const rows: JoinInputRow[] = table.rows.map((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 1;
    let year: number | null = null;
    if (yearCol) {
      const y = yearCol.values[i] ?? null;
      if (y !== null && Number.isInteger(y) && y >= 1900 && y <= 2100) year = y;
      else if (y !== null) yearIssues.push({ code: 'not-a-number', severity: 'warning', row, field: choice.year, raw: String(cells[table.columns.indexOf(choice.year as string)] ?? '') });
    }
    return { row, key: cells[keyIndex] ?? '', year, value: valueCol?.values[i] ?? null };
  });
  const report = joinRows(rows, overrides);

  const seen = new Set<string>();
  const values: ImportPreview['values'] = [];
  let emptyValues = 0;
  for (const m of report.matched) {
    const year = m.year ?? UNDATED_YEAR;
    const k = `${m.unit}|${year}`;
    if (seen.has(k)) continue; // a duplicate: the report lists it, the first row is used
    seen.add(k);
    if (m.value === null) {
      emptyValues++;
      continue;
    }
    values.push({ region: m.unit, year, value: m.value, row: m.row });
  }
  return {
    report,
    values,
    rules: valueCol?.rules ?? [],
    issues: [...(valueCol?.issues ?? []), ...yearIssues, ...(yearCol?.issues ?? [])],
    emptyValues,
  };
}
