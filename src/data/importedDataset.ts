import type { UnitId } from '../geo/units';
import type { FigureNoteText, RegionalFigure, Source } from './figure';
import { noteTextIn } from './figureNotes';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { CombineMethod } from './import/combineValues';
import type { NumberRule } from './import/parseNumber';
import type { SubProvinceLevel } from './import/subProvince';
import type { Indicator, IndicatorKind } from './indicator';

/** One applied value. `row` is the file row it came from (the first, when rows were combined). */
export interface ImportedValue {
  region: UnitId;
  year: number;
  value: number;
  row: number;
  /** How many rows were combined into this value (absent: one row). */
  combined?: number;
  /** The file's own source for this value (its source column), when it has one. */
  source?: string;
}

/**
 * One applied value of a table joined to a planner's region set (#15): `region` is the region's
 * key in that set (`regionKey`: its code, or `#<feature>`), not a province.
 */
export interface ImportedRegionValue extends Omit<ImportedValue, 'region'> {
  region: string;
}

/** The region set a table is joined to: its id (`r-<hash>`, regionSet.ts) and the set's file name, to say which file it needs when the set is not in this browser. */
export interface RegionBinding {
  id: string;
  fileName: string;
}

/**
 * A table the user imported and applied: only the matched, parsed values, plus what they chose.
 * Plain data, stored in IndexedDB so it survives a reload until the user removes it. Joined to
 * provinces (`regionSet` absent, as every table stored before #15's joins) or to the regions of
 * one region set (`regionSet`); the second kind never enters the province indicators.
 */
export type ImportedDataset = ProvinceTable | RegionTable;

/** A table joined to the 34 provincial units. */
export interface ProvinceTable extends ImportedTableFields {
  regionSet?: undefined;
  values: ImportedValue[];
}

/** A table joined to the regions of one region set: its values are drawn only while that set is shown. */
export interface RegionTable extends ImportedTableFields {
  regionSet: RegionBinding;
  values: ImportedRegionValue[];
}

/** What every imported table holds, whatever it is joined to. */
export interface ImportedTableFields {
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
  /**
   * How numbers were read (thousands separators, 万, %…), as rule keys in NUMBER_RULES order: the
   * sentence is made in the UI language where it is shown (view/describeRules). Null for a table
   * stored or linked before #18 whose sentence could not be read back (migrateImportedDataset).
   * Every string a dataset holds is the user's own (names, columns, unit) or a key, never a
   * sentence of ours: a Chinese reader sees Chinese.
   */
  numberRules: NumberRule[] | null;
  /** How several rows for one province and year were combined, when any were (absent: each
   * province had one row, or older datasets). */
  combine?: { method: CombineMethod; provinces: number; rows: number };
  /** The rows were below province level (counties, townships), recognised in this column. */
  subProvince?: { level: SubProvinceLevel; rows: number; column: string };
  /** The file's own source column, kept per value. */
  sourceColumn?: string;
  /** 'link': it arrived in a shared link (sharedDataset.ts), someone else's file; absent: the user's own import. */
  via?: 'link';
}

/** Whether a table is joined to provinces (not to a region set). */
export const isProvinceTable = (d: ImportedDataset): d is ProvinceTable => d.regionSet === undefined;

/** Imported tables without a year column get this one; it is shown as "no year" in the UI. */
export const UNDATED_YEAR = 0;

export const sourceIdOf = (d: ImportedDataset) => `user:${d.id}`;
const seriesOf = (d: ImportedDataset) => `user:${d.id}`;

const T = MESSAGES.importedText;

export function importedSource(d: ImportedDataset): Source {
  return {
    title: d.fileName,
    // English for citations in CSVs; screens say it in the UI language (view/publisherText).
    publisher: (d.via === 'link' ? MESSAGES.sharedFile : MESSAGES.yourFile).en,
    date: d.importedAt.slice(0, 10),
    address: null,
    authority: 'user',
    excerpt: '',
    text: { key: 'fileColumns', valueColumn: d.valueColumn, keyColumn: d.keyColumn, yearColumn: d.yearColumn, numberRules: d.numberRules },
    readFrom: null,
    ...(d.via === 'link' ? { sharedInLink: true as const } : {}),
  };
}

/**
 * The file's own sources (its source column), one Source per distinct text, keyed
 * `user:<id>:s<n>`, so they are cited beside the file on screen and in every export row.
 */
export function importedRowSources(d: ImportedDataset): Record<string, Source> {
  const out: Record<string, Source> = {};
  for (const [text, id] of rowSourceIds(d)) {
    out[id] = {
      title: text,
      publisher: T.rowSourcePublisher[d.via === 'link' ? 'shared' : 'own'].en(d.sourceColumn ?? ''),
      date: '',
      address: null,
      authority: 'user',
      excerpt: '',
      text: { key: 'rowSource', fileName: d.fileName, text },
      readFrom: null,
      // Someone else's file: screens name it as the shared file, as the CSV citation above does.
      ...(d.via === 'link' ? { sharedInLink: true as const } : {}),
    };
  }
  return out;
}

function rowSourceIds(d: ImportedDataset): Map<string, string> {
  const ids = new Map<string, string>();
  for (const v of d.values) if (v.source && !ids.has(v.source)) ids.set(v.source, `${sourceIdOf(d)}:s${ids.size + 1}`);
  return ids;
}

/** A province table's values as figures of the province indicators (a region table has none: see regionTableIndicator). */
export function importedFigures(d: ProvinceTable): RegionalFigure[] {
  const rowSources = rowSourceIds(d);
  return d.values.map((v) => {
    const noteText: FigureNoteText =
      v.combined !== undefined && d.combine
        ? { key: 'combinedNote', unit: d.unit, method: d.combine.method, rows: v.combined, fileName: d.fileName, first: v.row }
        : { key: 'rowNote', unit: d.unit, row: v.row, fileName: d.fileName };
    return {
      region: v.region,
      series: seriesOf(d),
      year: v.year,
      value: v.value,
      // English for the CSV; screens make the note in their language from noteText.
      note: noteTextIn(noteText, 'en'),
      noteText,
      sources: v.source ? [sourceIdOf(d), rowSources.get(v.source)!] : [sourceIdOf(d)],
    };
  });
}

/** The definition's sentences on county-level rows and combined rows, in `lang` ('' when there were none). */
function rowSentences(d: ImportedDataset, lang: Lang): string {
  const c = d.combine;
  const sub = d.subProvince;
  const sentences: string[] = [];
  if (sub) sentences.push(T.subProvinceRows[sub.level][lang](String(sub.rows), sub.column));
  if (c) {
    const n = String(c.provinces);
    const rows = String(c.rows);
    const how = T.combineWord[c.method][lang];
    // A table joined to regions: `provinces` counts regions with several rows; 'one' is the first row.
    if (d.regionSet) sentences.push(c.method === 'one' ? T.regionFirstRow[lang](n, rows) : T.regionRowsCombined[lang](n, rows, how));
    else sentences.push((c.method === 'one' ? T.provinceRowChosen : T.provinceRowsCombined)[lang](n, rows, how));
  }
  return sentences.map(T.definitionSentence[lang]).join('');
}

/** An imported table's definition in `lang`: whose file, which column, how its rows were read, and that we did not check it. */
function definitionIn(d: ImportedDataset, lang: Lang): string {
  return d.via === 'link'
    ? T.definitionSharedLink[lang](d.fileName, d.valueColumn, d.importedAt.slice(0, 10), rowSentences(d, lang))
    : T.definitionOwnFile[lang](d.fileName, d.valueColumn, rowSentences(d, lang));
}

export function importedIndicator(d: ImportedDataset): Indicator {
  const years = [...new Set(d.values.map((v) => v.year))].sort((a, b) => a - b);
  const categorical = d.kind === 'rank' || d.kind === 'flag';
  return {
    id: d.id,
    label: { en: d.name, zh: d.name },
    unit: { en: d.unit, zh: d.unit },
    definition: { en: definitionIn(d, 'en'), zh: definitionIn(d, 'zh') },
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
