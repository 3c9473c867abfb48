import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { NO_DATA_COLOR } from '../scales/palettes';
import { THEME_COLOURS } from '../scales/themeColours';

export interface StyleInputs {
  provinces: FeatureCollection;
  countries: FeatureCollection;
  land: FeatureCollection;
  labels: FeatureCollection;
  /** Programme markers: Points with properties { id }. */
  programmes: FeatureCollection;
  /** Absolute URL of the bundled label font (a subset of Noto Sans CJK SC), or null for local fonts. */
  fontUrl: string | null;
  lang: Lang;
  /** Units with no data, drawn hatched (see noDataIds). */
  noData: readonly string[];
  /** Label size relative to normal (see labelSize). */
  labelScale: number;
  /** Units whose labels are placed first, so collisions drop others (the provinces a slide names). */
  emphasis: readonly string[];
}

/** Province label size, px: 10 at zoom 3 to 14 at zoom 6, times `scale` (larger when presenting). */
export function labelSize(scale: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 3, 10 * scale, 6, 14 * scale];
}

/** The same size, evaluated: px at `zoom` (clamped to zoom 3–6 as MapLibre's interpolate is). */
export function labelSizeAt(zoom: number, scale: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 3) / 3));
  return (10 + 4 * t) * scale;
}

/**
 * Screen offset of programme markers from their label anchor, [x, y] px (y down), by zoom: below
 * the two-line label (its height is about 2.1 × the text size, centred on the anchor) with the
 * marker's radius and ring and a gap, so markers step aside and labels stay readable. Zoomed far
 * out (a phone's whole China, zoom 2) provinces are small: the marker shrinks and moves in, and
 * the label is drawn over it.
 */
export function programmeOffset(scale: number): ExpressionSpecification {
  const below = (zoom: number): ['literal', [number, number]] => ['literal', [0, Math.round(1.05 * labelSizeAt(zoom, scale) + 14)]];
  return ['interpolate', ['linear'], ['zoom'], 2, ['literal', [0, Math.round(8 * scale)]], 3, below(3), 6, below(6)];
}

/** Programme marker radius, px, by zoom: small where provinces are small. */
export const PROGRAMME_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 6, 3.5, 11];

/** Labels of the emphasised units sort first: MapLibre places lower keys first and drops later ones on collision. */
export function labelSortKey(emphasis: readonly string[]): ExpressionSpecification {
  return ['case', ['in', ['get', 'id'], ['literal', [...emphasis]]], 0, 1];
}

/** The hatch layer's filter: exactly the units in `ids`. */
export function hatchFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

export const LAYER = {
  clusters: 'facility-clusters',
  clusterCount: 'facility-cluster-count',
  facilities: 'facility-points',
  facilityLetters: 'facility-letters',
  programmes: 'programme-markers',
  programmeLetters: 'programme-letters',
  fill: 'provinces-fill',
  hatch: 'provinces-nodata',
  outline: 'provinces-outline',
  highlight: 'provinces-highlight',
  labels: 'province-labels',
  regionHatch: 'regions-nodata',
  regionFill: 'regions-fill',
  regionOutline: 'regions-outline',
  regionHighlight: 'regions-highlight',
  regionLabels: 'region-labels',
} as const;

export const SOURCE = {
  provinces: 'provinces',
  labels: 'labels',
  facilities: 'facilities',
  programmes: 'programmes',
  regions: 'regions',
  regionLabels: 'region-labels',
  regionHighlight: 'region-highlight',
} as const;

/** The region hatch layer's filter: exactly the regions (by key) in `keys`. */
export function regionHatchFilter(keys: readonly string[]): FilterSpecification {
  return ['in', ['get', 'key'], ['literal', [...keys]]];
}

/**
 * Province borders while a region set is shown: darker and wider than the white lines between
 * filled provinces, so they read on top of the region fills and their thin borders.
 */
export const PROVINCE_BORDER = {
  provinces: { color: '#ffffff', width: 0.8 },
  regions: { color: '#4a4a4a', width: 1.4 },
} as const;

/**
 * Facility type colours (Okabe–Ito, distinguishable under the common colour-vision deficiencies);
 * each marker also carries its type's letter, so type never rests on colour alone.
 */
export const FACILITY_STYLE = {
  home: { color: THEME_COLOURS['type-home'], letter: 'H' },
  centre: { color: THEME_COLOURS['type-centre'], letter: 'C' },
  school: { color: THEME_COLOURS['type-school'], letter: 'S' },
  other: { color: THEME_COLOURS['type-other'], letter: 'O' },
} as const;
export const SYNTHETIC_RING = THEME_COLOURS.synthetic;
export const PROGRAMME_COLOR = THEME_COLOURS.accent;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Clusters open up past this zoom; a province is about 5–8 zoom levels across at most. */
export const CLUSTER_MAX_ZOOM = 8;
export const HATCH_IMAGE = 'nodata-hatch';
export const LABEL_FONT = 'Liushou Labels';

export const COLORS = {
  sea: '#dce8f0',
  land: '#f3f1ec',
  countryBorder: '#b9b4aa',
  hover: '#333333',
  regionBorder: 'rgba(255,255,255,0.85)',
  selected: '#000000',
  focus: THEME_COLOURS.focus,
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
/** A facility marker's radius and a cluster's by its point count (step: 12 px, 16 px from 50 points …), CSS px. */
export const FACILITY_RADIUS = 7;
export const CLUSTER_RADII = [12, 50, 16, 500, 21, 5000, 26] as const;

/** The radius a facility marker or cluster (by its `point_count`) is drawn with, CSS px. */
export function markerRadius(properties: Record<string, unknown> | null | undefined): number {
  const count = Number(properties?.['point_count']);
  if (!Number.isFinite(count)) return FACILITY_RADIUS;
  let r: number = CLUSTER_RADII[0];
  for (let i = 1; i < CLUSTER_RADII.length; i += 2) if (count >= CLUSTER_RADII[i]!) r = CLUSTER_RADII[i + 1]!;
  return r;
}

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
      // Facilities arrive later (imported or demonstration); clustered in MapLibre's worker.
      [SOURCE.facilities]: {
        type: 'geojson',
        data: EMPTY,
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        // No promoteId: each point's GeoJSON `id` is its index, unique even when two files reuse
        // an id, which MapLibre's updateData (used to feed large sets in parts) requires.
      },
      [SOURCE.programmes]: { type: 'geojson', data: inputs.programmes, promoteId: 'id' },
      // A planner's own regions (#15): empty until a set is shown; fills by feature-state per region key.
      [SOURCE.regions]: { type: 'geojson', data: EMPTY, promoteId: 'key' },
      [SOURCE.regionLabels]: { type: 'geojson', data: EMPTY },
      // The focused, selected and hovered regions only (property `role`): feature-state on the
      // regions' own line layer made MapLibre rewrite that layer's paint arrays for every region of
      // each tile it loaded (60–130 ms a tile for 3,000 counties).
      [SOURCE.regionHighlight]: { type: 'geojson', data: EMPTY },
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
      // No data is a hatch under the fill, drawn only for those units; their fill goes transparent.
      {
        id: LAYER.hatch,
        type: 'fill',
        source: SOURCE.provinces,
        filter: hatchFilter(inputs.noData),
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
      // Regions under the province borders: hatch for no data, fill, then their own thin borders.
      {
        id: LAYER.regionHatch,
        type: 'fill',
        source: SOURCE.regions,
        filter: regionHatchFilter([]),
        paint: { 'fill-pattern': HATCH_IMAGE },
      },
      {
        id: LAYER.regionFill,
        type: 'fill',
        source: SOURCE.regions,
        paint: {
          'fill-color': ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'noData'], false], 0, ['boolean', ['feature-state', 'dim'], false], 0.2, 1],
        },
      },
      {
        id: LAYER.regionOutline,
        type: 'line',
        source: SOURCE.regions,
        paint: { 'line-color': COLORS.regionBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1] },
      },
      {
        id: LAYER.outline,
        type: 'line',
        source: SOURCE.provinces,
        paint: { 'line-color': PROVINCE_BORDER.provinces.color, 'line-width': PROVINCE_BORDER.provinces.width },
      },
      {
        id: LAYER.regionHighlight,
        type: 'line',
        source: SOURCE.regionHighlight,
        paint: {
          'line-color': ['match', ['get', 'role'], 'focus', COLORS.focus, 'selected', COLORS.selected, COLORS.hover],
          'line-width': ['match', ['get', 'role'], 'focus', 3.5, 'selected', 2.5, 'hover', 1.5, 0],
        },
      },
      {
        id: LAYER.highlight,
        type: 'line',
        source: SOURCE.provinces,
        paint: {
          // Keyboard focus is a thick blue ring, distinct from the black selection outline.
          'line-color': [
            'case',
            ['boolean', ['feature-state', 'focus'], false],
            COLORS.focus,
            ['boolean', ['feature-state', 'selected'], false],
            COLORS.selected,
            COLORS.hover,
          ],
          'line-width': [
            'case',
            ['boolean', ['feature-state', 'focus'], false],
            4,
            ['boolean', ['feature-state', 'selected'], false],
            3,
            ['boolean', ['feature-state', 'hover'], false],
            2,
            0,
          ],
        },
      },
      {
        id: LAYER.programmes,
        type: 'circle',
        source: SOURCE.programmes,
        paint: {
          'circle-radius': PROGRAMME_RADIUS,
          'circle-color': '#ffffff',
          'circle-stroke-color': PROGRAMME_COLOR,
          'circle-stroke-width': 3,
          'circle-translate': programmeOffset(inputs.labelScale),
        },
      },
      {
        id: LAYER.programmeLetters,
        type: 'symbol',
        source: SOURCE.programmes,
        layout: { 'text-field': 'P', 'text-font': [LABEL_FONT], 'text-size': ['interpolate', ['linear'], ['zoom'], 2, 7, 3.5, 12], 'text-allow-overlap': true, 'text-ignore-placement': true },
        paint: { 'text-color': PROGRAMME_COLOR, 'text-translate': programmeOffset(inputs.labelScale) },
      },
      {
        id: LAYER.clusters,
        type: 'circle',
        source: SOURCE.facilities,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#24495a',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-radius': ['step', ['get', 'point_count'], ...CLUSTER_RADII],
        },
      },
      {
        id: LAYER.clusterCount,
        type: 'symbol',
        source: SOURCE.facilities,
        filter: ['has', 'point_count'],
        layout: {
          'text-field': ['get', 'point_count_abbreviated'],
          'text-font': [LABEL_FONT],
          'text-size': 11,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#ffffff' },
      },
      {
        id: LAYER.facilities,
        type: 'circle',
        source: SOURCE.facilities,
        filter: ['!', ['has', 'point_count']],
        paint: {
          'circle-radius': FACILITY_RADIUS,
          'circle-color': [
            'match',
            ['get', 'type'],
            'home',
            FACILITY_STYLE.home.color,
            'centre',
            FACILITY_STYLE.centre.color,
            'school',
            FACILITY_STYLE.school.color,
            FACILITY_STYLE.other.color,
          ],
          // Synthetic (demonstration) facilities get a pink ring as well as the word in every label.
          'circle-stroke-color': ['case', ['==', ['get', 'synthetic'], 1], SYNTHETIC_RING, '#ffffff'],
          'circle-stroke-width': ['case', ['==', ['get', 'synthetic'], 1], 2.5, 1.5],
        },
      },
      {
        id: LAYER.facilityLetters,
        type: 'symbol',
        source: SOURCE.facilities,
        filter: ['!', ['has', 'point_count']],
        layout: {
          'text-field': [
            'match',
            ['get', 'type'],
            'home',
            FACILITY_STYLE.home.letter,
            'centre',
            FACILITY_STYLE.centre.letter,
            'school',
            FACILITY_STYLE.school.letter,
            FACILITY_STYLE.other.letter,
          ],
          'text-font': [LABEL_FONT],
          'text-size': 9,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#ffffff' },
      },
      // Region names (from the user's file, drawn as text) from the zoom where regions are large enough.
      {
        id: LAYER.regionLabels,
        type: 'symbol',
        source: SOURCE.regionLabels,
        minzoom: 6,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [LABEL_FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 9, 13],
          'text-max-width': 8,
          'text-padding': 2,
        },
        paint: { 'text-color': COLORS.labelText, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.2 },
      },
      // Labels last: drawn over every marker and placed before them, so markers never hide a name.
      {
        id: LAYER.labels,
        type: 'symbol',
        source: SOURCE.labels,
        layout: {
          'text-field': labelText(inputs.lang),
          'text-font': [LABEL_FONT],
          'text-size': labelSize(inputs.labelScale),
          'text-line-height': 1.1,
          'text-max-width': 12,
          'text-padding': 1,
          'symbol-sort-key': labelSortKey(inputs.emphasis),
          // A label that collides may step to one side rather than vanish.
          // Never below its anchor: that is where a programme marker sits.
          'text-variable-anchor': ['center', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.3,
        },
        paint: { 'text-color': COLORS.labelText, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.2 },
      },
    ],
  };
  if (inputs.fontUrl) style['font-faces'] = { [LABEL_FONT]: inputs.fontUrl };
  return style;
}
