import type { UnitId } from '../geo/units';
import type { RegionalFigure, Source } from './figure';
import type { Indicator, IndicatorKind } from './indicator';

/**
 * A table the user imported and applied: only the matched, parsed values, plus what they chose.
 * Plain data, stored in IndexedDB so it survives a reload until the user removes it.
 */
export interface ImportedDataset {
  /** `u` + a short id: URL-safe, so a link can name it (it only resolves in the browser that holds it). */
  id: string;
  /** The name the user gave it (defaults to the value column's header). */
  name: string;
  fileName: string;
  /** ISO 8601 timestamp of the import. */
  importedAt: string;
  keyColumn: string;
  valueColumn: string;
  yearColumn: string | null;
  unit: string;
  kind: IndicatorKind;
  /** How numbers were read ("thousands separators removed; 万 = ×10,000"), shown with the data. */
  parseRule: string;
  values: Array<{ region: UnitId; year: number; value: number; row: number }>;
  /** 'link': it arrived in a shared link (sharedDataset.ts), someone else's file; absent: the user's own import. */
  via?: 'link';
}

/** Imported tables without a year column get this one; it is shown as "no year" in the UI. */
export const UNDATED_YEAR = 0;

export const sourceIdOf = (d: ImportedDataset) => `user:${d.id}`;
const seriesOf = (d: ImportedDataset) => `user:${d.id}`;

export function importedSource(d: ImportedDataset): Source {
  return {
    title: d.fileName,
    publisher: d.via === 'link' ? 'Someone’s own file, shared in a link' : 'Your file',
    date: d.importedAt.slice(0, 10),
    address: null,
    authority: 'user',
    excerpt: `Column “${d.valueColumn}”, keyed by “${d.keyColumn}”${d.yearColumn ? `, year from “${d.yearColumn}”` : ''}. ${d.parseRule}`,
    readFrom: null,
    ...(d.via === 'link' ? { sharedInLink: true as const } : {}),
  };
}

export function importedFigures(d: ImportedDataset): RegionalFigure[] {
  return d.values.map((v) => ({
    region: v.region,
    series: seriesOf(d),
    year: v.year,
    value: v.value,
    note: `${d.unit} (row ${v.row} of ${d.fileName})`,
    sources: [sourceIdOf(d)],
  }));
}

export function importedIndicator(d: ImportedDataset): Indicator {
  const years = [...new Set(d.values.map((v) => v.year))].sort((a, b) => a - b);
  const categorical = d.kind === 'rank' || d.kind === 'flag';
  return {
    id: d.id,
    label: { en: d.name, zh: d.name },
    unit: { en: d.unit, zh: d.unit },
    definition:
      d.via === 'link'
        ? {
            en: `From a shared link: someone’s file “${d.fileName}”, column “${d.valueColumn}”, imported ${d.importedAt.slice(0, 10)}. Not checked by Liushou Atlas.`,
            zh: `来自分享链接：他人文件“${d.fileName}”的“${d.valueColumn}”列，导入于${d.importedAt.slice(0, 10)}。留守地图未核实。`,
          }
        : {
            en: `Imported from your file “${d.fileName}”, column “${d.valueColumn}”. Not checked by Liushou Atlas.`,
            zh: `导入自您的文件“${d.fileName}”的“${d.valueColumn}”列。留守地图未核实。`,
          },
    family: 'imported',
    kind: d.kind,
    value: { type: 'series', series: seriesOf(d) },
    years: years.length > 0 ? years : [UNDATED_YEAR],
    derived: false,
    origin: { type: 'imported', fileName: d.fileName, importedAt: d.importedAt },
    defaults: categorical
      ? { method: 'categorical', classes: 7, palette: 'Oranges', descending: d.kind === 'rank' }
      : { method: 'quantile', classes: 5, palette: 'YlOrRd', ...(d.kind === 'balance' ? { palette: 'PuOr', midpoint: 0 } : {}) },
  };
}
