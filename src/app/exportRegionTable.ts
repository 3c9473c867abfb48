import { buildRegionCsv } from '../view/buildRegionCsv';
import type { RegionRow, RegionSetView } from '../view/buildRegionView';
import { downloadText, safeFileName } from './download';

/** Downloads the region table as shown (its sort) as CSV, with the sources on every row. */
export function exportRegionTable(view: RegionSetView, rows: readonly RegionRow[], download = downloadText): void {
  const what = view.indicator ? `${safeFileName(view.indicator.label.en)}-${view.year ?? ''}` : 'regions';
  download(`liushou-atlas-${safeFileName(view.fileName.replace(/\.[a-z]+$/i, ''))}-${what}.csv`, buildRegionCsv(view, rows));
}
