import type { Indicator } from '../data/indicator';
import type { ClassifyOptions } from '../scales/classify';
import { highContrastPalette } from '../scales/palettes';
import type { AppState } from '../state/appState';

/** Kinds whose values are labels (a rank, "named"), drawn one class per value, never as ranges. */
export function isCategoricalKind(indicator: Indicator): boolean {
  return indicator.kind === 'rank' || indicator.kind === 'flag';
}

/**
 * The user's classification choices laid over the indicator's defaults. A choice that does not fit
 * the indicator (ranges for ranks and flags, one class per value for counts) falls back to the
 * default, so every link draws something sensible.
 */
export function resolveClassOptions(state: AppState, indicator: Indicator): ClassifyOptions {
  const d = indicator.defaults;
  const categorical = isCategoricalKind(indicator);
  let method = state.method ?? d.method;
  if (categorical) method = 'categorical';
  else if (method === 'categorical') method = d.method === 'categorical' ? 'quantile' : d.method;
  const palette = state.palette ?? d.palette;
  return {
    method,
    classes: state.classes ?? d.classes,
    palette: state.highContrast ? highContrastPalette(palette, d.midpoint ?? null) : palette,
    midpoint: d.midpoint ?? null,
    breaks: state.breaks,
    log: state.log,
    descending: d.descending ?? false,
  };
}
