import type { FacilitySet } from '../facilities/facility';
import type { UnitId } from '../geo/units';
import type { COVERAGE_MESSAGES } from '../i18n/coverageMessages';
import type { CombineMethod } from './import/combineValues';
import type { NumberRule } from './import/parseNumber';

/** One published (or derived) figure for one provincial-level unit. */
export interface RegionalFigure {
  region: UnitId;
  /** Series id, e.g. `population_age_0_14`. A suffix `_derived`/`_DERIVED` marks arithmetic on published figures. */
  series: string;
  year: number;
  value: number;
  /** The unit and caveats as the source states them, verbatim from our data file. */
  note: string;
  /** Source ids, keys of the sources table. */
  sources: string[];
  /** Derived whatever the series is called (computed figures such as coverage); see isDerivedSeries. */
  derived?: true;
  /** Rests on synthetic (generated) data: shown with a synthetic badge wherever it appears. */
  synthetic?: true;
  /** For a user's imported value or a coverage figure: the note as a message key and parameters,
   * made into a sentence in the UI language (figureNotes.figureNote); `note` is then its English. */
  noteText?: FigureNoteText;
}

/**
 * A note as a message key and parameters: an imported value's (i18n/importedTextMessages: its unit
 * and the file row(s) it came from), or a coverage figure's (i18n/coverageMessages: its unit, and
 * whether it rests on generated facilities).
 */
export type FigureNoteText =
  | { key: 'rowNote'; unit: string; row: number; fileName: string }
  | { key: 'combinedNote'; unit: string; method: CombineMethod; rows: number; fileName: string; first: number }
  | { key: 'coverageNote'; unit: keyof typeof COVERAGE_MESSAGES.unit; synthetic: boolean };

/** A national figure (no region). */
export type NationalFigure = Omit<RegionalFigure, 'region'>;

/** 'user': a file the user imported; shown as theirs, neither vouched for nor cautioned. */
export type Authority = 'official' | 'primary-news' | 'secondary' | 'low' | 'user';

/** A cited source: enough for a reader to find it again. */
export interface Source {
  title: string;
  publisher: string;
  /** As precise as the source allows: `2021-05-11`, `2016-12`, `c.2009`, `n.d.`. */
  date: string;
  /** The original address where known; null where only a copy was seen. */
  address: string | null;
  authority: Authority;
  /** The words in the source that state the figure. */
  excerpt: string;
  /** Where our copy was read, when that is not the original publisher. */
  readFrom: string | null;
  /**
   * The address of a copy on another site (a repost), when that is the only address we have: shown
   * as "copy seen at", never as the original. `address` is then null.
   */
  copySeenAt?: string;
  /** For a user's file ('user'): it came in a shared link, from someone else (sharedDataset.ts). */
  sharedInLink?: true;
  /**
   * For a source we describe ourselves (a user's file, the facilities behind coverage figures): what
   * the excerpt says, as a message key and its parameters (`excerpt` is then empty). The sentence is
   * made in the UI language where it is shown (view/citationView). Sources as published are
   * translated by id in sourceText.ts instead.
   */
  text?: SourceText;
}

/**
 * Our words about a source, as a key and parameters: a user's file (i18n/importedTextMessages), or
 * the facilities behind coverage figures (i18n/coverageMessages), whose title, publisher and date
 * are made from it too (`title`, `publisher` and `date` then hold their English, for citations).
 */
export type SourceText =
  | { key: 'fileColumns'; valueColumn: string; keyColumn: string; yearColumn: string | null; numberRules: readonly NumberRule[] | null }
  | { key: 'rowSource'; fileName: string; text: string }
  | FacilitiesSourceText;

/** The facility sets behind coverage figures (data/coverageIndicators facilitiesSourceText). */
export interface FacilitiesSourceText {
  key: 'facilities';
  /** Each set: its name and file, generated or not, and the coordinate system its points were converted from. */
  sets: ReadonlyArray<Pick<FacilitySet, 'name' | 'fileName' | 'synthetic' | 'crs'>>;
  /** The day the newest set was imported (YYYY-MM-DD). */
  imported: string;
  /** Facility points in all sets, and how many of them lie outside every province. */
  located: number;
  outside: number;
}

/** The address to link a source to, and whether it is a copy rather than the original publisher's page. */
export function sourceAddress(s: Source): { href: string; copy: boolean } | null {
  if (s.address) return { href: s.address, copy: false };
  if (s.copySeenAt) return { href: s.copySeenAt, copy: true };
  return null;
}

export function isDerivedSeries(series: string): boolean {
  return /_derived$/i.test(series);
}
