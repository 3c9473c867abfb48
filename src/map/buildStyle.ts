import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { NO_DATA_COLOR } from '../scales/palettes';

export interface StyleInputs {
  provinces: FeatureCollection;
  countries: FeatureCollection;
  land: FeatureCollection;
  labels: FeatureCollection;
  /** Absolute URL of the bundled label font (a subset of Noto Sans CJK SC), or null for local fonts. */
  fontUrl: string | null;
  lang: Lang;
}

export const LAYER = {
  fill: 'provinces-fill',
  hatch: 'provinces-nodata',
  outline: 'provinces-outline',
  highlight: 'provinces-highlight',
  labels: 'province-labels',
} as const;

export const SOURCE = { provinces: 'provinces', labels: 'labels' } as const;
export const HATCH_IMAGE = 'nodata-hatch';
export const LABEL_FONT = 'Liushou Labels';

export const COLORS = {
  sea: '#dce8f0',
  land: '#f3f1ec',
  countryBorder: '#b9b4aa',
  provinceBorder: '#ffffff',
  hover: '#333333',
  selected: '#000000',
  labelText: '#222222',
  labelHalo: 'rgba(255,255,255,0.9)',
} as const;

/** Both names, the UI language first: labels are always bilingual. */
export function labelText(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? (['zh', 'en'] as const) : (['en', 'zh'] as const);
  return ['format', ['get', first], {}, '\n', {}, ['get', second], { 'font-scale': 0.85 }];
}

/**
 * The whole map style, built from our own data only: no tile, glyph or sprite server. Without a
 * `glyphs` URL MapLibre draws text locally; `font-faces` points it at our bundled subset font so
 * labels look the same on every machine.
 */
export function buildStyle(inputs: StyleInputs): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    name: 'Liushou Atlas',
    sources: {
      land: { type: 'geojson', data: inputs.land },
      countries: { type: 'geojson', data: inputs.countries },
      // promoteId lets fills be set per unit through feature-state, keyed by our unit id ("SC").
      [SOURCE.provinces]: { type: 'geojson', data: inputs.provinces, promoteId: 'id' },
      [SOURCE.labels]: { type: 'geojson', data: inputs.labels },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': COLORS.land } },
      {
        id: 'country-borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': COLORS.countryBorder, 'line-width': 0.8 },
      },
      // No data is a hatch under the fill; the fill goes transparent where a unit has no data.
      {
        id: LAYER.hatch,
        type: 'fill',
        source: SOURCE.provinces,
        paint: { 'fill-pattern': HATCH_IMAGE },
      },
      {
        id: LAYER.fill,
        type: 'fill',
        source: SOURCE.provinces,
        paint: {
          'fill-color': ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR],
          'fill-opacity': [
            'case',
            ['boolean', ['feature-state', 'noData'], false],
            0,
            ['boolean', ['feature-state', 'dim'], false],
            0.2,
            1,
          ],
        },
      },
      {
        id: LAYER.outline,
        type: 'line',
        source: SOURCE.provinces,
        paint: { 'line-color': COLORS.provinceBorder, 'line-width': 0.8 },
      },
      {
        id: LAYER.highlight,
        type: 'line',
        source: SOURCE.provinces,
        paint: {
          'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], COLORS.selected, COLORS.hover],
          'line-width': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            3,
            ['boolean', ['feature-state', 'hover'], false],
            2,
            0,
          ],
        },
      },
      {
        id: LAYER.labels,
        type: 'symbol',
        source: SOURCE.labels,
        layout: {
          'text-field': labelText(inputs.lang),
          'text-font': [LABEL_FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 14],
          'text-line-height': 1.1,
          'text-max-width': 12,
          'text-padding': 1,
        },
        paint: { 'text-color': COLORS.labelText, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.2 },
      },
    ],
  };
  if (inputs.fontUrl) style['font-faces'] = { [LABEL_FONT]: inputs.fontUrl };
  return style;
}
