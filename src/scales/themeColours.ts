/**
 * The colours the page, the map and the exported picture share, defined once. The stylesheet
 * reads them as CSS custom properties (`var(--ink)`), which start-up sets from this table
 * (`themeCssVariables`); the map style and the picture use the values directly. A test fails on a
 * colour of this table written out in styles.css.
 */
export const THEME_COLOURS = {
  ink: '#1f1f1f',
  'ink-soft': '#4a4a4a',
  paper: '#ffffff',
  line: '#d0ccc4',
  /** Links, programme markers and the accent of the page. */
  accent: '#8a3b00',
  /** Keyboard focus rings, on the page and on the map. */
  focus: '#1a5fb4',
  nodata: '#d9d9d9',
  'nodata-line': '#969696',
  /** Synthetic demonstration data: the marker ring, and the banner's background and text. */
  synthetic: '#CC79A7',
  'synthetic-bg': '#fbe3f0',
  'synthetic-ink': '#5a1d3f',
  /** Facility types (Okabe–Ito, distinguishable under the common colour-vision deficiencies). */
  'type-home': '#0072B2',
  'type-centre': '#009E73',
  'type-school': '#D55E00',
  'type-other': '#666666',
} as const;

export type ThemeColour = keyof typeof THEME_COLOURS;

/** `[--name, value]` for every theme colour, to set on the document's root element. */
export function themeCssVariables(): Array<[string, string]> {
  return Object.entries(THEME_COLOURS).map(([name, value]) => [`--${name}`, value]);
}
