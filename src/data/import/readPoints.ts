import { createIssueList, type ImportIssue } from './importIssue';
import { addPoint, type PointRow } from './parseGeoJson';
import { parseNumber } from './parseNumber';
import type { ParsedTable } from './parseTable';
import type { RejectedRow } from '../../facilities/facility';

export interface TablePoints {
  points: PointRow[];
  outside: PointRow[];
  issues: ImportIssue[];
  /** Every row that gave no point, uncapped (issues are capped per code): the facility list
   * export names each one with its reason. */
  rejected: RejectedRow[];
}

/**
 * Points from a table's latitude and longitude columns (WGS 84 degrees), e.g. a list of
 * facilities. A row with a coordinate cell empty (or a missing marker such as NA, 暂无) gets
 * 'missing-coordinates'; one with text that is not a number gets 'bad-coordinates'; both are
 * skipped and listed in `rejected` with their row, never dropped silently. Points outside China
 * are kept apart in `outside` with 'point-outside-china', as for GeoJSON.
 */
export function readPoints(table: ParsedTable, lat: string, lon: string): TablePoints {
  const latIndex = table.columns.indexOf(lat);
  const lonIndex = table.columns.indexOf(lon);
  const issues = createIssueList();
  const points: PointRow[] = [];
  const outside: PointRow[] = [];
  const rejected: RejectedRow[] = [];
  if (latIndex < 0 || lonIndex < 0) return { points, outside, issues: [], rejected };
  const rowKind = table.format === 'json' ? 'record' : 'line';

  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 1;
    const latText = cells[latIndex] ?? '';
    const lonText = cells[lonIndex] ?? '';
    const y = parseNumber(latText);
    const x = parseNumber(lonText);
    if (x.value === null || y.value === null) {
      const raw = `${lonText}, ${latText}`;
      if (!x.ok || !y.ok) {
        issues.add({ code: 'bad-coordinates', severity: 'warning', row, rowKind, field: x.ok ? lat : lon, raw });
        rejected.push({ row, raw, reason: 'unreadable coordinates' });
      } else {
        // Both readable as "missing": name the empty column, or none when both are empty.
        const field = x.value === null && y.value === null ? null : x.value === null ? lon : lat;
        issues.add({ code: 'missing-coordinates', severity: 'warning', row, rowKind, field, raw });
        rejected.push({ row, raw, reason: 'missing coordinates' });
      }
      return;
    }
    const props: Record<string, string> = {};
    table.columns.forEach((name, c) => {
      props[name] = cells[c] ?? '';
    });
    addPoint({ row, lon: x.value, lat: y.value, props }, issues, points, outside, rowKind);
  });
  return { points, outside, issues: issues.finish(), rejected };
}
