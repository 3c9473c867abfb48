import type { Bilingual } from '../i18n/lang';
import type { ClassMethod } from '../scales/classification';
import type { PaletteId } from '../scales/palettes';

/** What sort of number an indicator is; it decides formatting and which classifications make sense. */
export type IndicatorKind = 'count' | 'rate' | 'share' | 'balance' | 'rank' | 'flag';

/** Where an indicator's values come from. */
export type ValueSpec =
  /** One series of figures, one value per unit and year. */
  | { type: 'series'; series: string }
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
  family: string;
  kind: IndicatorKind;
  value: ValueSpec;
  /** Years with figures, ascending. The last is the default. */
  years: number[];
  /** Arithmetic on published figures rather than a published figure. */
  derived: boolean;
  defaults: ClassDefaults;
}
