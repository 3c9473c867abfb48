import { quantileSorted } from 'd3-array';
import { ckmeans } from 'simple-statistics';
import {
  MAX_CLASSES,
  MIN_CLASSES,
  countClasses,
  type ClassBin,
  type ClassMethod,
  type Classification,
} from './classification';
import { NO_DATA_COLOR, paletteColors, paletteKind, type PaletteId } from './palettes';

export interface ClassifyOptions {
  method: ClassMethod;
  /** Wanted number of classes, clamped to 3..9. Fewer distinct values give fewer classes. */
  classes: number;
  palette: PaletteId;
  /** Diverging midpoint (e.g. 0 for a net balance). Used only with a diverging palette. */
  midpoint?: number | null;
  /** User thresholds for `custom`, in the indicator's unit. */
  breaks?: readonly number[];
  /** Compute breaks on log10 of the values (positive values only), for skewed counts. */
  log?: boolean;
  /** Darkest colour for the lowest value: ranks, where 1 is the largest. */
  descending?: boolean;
}

/** A diverging side holds at most this many classes, so both sides fit ColorBrewer's 11. */
const MAX_SIDE_CLASSES = 5;

/**
 * Classifies `values` (one per unit; null or non-finite = no data) into coloured classes.
 * Pure: the same input always gives the same plain-data result. Bad values never throw; a bad
 * *configuration* (an unknown method) does, with a precise message.
 */
export function classify(values: ReadonlyArray<number | null>, options: ClassifyOptions): Classification {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const sorted = Float64Array.from(finite).sort();
  const noData = { color: NO_DATA_COLOR, count: values.length - finite.length };
  const sortedArr = Array.from(sorted);

  if (options.method === 'categorical') {
    return countClasses(buildCategorical(sortedArr, options, noData), values);
  }
  if (!(['quantile', 'equal', 'jenks', 'custom'] as const).includes(options.method)) {
    throw new Error(`invalid method: ${String(options.method)}`);
  }
  const k = clampClasses(options.classes);
  const midpoint = options.midpoint ?? null;
  const diverging = midpoint !== null && paletteKind(options.palette) === 'diverging';

  let thresholds: number[];
  let colors: string[];
  if (sortedArr.length === 0) {
    thresholds = [];
    colors = [];
  } else if (diverging) {
    ({ thresholds, colors } = divergingBreaks(sortedArr, k, midpoint, options));
  } else {
    thresholds = breaksFor(options, sortedArr, k);
    colors = paletteColors(options.palette, thresholds.length + 1);
  }
  if (options.descending) colors.reverse();
  const min = sortedArr[0] ?? 0;
  const max = sortedArr[sortedArr.length - 1] ?? 0;
  const bins: ClassBin[] =
    sortedArr.length === 0
      ? []
      : colors.map((color, i) => ({
          lower: i === 0 ? min : (thresholds[i - 1] as number),
          upper: i === colors.length - 1 ? max : (thresholds[i] as number),
          color,
          count: 0,
          category: null,
        }));
  const c: Classification = {
    method: options.method,
    kind: diverging ? 'diverging' : 'sequential',
    thresholds,
    bins,
    midpoint: diverging ? midpoint : null,
    noData,
  };
  return countClasses(c, values);
}

function clampClasses(k: number): number {
  if (!Number.isFinite(k)) return 5;
  return Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(k)));
}

function buildCategorical(
  sorted: number[],
  options: ClassifyOptions,
  noData: Classification['noData'],
): Classification {
  const categories = [...new Set(sorted)];
  const colors = categories.length > 0 ? paletteColors(options.palette, Math.min(categories.length, MAX_CLASSES)) : [];
  if (options.descending) colors.reverse();
  // More categories than colours: the extra categories repeat the last colour but keep their own label.
  const bins = categories.map((category, i) => ({
    lower: category,
    upper: category,
    color: colors[Math.min(i, colors.length - 1)] as string,
    count: 0,
    category,
  }));
  return { method: 'categorical', kind: 'categorical', thresholds: [], bins, midpoint: null, noData };
}

/** Thresholds (k-1 at most, ascending, strictly inside (min, max]) for one run of sorted values. */
function breaksFor(options: ClassifyOptions, sorted: number[], k: number, lo?: number, hi?: number): number[] {
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const useLog = options.log === true && min > 0 && options.method !== 'custom';
  const t = useLog ? sorted.map(Math.log10) : sorted;
  const tlo = useLog ? Math.log10(lo ?? min) : (lo ?? min);
  const thi = useLog ? Math.log10(hi ?? max) : (hi ?? max);
  let raw: number[];
  const distinct = [...new Set(t)];
  // Fewer distinct values than classes: each value gets its own class rather than some classes
  // claiming a range nobody is in.
  if (distinct.length < k && options.method !== 'custom') raw = distinct.slice(1);
  else switch (options.method) {
    case 'quantile':
      raw = range(1, k).map((i) => quantileSorted(t, i / k) as number);
      break;
    case 'equal':
      raw = range(1, k).map((i) => tlo + ((thi - tlo) * i) / k);
      break;
    case 'jenks': {
      raw = ckmeans(t, k)
        .slice(1)
        .map((cluster) => cluster[0] as number);
      break;
    }
    case 'custom':
      raw = [...(options.breaks ?? [])].filter(Number.isFinite);
      break;
    default:
      throw new Error(`invalid method: ${options.method}`);
  }
  const back = useLog ? raw.map((x) => 10 ** x) : raw;
  return [...new Set(back)].filter((x) => x > min && x <= max).sort((a, b) => a - b);
}

/**
 * Diverging classes: the midpoint is always a break, each side is classified on its own values,
 * and colours are taken outward from the palette's centre so equal distance from the midpoint
 * means equal lightness on both sides.
 */
function divergingBreaks(sorted: number[], k: number, midpoint: number, options: ClassifyOptions) {
  const below = sorted.filter((v) => v < midpoint);
  const above = sorted.filter((v) => v >= midpoint);
  // Odd k: the side holding more values gets the extra class. A lone side takes all k (≤ 5).
  const small = Math.floor(k / 2);
  const [wantBelow, wantAbove] = below.length > above.length ? [k - small, small] : [small, k - small];
  const kBelow = Math.min(MAX_SIDE_CLASSES, above.length > 0 ? wantBelow : k);
  const kAbove = Math.min(MAX_SIDE_CLASSES, below.length > 0 ? wantAbove : k);
  const tBelow = below.length > 0 ? breaksFor(options, below, kBelow, undefined, midpoint) : [];
  const tAbove = above.length > 0 ? breaksFor(options, above, kAbove, midpoint) : [];
  const nBelow = below.length > 0 ? tBelow.length + 1 : 0;
  const nAbove = above.length > 0 ? tAbove.length + 1 : 0;
  const side = Math.max(nBelow, nAbove);
  const scheme = paletteColors(options.palette, 2 * side);
  const colors = [...scheme.slice(side - nBelow, side), ...scheme.slice(side, side + nAbove)];
  const thresholds = [...tBelow, ...(nBelow > 0 && nAbove > 0 ? [midpoint] : []), ...tAbove];
  return { thresholds, colors };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
