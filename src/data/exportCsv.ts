import type { Bilingual, Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { Unit } from '../geo/units';
import { sourceAddress, type Source } from './figure';
import { figureNote } from './figureNotes';
import type { Indicator, IndicatorKind } from './indicator';
import { indicatorValues, type FigureIndex } from './indicatorValues';

const HEADER = [
  'province_code_gb',
  'iso_3166_2',
  'name_en',
  'name_zh',
  'indicator_id',
  'indicator',
  'year',
  'value',
  'unit',
  'derived',
  'note',
  'sources',
  'precision',
];

/** Decimals written per kind of number; stated on every row so the file says how it was rounded. */
export const EXPORT_DIGITS: Readonly<Record<IndicatorKind, number>> = {
  count: 2,
  rate: 4,
  share: 2,
  balance: 2,
  score: 2,
  rank: 0,
  flag: 0,
};

/**
 * A number rounded to `digits` decimals, so that it is written without float noise or trailing
 * zeros: 0.1 + 0.2 → 0.3, 2/3 at 4 → 0.6667. A number, not text: csvField guards text that starts
 * with "-" against spreadsheet formulas, and a negative score is not a formula. Null stays null.
 */
export function roundForExport(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const r = Number(value.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** "2 decimals", "whole number": the precision column's words. */
export function precisionText(digits: number): string {
  return precisionWords(digits, 'en');
}

/** "4 decimals" / "4 位小数": the precision column's words in the reader's language. */
export function precisionWords(digits: number, lang: Lang): string {
  return digits === 0 ? WORDS.wholeNumber[lang] : WORDS.decimals[lang](digits);
}

/** The derived column's, the no-data note's and the precision column's words; the column names stay English ids in both. */
const WORDS = MESSAGES.csv;

/** RFC 4180 quoting: quote fields with commas, quotes or line breaks; double the quotes. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  // A leading = + - @ would run as a formula in a spreadsheet; prefix text (not numbers) with '.
  const safe = typeof v === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows as a CSV file: quoted field by field, CRLF line ends, and a UTF-8 BOM so spreadsheet
 * programs read the Chinese names. Every CSV the app writes goes through here.
 */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return `\uFEFF${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function citation(s: Source): string {
  const address = sourceAddress(s);
  return [s.publisher, s.title, s.date, address && (address.copy ? `${MESSAGES.copySeenAt.en} ${address.href}` : address.href)].filter(Boolean).join(', ');
}

/**
 * A national figure as the view shows it (view/buildNationalView's NationalFigureView, which fits
 * this shape): named here by shape, since data imports nothing from view.
 */
export interface NationalCsvFigure {
  series: string;
  year: number;
  value: number;
  label: Bilingual;
  unit: 'persons' | 'percent' | 'schools' | 'centres';
  note: Bilingual;
  derived: boolean;
  sources: ReadonlyArray<{ id: string; source: Source }>;
}

/**
 * One indicator, every unit and year, as CSV with its sources on every row, so the file still says
 * where each figure came from once it leaves the app. Units without a figure get an empty value:
 * no data, never 0. Starts with a UTF-8 BOM so spreadsheet programs read the Chinese names.
 * The words (label, unit, notes, yes/no, precision) are in `lang`, the reader's; the column names
 * are the same ids in both, so a script reads either file. Source citations stay as published.
 */
export function buildIndicatorCsv(
  indicator: Indicator,
  index: FigureIndex,
  units: readonly Unit[],
  sources: Readonly<Record<string, Source>>,
  /** National figures under the indicator's definition, appended as rows for China as a whole (#19). */
  national: readonly NationalCsvFigure[] = [],
  lang: Lang = 'en',
): string {
  const lines: Array<Array<string | number | null>> = [HEADER];
  const digits = EXPORT_DIGITS[indicator.kind];
  for (const year of indicator.years) {
    const values = indicatorValues(indicator, index, year);
    for (const u of units) {
      const d = values.get(u.id);
      lines.push(
        [
          u.gb,
          u.iso,
          u.en,
          u.zhFull,
          indicator.id,
          indicator.label[lang],
          year === 0 ? null : year,
          d ? roundForExport(d.value, digits) : null,
          indicator.unit[lang],
          d ? WORDS[d.derived || indicator.derived ? 'yes' : 'no'][lang] : null,
          d ? figureNote(d.note, d.noteText)[lang] : WORDS.noData[lang],
          d ? d.sources.map((id) => (sources[id] ? citation(sources[id]) : id)).join(' | ') : null,
          d ? precisionWords(digits, lang) : null,
        ],
      );
    }
  }
  for (const f of national) {
    lines.push(
      [
        null,
        'CN',
        WORDS.china.en,
        WORDS.china.zh,
        f.series,
        f.label[lang],
        f.year,
        f.value,
        MESSAGES.national.units[f.unit][lang],
        WORDS[f.derived ? 'yes' : 'no'][lang],
        f.note[lang],
        f.sources.map((s) => citation(s.source)).join(' | '),
        null,
      ],
    );
  }
  return formatCsv(lines);
}
