import type { UnitId } from '../geo/units';

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
}

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
  /** The Chinese for a source the app describes itself (the facilities behind coverage figures);
   * sources as published are translated by id in sourceText.ts instead. */
  zh?: { title: string; publisher: string; date: string; excerpt: string };
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
