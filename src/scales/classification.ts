import { bisectRight } from 'd3-array';

export const CLASS_METHODS = ['quantile', 'equal', 'jenks', 'custom', 'categorical'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

/** One class: the values it holds, its colour and how many units fall in it. */
export interface ClassBin {
  /** Smallest value in the class's range (inclusive). For the first class, the data minimum. */
  lower: number;
  /** Upper end of the range: exclusive, except for the last class where it is the data maximum. */
  upper: number;
  color: string;
  count: number;
  /** For categorical classes, the one value the class stands for (a rank, a flag). */
  category: number | null;
}

/**
 * The single description of how values become colours. The map paint, the legend, the histogram
 * and the table all read this one object, so they cannot disagree. Plain data: serialisable.
 */
export interface Classification {
  method: ClassMethod;
  kind: 'sequential' | 'diverging' | 'categorical';
  /** Ascending; a value v is in class `bisectRight(thresholds, v)`. Empty for categorical. */
  thresholds: number[];
  bins: ClassBin[];
  /** The diverging midpoint, a threshold itself, or null. */
  midpoint: number | null;
  noData: { color: string; count: number };
}

/**
 * The class of `value`, or null for no data (null, NaN, ±Infinity, or a category not in the
 * classification). Bad data never throws: it is drawn as no data.
 */
export function classIndexOf(c: Classification, value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (c.bins.length === 0) return null;
  if (c.kind === 'categorical') {
    const i = c.bins.findIndex((b) => b.category === value);
    return i < 0 ? null : i;
  }
  return Math.min(bisectRight(c.thresholds, value), c.bins.length - 1);
}

/** The fill for `value`: its class colour, or the no-data colour. */
export function colorOf(c: Classification, value: number | null | undefined): string {
  const i = classIndexOf(c, value);
  return i === null ? c.noData.color : (c.bins[i]?.color ?? c.noData.color);
}

/**
 * The classification with its counts filled in from `values`: units per class, and no data for the
 * rest. classify() counts the values it classed; the view model recounts the year on screen.
 */
export function countClasses(c: Classification, values: ReadonlyArray<number | null>): Classification {
  const counts = c.bins.map(() => 0);
  let noData = 0;
  for (const v of values) {
    const i = classIndexOf(c, v);
    if (i === null) noData++;
    else counts[i] = (counts[i] ?? 0) + 1;
  }
  return { ...c, bins: c.bins.map((b, i) => ({ ...b, count: counts[i] ?? 0 })), noData: { ...c.noData, count: noData } };
}
