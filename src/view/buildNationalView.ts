import type { NationalFigure, Source } from '../data/figure';
import { isDerivedSeries } from '../data/figure';
import { figureNote } from '../data/figureNotes';
import { SERIES_LABELS, seriesLabel } from '../data/seriesLabels';
import type { Family } from '../data/indicator';
import type { Bilingual, Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { SourceRef } from './buildViewModel';
import { formatNumber } from './formatValue';

/** How a national figure is counted, for formatting: people, a percentage, or things (schools, centres). */
export type NationalUnit = 'persons' | 'percent' | 'schools' | 'centres';

export interface NationalFigureView {
  /** `series@year`: stable, unique among the national figures. */
  key: string;
  series: string;
  year: number;
  value: number;
  label: Bilingual;
  unit: NationalUnit;
  /** The source data's note (unit, definition, caveats) in both languages. */
  note: Bilingual;
  derived: boolean;
  sources: SourceRef[];
  lowAuthority: boolean;
}

/**
 * The definitions the national figures were counted under. Figures of different groups are never
 * added up or compared as one series (three definitions of "left-behind child" are in use).
 */
export const NATIONAL_GROUPS = ['acwf2013', 'mca2016', 'mca2018', 'moe', 'care'] as const;
export type NationalGroupId = (typeof NATIONAL_GROUPS)[number];

export interface NationalGroup {
  id: NationalGroupId;
  figures: NationalFigureView[];
}

export interface NationalView {
  /**
   * One national total per definition, newest MoE year: the "national line". Each stands alone;
   * the line must say they are different definitions and are not to be added up.
   */
  headline: NationalFigureView[];
  /** Every national figure, by definition group, in the order of SERIES_LABELS (totals first), then year. */
  groups: NationalGroup[];
}

/** The series (and year, where a series has several) whose figure heads each definition's line. */
const HEADLINE: ReadonlyArray<{ series: string; year?: number }> = [
  { series: 'acwf2010_rural_lbc_total' },
  { series: 'mca2016_rural_lbc_total' },
  { series: 'mca2018_rural_lbc_total' },
  // The newest published Ministry of Education count, not a derived one.
  { series: 'moe_compulsory_rural_lbc' },
];

export function nationalGroupOf(series: string): NationalGroupId {
  if (series.startsWith('acwf2010_')) return 'acwf2013';
  if (series.startsWith('mca2016_')) return 'mca2016';
  if (series.startsWith('mca2018_')) return 'mca2018';
  if (series.startsWith('moe_')) return 'moe';
  return 'care';
}

const ORDER = new Map(Object.keys(SERIES_LABELS).map((s, i) => [s, i]));
const SERIES_ORDER = (series: string) => ORDER.get(series) ?? ORDER.size;

function unitOf(f: NationalFigure): NationalUnit {
  if (/^percent/.test(f.note)) return 'percent';
  if (f.series === 'boarding_school_programme_schools') return 'schools';
  if (f.series === 'lbc_custody_centres') return 'centres';
  return 'persons';
}

/**
 * Every national figure, ready to show: label, unit, note, derivation and sources in both
 * languages. Pure. A figure citing an unknown source keeps its other sources; the embedded-data
 * test guarantees every cited source exists.
 */
export function buildNationalView(national: readonly NationalFigure[], sources: Readonly<Record<string, Source>>): NationalView {
  const views = national
    .map((f): NationalFigureView => {
      const refs = f.sources.flatMap((id) => (sources[id] ? [{ id, source: sources[id] }] : []));
      return {
        key: `${f.series}@${f.year}`,
        series: f.series,
        year: f.year,
        value: f.value,
        label: seriesLabel(f.series),
        unit: unitOf(f),
        note: figureNote(f.note, f.noteText),
        derived: isDerivedSeries(f.series),
        sources: refs,
        lowAuthority: refs.some((s) => s.source.authority === 'low'),
      };
    })
    // In the order the labels are written (totals first, then breakdowns), then by year.
    .sort((a, b) => SERIES_ORDER(a.series) - SERIES_ORDER(b.series) || a.series.localeCompare(b.series) || a.year - b.year);
  const headline = HEADLINE.flatMap(({ series, year }) => {
    const matching = views.filter((v) => v.series === series && (year === undefined || v.year === year));
    const latest = matching.at(-1);
    return latest ? [latest] : [];
  });
  const groups = NATIONAL_GROUPS.map((id) => ({ id, figures: views.filter((v) => nationalGroupOf(v.series) === id) })).filter(
    (g) => g.figures.length > 0,
  );
  return { headline, groups };
}

/** "61,025,500 persons", "37.7%", "7,651 schools"; in Chinese "61,025,500人", "37.7%". */
export function formatNationalValue(f: Pick<NationalFigureView, 'value' | 'unit'>, lang: Lang): string {
  const n = formatNumber(f.value, lang, { digits: 2 });
  if (f.unit === 'percent') return `${n}%`;
  const unit = MESSAGES.national.units[f.unit][lang];
  return lang === 'zh' ? `${n}${unit}` : `${n} ${unit}`;
}

/** The national line as one text, for the exported picture: title, each definition's total, the warning. */
export function nationalLineText(view: NationalView, lang: Lang): string {
  const M = MESSAGES.national;
  const items = view.headline.map((f) => M.lineItem[lang](formatNationalValue(f, lang), M.short[nationalGroupOf(f.series)][lang], String(f.year)));
  return `${M.lineTitle[lang]} ${items.join(' · ')}. ${M.lineNote[lang]}`;
}

/** Which national groups share an indicator family's definition: their figures go with its export. */
const GROUPS_OF_FAMILY: Partial<Record<Family, readonly NationalGroupId[]>> = {
  acwf2013: ['acwf2013'],
  mca: ['mca2016', 'mca2018'],
  facilities: ['care'],
};

/** The national figures counted under an indicator family's definition (none for census and the rest). */
export function nationalFiguresFor(view: NationalView, family: Family): NationalFigureView[] {
  const groups = GROUPS_OF_FAMILY[family] ?? [];
  return view.groups.filter((g) => groups.includes(g.id)).flatMap((g) => g.figures);
}
