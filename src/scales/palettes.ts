import { THEME_COLOURS } from './themeColours';
import {
  interpolateCividis,
  schemeBlues,
  schemeBrBG,
  schemeGreens,
  schemeOranges,
  schemePuOr,
  schemePurples,
  schemeRdBu,
  schemeYlGnBu,
  schemeYlOrRd,
} from 'd3-scale-chromatic';

/**
 * Palettes by id. All are ColorBrewer schemes chosen to stay distinguishable under the common
 * colour-vision deficiencies. Colours run from the lowest class to the highest; for the diverging
 * schemes that means the low side first: `PuOr` is purple (below the midpoint) to orange (above).
 */
export const PALETTE_IDS = ['Oranges', 'YlOrRd', 'Blues', 'Greens', 'Purples', 'YlGnBu', 'Cividis', 'PuOr', 'RdBu', 'BrBG'] as const;

/** For projectors and print: the widest lightness range, dark blue to bright yellow, also CVD-safe. */
export const HIGH_CONTRAST_PALETTE: PaletteId = 'Cividis';
/** The diverging counterpart: ColorBrewer's most saturated diverging scheme, CVD-safe, dark at both ends. */
export const HIGH_CONTRAST_DIVERGING: PaletteId = 'RdBu';
export type PaletteId = (typeof PALETTE_IDS)[number];
export type PaletteKind = 'sequential' | 'diverging';

/** d3's schemes are indexed by size; only 3..9 (sequential) or 3..11 (diverging) exist. */
type Scheme = ReadonlyArray<ReadonlyArray<string>>;

interface PaletteDef {
  kind: PaletteKind;
  scheme: Scheme;
  /** Flip d3's order so that index 0 is the colour we want for the lowest class. */
  reverse: boolean;
  maxSize: number;
}

const DEFS: Record<PaletteId, PaletteDef> = {
  Oranges: { kind: 'sequential', scheme: schemeOranges, reverse: false, maxSize: 9 },
  YlOrRd: { kind: 'sequential', scheme: schemeYlOrRd, reverse: false, maxSize: 9 },
  Blues: { kind: 'sequential', scheme: schemeBlues, reverse: false, maxSize: 9 },
  Greens: { kind: 'sequential', scheme: schemeGreens, reverse: false, maxSize: 9 },
  Purples: { kind: 'sequential', scheme: schemePurples, reverse: false, maxSize: 9 },
  YlGnBu: { kind: 'sequential', scheme: schemeYlGnBu, reverse: false, maxSize: 9 },
  // Cividis is a continuous ramp; sample it at n evenly spaced points, light (yellow) for the lowest class like the others.
  Cividis: { kind: 'sequential', scheme: sampled(interpolateCividis), reverse: false, maxSize: 9 },
  // d3's PuOr already runs purple (low) to orange (high): net senders come out warm.
  PuOr: { kind: 'diverging', scheme: schemePuOr, reverse: false, maxSize: 11 },
  // d3's RdBu runs red to blue; flipped so that high is red.
  RdBu: { kind: 'diverging', scheme: schemeRdBu, reverse: true, maxSize: 11 },
  BrBG: { kind: 'diverging', scheme: schemeBrBG, reverse: false, maxSize: 11 },
};

/** The no-data fill: a light neutral grey, always drawn with a hatch so it never reads as a low value. */
export const NO_DATA_COLOR: string = THEME_COLOURS.nodata;

/** Turns a continuous interpolator into d3's size-indexed scheme form (sizes 3..11). */
function sampled(interpolate: (t: number) => string): Scheme {
  const out: string[][] = [];
  for (let n = 3; n <= 11; n++) out[n] = Array.from({ length: n }, (_, i) => toHex(interpolate(1 - i / (n - 1))));
  return out;
}

/** d3's interpolators give `rgb(r, g, b)`; MapLibre and our tests compare `#rrggbb`. */
function toHex(color: string): string {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(color);
  if (!m) return color;
  return `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
}

export function isPaletteId(s: string): s is PaletteId {
  return (PALETTE_IDS as readonly string[]).includes(s);
}

export function paletteKind(id: PaletteId): PaletteKind {
  return DEFS[id].kind;
}

/**
 * The high-contrast stand-in for `palette`, of the same kind, so that classes never change with it:
 * classification is diverging exactly when there is a midpoint and the palette is diverging
 * (classify.ts), and a sequential palette in place of a diverging one would merge the classes
 * around the midpoint.
 */
export function highContrastPalette(palette: PaletteId, midpoint: number | null): PaletteId {
  return midpoint !== null && paletteKind(palette) === 'diverging' ? HIGH_CONTRAST_DIVERGING : HIGH_CONTRAST_PALETTE;
}

/**
 * `n` colours from palette `id`, low to high. For n = 1 or 2 (ColorBrewer has no such sizes) the
 * colours come from the 3-class scheme, keeping its darker end so a lone class is not near-white.
 */
export function paletteColors(id: PaletteId, n: number): string[] {
  const def = DEFS[id];
  const size = Math.min(Math.max(n, 3), def.maxSize);
  const base = def.scheme[size];
  if (!base) throw new Error(`palette ${id} has no ${size}-class scheme`);
  const colors = def.reverse ? [...base].reverse() : [...base];
  if (n >= 3) return colors.slice(0, n);
  return colors.slice(colors.length - n);
}
