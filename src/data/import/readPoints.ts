import { createIssueList, type ImportIssue } from './importIssue';
import { addPoint, type PointRow } from './parseGeoJson';
import { parseNumber } from './parseNumber';
import type { ParsedTable } from './parseTable';

export interface TablePoints {
  points: PointRow[];
  outside: PointRow[];
  issues: ImportIssue[];
}

/**
 * Points from a table's latitude and longitude columns (WGS 84 degrees), e.g. a list of
 * facilities. A row with both cells empty has no location and is skipped silently (it still is a
 * table row); a row with one of them empty or unreadable gets 'bad-coordinates'; points outside
 * China are kept apart in `outside` with 'point-outside-china', as for GeoJSON.
 */
export function readPoints(table: ParsedTable, lat: string, lon: string): TablePoints {
  const latIndex = table.columns.indexOf(lat);
  const lonIndex = table.columns.indexOf(lon);
  const issues = createIssueList();
  const points: PointRow[] = [];
  const outside: PointRow[] = [];
  if (latIndex < 0 || lonIndex < 0) return { points, outside, issues: [] };
  const rowKind = table.format === 'json' ? 'record' : 'line';

  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 1;
    const latText = cells[latIndex] ?? '';
    const lonText = cells[lonIndex] ?? '';
    if (latText === '' && lonText === '') return;
    const y = parseNumber(latText).value;
    const x = parseNumber(lonText).value;
    if (x === null || y === null) {
      issues.add({ code: 'bad-coordinates', severity: 'warning', row, rowKind, field: x === null ? lon : lat, raw: `${lonText}, ${latText}` });
      return;
    }
    const props: Record<string, string> = {};
    table.columns.forEach((name, c) => {
      props[name] = cells[c] ?? '';
    });
    addPoint({ row, lon: x, lat: y, props }, issues, points, outside, rowKind);
  });
  return { points, outside, issues: issues.finish() };
}
