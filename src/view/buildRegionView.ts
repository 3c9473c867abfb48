import type { Source } from '../data/figure';
import type { Indicator } from '../data/indicator';
import { UNDATED_YEAR } from '../data/importedDataset';
import { UNIT_BY_ID, type Unit } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { BBox } from '../regions/parseRegions';
import { regionTwinOf, stateIndicatorOf, type RegionCensus, type RegionIndicator } from '../regions/regionCensus';
import { regionKey, type RegionSet } from '../regions/regionSet';
import { classIndexOf, countClasses, type Classification } from '../scales/classification';
import { classify, type ClassifyOptions } from '../scales/classify';
import { NO_DATA_COLOR } from '../scales/palettes';
import type { AppState } from '../state/appState';
import { buildLegend, type LegendEntry, type SourceRef } from './buildViewModel';
import { formatNumber, formatValueWithUnit } from './formatValue';
import { resolveClassOptions } from './resolveClassOptions';
import { buildRegionFeatures, type RegionFeatures } from './buildRegionFeatures';

const T = MESSAGES.regionView;

/** What the view needs of the shown region set: the set, its indicators, and its census match. */
export interface RegionLayer {
  set: RegionSet;
  /** Indicators on the set's regions (the county census, joined tables), in picker order. */
  indicators: readonly RegionIndicator[];
  /** The census match (codes not found), or null for a set without county codes or while loading. */
  census: RegionCensus | null;
  /** The set has county codes and the county census is still being fetched. */
  censusPending: boolean;
  /** Sources of the indicators that are not in the province datasets' table (tables joined to the set). */
  sources?: Readonly<Record<string, Source>>;
}

/** One region as the map, table, tooltip and keyboard see it. Names come from the user's file: text only. */
export interface RegionRow {
  /** `regionKey`: its code, or `#<feature>`. The map feature id, the table key and `state.region`. */
  key: string;
  /** The file's name, else its code, else "Region <feature>". */
  label: string;
  name: string | null;
  code: string | null;
  province: Unit | null;
  value: number | null;
  classIndex: number | null;
  fill: string;
  /** 1 = highest value; null for no data. Ties share the better rank. */
  rank: number | null;
  /** [lon, lat] degrees of the bbox centre: keyboard navigation steps between these. */
  centre: [number, number];
}

/** One figure of the selected region: every indicator and year the set has. */
export interface RegionFigure {
  indicator: Indicator;
  year: number;
  value: number | null;
  text: string;
  derived: boolean;
  sources: SourceRef[];
}

export interface RegionSetView {
  setId: string;
  fileName: string;
  importedAt: string;
  /** The indicator drawn, or null when the set has none (no county codes, nothing joined, census loading). */
  indicator: Indicator | null;
  /** Set when the province indicator chosen has no twin on regions: what was asked for. */
  fallbackFrom: Indicator | null;
  year: number | null;
  years: number[];
  indicators: Indicator[];
  /** For the indicator picker: the state's indicator id that shows each of `indicators` (by its id). */
  stateIndicator: Readonly<Record<string, string>>;
  rows: RegionRow[];
  byKey: ReadonlyMap<string, RegionRow>;
  classification: Classification;
  classOptions: ClassifyOptions | null;
  legend: Array<LegendEntry<string>>;
  /** Fill per region key; keys in `noDataKeys` are drawn hatched. */
  fills: Readonly<Record<string, string>>;
  noDataKeys: string[];
  /** [west, south, east, north] of all regions, degrees: the camera fits this when the set is first shown. */
  bbox: BBox;
  /** The set's polygons, label points and label zoom for the map (built once per set). */
  features: RegionFeatures;
  /** The map title: indicator, year, file and region count. */
  title: string;
  /** Sentences under the title: fallback, census loading, unmatched codes, no indicators. */
  notes: string[];
  sources: SourceRef[];
  selected: { row: RegionRow; figures: RegionFigure[] } | null;
}

const EMPTY: Classification = { method: 'quantile', kind: 'sequential', thresholds: [], bins: [], midpoint: null, noData: { color: NO_DATA_COLOR, count: 0 } };

function refs(ids: readonly string[], sources: Readonly<Record<string, Source>>): SourceRef[] {
  return [...new Set(ids)].flatMap((id) => (sources[id] ? [{ id, source: sources[id] }] : []));
}

/** The region indicator to draw: the one named, the county twin of the province indicator, else the first. */
function chooseIndicator(state: AppState, indicators: readonly RegionIndicator[]): RegionIndicator | null {
  const byId = (id: string | undefined) => (id === undefined ? undefined : indicators.find((i) => i.indicator.id === id));
  return byId(state.indicator) ?? byId(regionTwinOf(state.indicator)) ?? indicators[0] ?? null;
}

function unionBBox(set: RegionSet): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of set.regions) {
    b[0] = Math.min(b[0], r.bbox[0]);
    b[1] = Math.min(b[1], r.bbox[1]);
    b[2] = Math.max(b[2], r.bbox[2]);
    b[3] = Math.max(b[3], r.bbox[3]);
  }
  return Number.isFinite(b[0]) ? b : [73, 17, 136, 54];
}

/**
 * State + the shown region set → what the map, legend, table, tooltip and details draw for regions.
 * Pure, and the same machinery as provinces (classify, resolveClassOptions, buildLegend), but
 * classed over the regions' values alone: a region indicator never shares a scale with provinces.
 * `provinceIndicator` is the indicator the state names, to say when it has no figures by region.
 */
export function buildRegionView(
  state: AppState,
  layer: RegionLayer,
  sources: Readonly<Record<string, Source>>,
  provinceIndicator: Indicator | null = null,
): RegionSetView {
  const { set } = layer;
  const lang = state.lang;
  if (layer.sources) sources = { ...sources, ...layer.sources };
  const chosen = chooseIndicator(state, layer.indicators);
  const indicator = chosen?.indicator ?? null;
  const year = indicator ? (state.year !== null && indicator.years.includes(state.year) ? state.year : (indicator.years.at(-1) ?? null)) : null;
  const values = chosen && year !== null ? chosen.values.get(year) : undefined;
  const valueOf = (key: string): number | null => {
    const v = values?.get(key);
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  };

  const keys = set.regions.map(regionKey);
  let classification = EMPTY;
  let classOptions: ClassifyOptions | null = null;
  if (chosen && indicator) {
    classOptions = resolveClassOptions(state, indicator);
    // As for provinces: classes across all the indicator's years, unless `perYear`.
    const classYears = state.perYear || year === null ? [year] : indicator.years;
    const pooled = classYears.flatMap((y) => [...(chosen.values.get(y as number)?.values() ?? [])]);
    classification = classify(pooled, classOptions);
  }
  const shown = keys.map(valueOf);
  const counted = countClasses(classification, shown);

  const order = keys.map((k, i) => [k, shown[i]] as const).filter((e): e is readonly [string, number] => e[1] !== null);
  order.sort((a, b) => b[1] - a[1]);
  const rankOf = new Map<string, number>();
  order.forEach(([k, v], i) => {
    const prev = order[i - 1];
    rankOf.set(k, prev && prev[1] === v ? (rankOf.get(prev[0]) as number) : i + 1);
  });

  const rows: RegionRow[] = set.regions.map((r, i) => {
    const key = keys[i] as string;
    const value = shown[i] ?? null;
    const classIndex = classIndexOf(counted, value);
    return {
      key,
      label: r.name ?? r.code ?? T.unnamed[lang](String(r.feature)),
      name: r.name,
      code: r.code,
      province: r.province ? (UNIT_BY_ID.get(r.province) ?? null) : null,
      value,
      classIndex,
      fill: classIndex === null ? counted.noData.color : (counted.bins[classIndex]?.color ?? counted.noData.color),
      rank: value === null ? null : (rankOf.get(key) ?? null),
      centre: [(r.bbox[0] + r.bbox[2]) / 2, (r.bbox[1] + r.bbox[3]) / 2],
    };
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));

  const n = formatNumber(rows.length, lang);
  const title =
    indicator && year === UNDATED_YEAR
      ? T.titleUndated[lang](indicator.label[lang], set.fileName, n)
      : indicator && year !== null
        ? T.title[lang](indicator.label[lang], String(year), set.fileName, n)
        : T.titleNoIndicator[lang](set.fileName, n);
  const notes: string[] = [];
  const fallbackFrom =
    indicator && provinceIndicator && provinceIndicator.id !== indicator.id && regionTwinOf(provinceIndicator.id) !== indicator.id ? provinceIndicator : null;
  if (indicator && fallbackFrom) {
    notes.push(T.fallback[lang](fallbackFrom.label[lang], indicator.label[lang]));
  }
  if (layer.censusPending) notes.push(T.censusLoading[lang]);
  else if (!indicator) notes.push(T.noIndicators[lang]);
  if (layer.census && layer.census.unmatched.length > 0) {
    const u = layer.census.unmatched;
    notes.push(T.unmatched[lang](formatNumber(u.length, lang), u.slice(0, 20).join(', ') + (u.length > 20 ? ', …' : '')));
  }
  if (layer.census && year !== null && indicator?.id.startsWith('county:')) {
    const missingThisYear = layer.census.missing[year as 2010 | 2020]?.length ?? 0;
    if (missingThisYear > layer.census.unmatched.length) notes.push(T.missingYear[lang](formatNumber(missingThisYear, lang), String(year)));
  }

  const selectedRow = state.region ? byKey.get(state.region) : undefined;
  return {
    setId: set.id,
    fileName: set.fileName,
    importedAt: set.importedAt,
    indicator,
    fallbackFrom,
    year,
    years: indicator?.years ?? [],
    indicators: layer.indicators.map((i) => i.indicator),
    stateIndicator: Object.fromEntries(layer.indicators.map((i) => [i.indicator.id, stateIndicatorOf(i.indicator.id)])),
    rows,
    byKey,
    classification: counted,
    classOptions,
    legend: indicator ? buildLegend(counted, indicator, lang, rows.map((r) => ({ id: r.key, classIndex: r.classIndex }))) : [],
    fills: Object.fromEntries(rows.map((r) => [r.key, r.fill])),
    noDataKeys: rows.filter((r) => r.classIndex === null).map((r) => r.key),
    bbox: unionBBox(set),
    features: buildRegionFeatures(set),
    title,
    notes,
    sources: chosen && year !== null ? refs(chosen.sources[year] ?? [], sources) : [],
    selected: selectedRow ? { row: selectedRow, figures: figuresOf(selectedRow.key, layer.indicators, sources, lang) } : null,
  };
}

/** Every figure the set holds for one region, indicator by indicator, years ascending. */
function figuresOf(key: string, indicators: readonly RegionIndicator[], sources: Readonly<Record<string, Source>>, lang: Lang): RegionFigure[] {
  return indicators.flatMap((ri) =>
    ri.indicator.years.map((year) => {
      const v = ri.values.get(year)?.get(key) ?? null;
      return {
        indicator: ri.indicator,
        year,
        value: v,
        text: v === null ? MESSAGES.noData[lang] : formatValueWithUnit(v, ri.indicator, lang),
        derived: ri.indicator.derived,
        sources: refs(ri.sources[year] ?? [], sources),
      };
    }),
  );
}

/**
 * The map's paint per region key: fill, hatched (no data), and dimmed when a legend class is lit
 * (`lit`: the keys to keep at full strength; null = all). The shape of the map adapter's FillState.
 */
export function regionFills(view: RegionSetView, lit: ReadonlySet<string> | null): Record<string, { fill: string; noData: boolean; dim: boolean }> {
  const out: Record<string, { fill: string; noData: boolean; dim: boolean }> = {};
  for (const r of view.rows) out[r.key] = { fill: r.fill, noData: r.classIndex === null, dim: lit !== null && !lit.has(r.key) };
  return out;
}

/**
 * The value with its unit, or "No data". Formatted when shown (tooltip, table, details), not for
 * every region on every state change: formatting 3,000 numbers was most of a recolour.
 */
export function regionValueText(view: Pick<RegionSetView, 'indicator'>, row: Pick<RegionRow, 'value'>, lang: Lang): string {
  return row.value !== null && view.indicator ? formatValueWithUnit(row.value, view.indicator, lang) : MESSAGES.noData[lang];
}

/** The tooltip's lines for one region: name, code and province, value (derived marked), rank. Text only. */
export function describeRegion(view: RegionSetView, key: string, lang: Lang): { name: string; lines: string[] } | null {
  const r = view.byKey.get(key);
  if (!r) return null;
  const place = [r.code && r.code !== r.label ? `${T.code[lang]} ${r.code}` : null, r.province ? r.province[lang] : null].filter(Boolean).join(' · ');
  const ranked = view.rows.length - view.noDataKeys.length;
  const derived = view.indicator?.derived && r.value !== null ? MESSAGES.derived[lang] : '';
  const value = T.valueLine[lang](regionValueText(view, r, lang), derived, view.year === null || view.year === UNDATED_YEAR ? '' : String(view.year));
  return {
    name: r.label,
    lines: [
      ...(place ? [place] : []),
      value,
      ...(r.rank !== null ? [`${MESSAGES.rank[lang]} ${r.rank} / ${ranked}`] : []),
    ],
  };
}
