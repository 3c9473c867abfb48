import { UNDATED_YEAR } from '../data/importedDataset';
import { citation, formatCsv, roundForExport } from '../data/exportCsv';
import { REGION_ID_COLUMNS, regionIdCells } from '../regions/regionCsvCells';
import type { RegionRow, RegionSetView } from './buildRegionView';

const HEADER = [
  ...REGION_ID_COLUMNS,
  'indicator',
  'indicator_name_en',
  'indicator_name_zh',
  'unit',
  'year',
  'value',
  'derived',
  'rank',
  'boundaries_file',
  'boundaries_imported',
  'note',
  'sources',
];

const NOTE = 'Empty value = no data (never 0). Boundaries are the user\'s file; figures are joined to them by region code (census) or by the imported table\'s own join (code or name).';

/**
 * The region table as CSV, rows in the order given (as shown, sorted), each row naming the
 * indicator, its derivation and every source behind it, and the boundary file, so the file still
 * says where each figure came from once it leaves the app. Names from the file are written as text
 * (csvField guards formula-like text). Per-1,000 figures keep one decimal; counts are exact.
 */
export function buildRegionCsv(view: RegionSetView, rows: readonly RegionRow[] = view.rows): string {
  const ind = view.indicator;
  const digits = ind?.value.type === 'ratio' ? 1 : ind?.kind === 'count' || ind?.kind === 'balance' ? 0 : 2;
  const sources = view.sources.map((s) => citation(s.source)).join(' | ');
  const lines: Array<Array<string | number | null>> = [HEADER];
  for (const r of rows) {
    lines.push([
      ...regionIdCells(r.key, r.code, r.name, r.province),
      ind?.id ?? null,
      ind?.label.en ?? null,
      ind?.label.zh ?? null,
      ind?.unit.en ?? null,
      // An imported table without a year column has none to give (UNDATED_YEAR).
      view.year === UNDATED_YEAR ? null : view.year,
      roundForExport(r.value, digits),
      ind ? (ind.derived ? 'yes' : 'no') : null,
      r.rank,
      view.fileName,
      view.importedAt,
      NOTE,
      sources,
    ]);
  }
  return formatCsv(lines);
}
