import type { Source } from '../data/figure';
import { isDerivedSeries } from '../data/figure';
import type { Indicator } from '../data/indicator';
import { indicatorValues, type Datum } from '../data/indicatorValues';
import { figureNote } from '../data/figureNotes';
import { SERIES_LABELS, seriesLabel } from '../data/seriesLabels';
import { readingsFor } from '../data/sourceReadings';
import type { Unit, UnitId } from '../geo/units';
import type { Bilingual, Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { classify } from '../scales/classify';
import { classIndexOf, countClasses, type Classification } from '../scales/classification';
import type { AppState } from '../state/appState';
import { buildNationalView, type NationalView } from './buildNationalView';
import { formatValue } from './formatValue';
import { resolveClassOptions } from './resolveClassOptions';
import type { ClassifyOptions } from '../scales/classify';
import type { Datasets } from '../data/datasets';
import { COVERAGE_INDICATOR_IDS } from '../data/coverageIndicators';
import { buildRegionView, type RegionLayer, type RegionSetView } from './buildRegionView';

// Built in data (buildDatasets); re-exported because it is what the view model reads.
export type { Datasets };

export interface SourceRef {
  id: string;
  source: Source;
}

export interface RegionView {
  id: UnitId;
  unit: Unit;
  datum: Datum | null;
  classIndex: number | null;
  fill: string;
  /** 1 = highest value among units with data; null for no data, and for flags (a category has no order). */
  rank: number | null;
  /** The value rests on a low-authority source: show a caution wherever it appears. */
  lowAuthority: boolean;
  /** Where the figure's sources disagree on what it means (SOURCE_READINGS): shown beside it. */
  readings: Bilingual[];
}

/** For a rate: both parts and their years, so the user sees what was divided by what. */
export interface RateView {
  numerator: { label: Bilingual; year: number };
  denominator: { label: Bilingual; year: number };
  per: number;
}

export type Derivation = 'none' | 'some' | 'all';

/** One legend row; `K` is what the map's units are called: province ids, or region keys of a region set. */
export interface LegendEntry<K extends string = UnitId> {
  /** Stable key for rendering and for highlighting a class; `nodata` for the no-data entry. */
  key: string;
  classIndex: number | null;
  label: string;
  color: string;
  count: number;
  noData: boolean;
  /** The units in this class in the shown year, for highlighting them on the map. */
  members: K[];
}

export interface FigureView {
  label: Bilingual;
  series: string;
  year: number;
  value: number;
  /** The source data's note (unit, definition, caveats) in both languages. */
  note: Bilingual;
  derived: boolean;
  /** Rests on synthetic demonstration data. */
  synthetic: boolean;
  /** The indicator the series belongs to, when it is computed or imported (not an embedded
   * series): its name, unit and kind of number are the figure's. */
  indicator: Indicator | null;
  sources: SourceRef[];
  lowAuthority: boolean;
  /** Where the figure's sources disagree on what it means: shown beside it. */
  readings: Bilingual[];
}

export interface SelectedView {
  region: RegionView;
  figures: FigureView[];
}

export interface ViewModel {
  lang: Lang;
  indicator: Indicator;
  /**
   * The coverage indicator a link asked for while it is not computed yet (null otherwise):
   * `indicator` stands in meanwhile, and the page says coverage is being computed.
   */
  pending: string | null;
  year: number;
  /** The indicator's years, ascending. */
  years: number[];
  regions: RegionView[];
  byId: ReadonlyMap<UnitId, RegionView>;
  classification: Classification;
  /** The options the classification was built with: the user's choices over the indicator's defaults. */
  classOptions: ClassifyOptions;
  /** The years whose values the classes were computed from. */
  classYears: number[];
  legend: LegendEntry[];
  /** Fill per unit for the map; no-data units get the no-data colour and a hatch. */
  fills: Readonly<Record<string, string>>;
  /** Units with no figure for this indicator and year. */
  noDataIds: UnitId[];
  /** The sources behind the values on screen. */
  sources: SourceRef[];
  /** Some value on screen rests on a low-authority source. */
  lowAuthority: boolean;
  rate: RateView | null;
  /**
   * Whether the figures on screen are derived (arithmetic on published figures): none, some (an
   * indicator mixing published and derived figures, e.g. ACWF counts) or all. Each figure also
   * says so itself (`datum.derived`).
   */
  derivation: Derivation;
  /** Every disagreement between sources about the figures on screen, once each. */
  readings: Bilingual[];
  selected: SelectedView | null;
  /** The national figures: the details panel shows them when no province is selected. */
  national: NationalView;
  /**
   * The planner's region set the map shows instead of provinces (`state.regionSet`), or null while
   * provinces are shown or the named set is not in this browser. Its indicators and scale are its own.
   */
  regionSet: RegionSetView | null;
}

/**
 * State + data → everything the map, legend and panels draw. Pure: join ▸ classify ▸ colour ▸ rank.
 * An unknown indicator id cannot reach here (the URL codec rejects it); a missing year falls back
 * to the indicator's latest.
 */
export function buildViewModel(state: AppState, data: Datasets, regionLayer: RegionLayer | null = null): ViewModel {
  const indicator = data.indicators.get(state.indicator) ?? firstIndicator(data);
  const pending = indicator.id !== state.indicator && COVERAGE_INDICATOR_IDS.has(state.indicator) ? state.indicator : null;
  const year =
    state.year !== null && indicator.years.includes(state.year) ? state.year : (indicator.years.at(-1) as number);
  const values = indicatorValues(indicator, data.index, year);

  // By default classes are computed across all years of the indicator, so colours stay comparable
  // over time; `perYear` classes the shown year alone.
  const classValues = (state.perYear ? [year] : indicator.years).flatMap((y) =>
    [...(y === year ? values : indicatorValues(indicator, data.index, y)).values()].map((d) => d.value),
  );
  const options = resolveClassOptions(state, indicator);
  const classification = classify(classValues, options);
  // Counts per class describe the year on screen, not the pooled years.
  const shown = data.units.map((u) => values.get(u.id)?.value ?? null);
  const counted = countClasses(classification, shown);

  const rankOf = new Map<UnitId, number>();
  if (indicator.rankOrder) {
    // The indicator's own order (the gap ranking): the rank is the position among units with a value.
    indicator.rankOrder.filter((id) => values.has(id as UnitId)).forEach((id, i) => rankOf.set(id as UnitId, i + 1));
  } else {
    const ranked = [...values.entries()].sort((a, b) => b[1].value - a[1].value);
    ranked.forEach(([id, d], i) => {
      // Ties share the better rank.
      const prev = ranked[i - 1];
      rankOf.set(id, prev && prev[1].value === d.value ? (rankOf.get(prev[0]) as number) : i + 1);
    });
  }

  const regions: RegionView[] = data.units.map((unit) => {
    const datum = values.get(unit.id) ?? null;
    const classIndex = classIndexOf(counted, datum?.value);
    return {
      id: unit.id,
      unit,
      datum,
      classIndex,
      fill: classIndex === null ? counted.noData.color : (counted.bins[classIndex]?.color ?? counted.noData.color),
      // "Named in source" is the same value for every named unit: ranking it would say "1 / 6" for each.
      rank: datum && indicator.kind !== 'flag' ? (rankOf.get(unit.id) ?? null) : null,
      lowAuthority: datum ? datum.sources.some((s) => data.sources[s]?.authority === 'low') : false,
      readings: datum ? readingsFor(seriesOf(indicator), unit.id).map((r) => r.text) : [],
    };
  });
  const byId = new Map(regions.map((r) => [r.id, r]));

  const sourceIds = new Set<string>();
  for (const d of values.values()) for (const s of d.sources) sourceIds.add(s);
  const sources = refs([...sourceIds], data.sources);

  const selectedRegion = state.selected ? byId.get(state.selected) : undefined;
  return {
    lang: state.lang,
    indicator,
    pending,
    year,
    years: indicator.years,
    regions,
    byId,
    classification: counted,
    legend: buildLegend(counted, indicator, state.lang, regions),
    classOptions: options,
    classYears: state.perYear ? [year] : indicator.years,
    fills: Object.fromEntries(regions.map((r) => [r.id, r.fill])),
    noDataIds: regions.filter((r) => r.datum === null).map((r) => r.id),
    sources,
    lowAuthority: sources.some((s) => s.source.authority === 'low'),
    rate:
      indicator.value.type === 'ratio'
        ? {
            numerator: { label: seriesLabel(indicator.value.numerator.series), year: indicator.value.numerator.year },
            denominator: { label: seriesLabel(indicator.value.denominator.series), year: indicator.value.denominator.year },
            per: indicator.value.per,
          }
        : null,
    derivation: derivationOf([...values.values()]),
    readings: [...new Set(regions.flatMap((r) => r.readings))],
    selected: selectedRegion ? { region: selectedRegion, figures: figuresFor(selectedRegion.id, data) } : null,
    national: nationalViewOf(data),
    regionSet:
      state.regionSet !== null && regionLayer?.set.id === state.regionSet
        ? buildRegionView(state, regionLayer, data.sources, data.indicators.get(state.indicator) ?? null)
        : null,
  };
}

/**
 * The badge the map title, the source line and the exported picture give the indicator: derived,
 * some figures derived, or none. An indicator declared derived (a rate, coverage) is derived even
 * in a year without figures.
 */
export function derivationBadge(vm: Pick<ViewModel, 'derivation' | 'indicator'>): Bilingual | null {
  if (vm.derivation === 'some') return MESSAGES.someDerived;
  return vm.derivation === 'all' || vm.indicator.derived ? MESSAGES.derived : null;
}

/** The series an indicator's values come from (both parts of a ratio). */
function seriesOf(indicator: Indicator): string[] {
  const v = indicator.value;
  if (v.type === 'ratio') return [v.numerator.series, v.denominator.series];
  return typeof v.series === 'string' ? [v.series] : [...v.series];
}

/** 'all' only when there is something to be derived: an empty year is 'none'. */
export function derivationOf(values: readonly Pick<Datum, 'derived'>[]): Derivation {
  const derived = values.filter((d) => d.derived).length;
  return derived === 0 ? 'none' : derived === values.length ? 'all' : 'some';
}

function firstIndicator(data: Datasets): Indicator {
  const first = data.indicators.values().next().value;
  if (!first) throw new Error('the indicator catalogue is empty');
  return first;
}

export function buildLegend<K extends string>(
  c: Classification,
  indicator: Indicator,
  lang: Lang,
  regions: ReadonlyArray<{ id: K; classIndex: number | null }>,
): Array<LegendEntry<K>> {
  const entries: Array<LegendEntry<K>> = c.bins.map((b, i) => ({
    key: `class-${i}`,
    classIndex: i,
    label:
      b.category !== null
        ? formatValue(b.category, indicator, lang)
        : b.lower === b.upper
          ? formatValue(b.lower, indicator, lang, true)
          : `${formatValue(b.lower, indicator, lang, true)} – ${formatValue(b.upper, indicator, lang, true)}`,
    color: b.color,
    count: b.count,
    noData: false,
    members: regions.filter((r) => r.classIndex === i).map((r) => r.id),
  }));
  entries.push({
    key: 'nodata',
    classIndex: null,
    label: MESSAGES.noData[lang],
    color: c.noData.color,
    count: c.noData.count,
    noData: true,
    members: regions.filter((r) => r.classIndex === null).map((r) => r.id),
  });
  return entries;
}

function refs(ids: string[], sources: Readonly<Record<string, Source>>): SourceRef[] {
  return ids.flatMap((id) => {
    const source = sources[id];
    return source ? [{ id, source }] : [];
  });
}

/** Every figure held for one unit, grouped in series order then year, each with its sources. */
function figuresFor(id: UnitId, data: Datasets): FigureView[] {
  // Series with no embedded name (coverage figures, imported tables) take their indicator's name,
  // never a raw id such as `cov:covgap`.
  const bySeries = new Map<string, Indicator>();
  for (const ind of data.indicators.values()) {
    if (ind.value.type === 'series' && typeof ind.value.series === 'string' && !SERIES_LABELS[ind.value.series]) {
      bySeries.set(ind.value.series, ind);
    }
  }
  return data.figures
    .filter((f) => f.region === id)
    .map((f) => {
      const sources = refs(f.sources, data.sources);
      const indicator = bySeries.get(f.series) ?? null;
      return {
        label: indicator?.label ?? seriesLabel(f.series),
        series: f.series,
        year: f.year,
        value: f.value,
        note: figureNote(f.note),
        derived: f.derived === true || isDerivedSeries(f.series) || (indicator?.derived ?? false),
        synthetic: f.synthetic === true,
        indicator,
        sources,
        lowAuthority: sources.some((s) => s.source.authority === 'low'),
        readings: readingsFor([f.series], id).map((r) => r.text),
      };
    })
    .sort((a, b) => a.series.localeCompare(b.series) || a.year - b.year);
}

/**
 * The national figures grouped for display, built once per datasets object: they do not depend on
 * the state, and the view model is rebuilt on every state change.
 */
const nationalViews = new WeakMap<Datasets, NationalView>();
function nationalViewOf(data: Datasets): NationalView {
  let view = nationalViews.get(data);
  if (!view) nationalViews.set(data, (view = buildNationalView(data.national, data.sources)));
  return view;
}
