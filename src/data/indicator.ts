import type { Bilingual } from '../i18n/lang';
import type { ClassMethod } from '../scales/classification';
import type { PaletteId } from '../scales/palettes';

/**
 * What sort of number an indicator is; it decides formatting and which classifications make sense.
 * 'score' is a unitless index such as the coverage gap score (−1..+1): signed, two decimals, never
 * rounded to a whole number as a balance is.
 */
export type IndicatorKind = 'count' | 'rate' | 'share' | 'balance' | 'rank' | 'flag' | 'score';

/**
 * Definition families. Figures of different families are never compared on one scale; the picker
 * groups indicators by family so viewers see which figures are comparable.
 */
export const FAMILIES = ['census', 'acwf2013', 'mca', 'facilities', 'coverage', 'imported'] as const;
export type Family = (typeof FAMILIES)[number];

/** Where an indicator's values come from. */
export type ValueSpec =
  /**
   * Figures from one or more series, one value per unit and year. With several series (a
   * published count and a derived one under the same definition) the first that has a unit wins.
   */
  | { type: 'series'; series: string | readonly string[] }
  /** numerator ÷ denominator × per, each from its own series and year (both shown to the user). */
  | {
      type: 'ratio';
      numerator: { series: string; year: number };
      denominator: { series: string; year: number };
      per: number;
    };

/** The classification an indicator gets unless the user picks another. */
export interface ClassDefaults {
  method: ClassMethod;
  classes: number;
  palette: PaletteId;
  /** For balances: the value that divides the two sides (0 = neither sending nor receiving). */
  midpoint?: number;
  /** Ranks: 1 is the most, so it gets the darkest colour. */
  descending?: boolean;
}

/**
 * A mappable indicator. Indicators under different definitions are different indicators, each with
 * its own classification, so figures under different definitions never share a colour scale.
 */
export interface Indicator {
  /** Short, URL-safe, stable: it is written into links. */
  id: string;
  label: Bilingual;
  unit: Bilingual;
  definition: Bilingual;
  /** The definition family, e.g. `census`, `acwf2013`, `mca`. Shown so viewers know what is comparable. */
  family: Family;
  kind: IndicatorKind;
  value: ValueSpec;
  /** Years with figures, ascending. The last is the default. */
  years: number[];
  /** Arithmetic on published figures rather than a published figure. */
derived: boolean;
  /**
   * Units in rank order, for an indicator whose ranking has its own rule for ties (the gap score:
   * equal scores by more children, then GB/T 2260), so the table and tooltip give the same rank
   * as the Gaps tab. Without it, equal values share the better rank.
   */
  rankOrder?: readonly string[];
  /** Where the values came from: embedded data, or a file the user imported (and its name). */
  origin: { type: 'embedded' } | { type: 'imported'; fileName: string; importedAt: string };
  defaults: ClassDefaults;
}
