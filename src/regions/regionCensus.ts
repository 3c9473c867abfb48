import { COUNTY_YEARS, netSender, netSenderPer1000, type CountyCensus, type CountyRecord, type CountyYear } from '../data/counties/countyCensus';
import type { Indicator } from '../data/indicator';
import { REGION_VIEW_MESSAGES } from '../i18n/regionViewMessages';
import { regionKey, type RegionSet } from './regionSet';

/**
 * An indicator on the regions of one set: its description (an `Indicator`, so formatting and
 * class defaults work as for provinces) and its values per year and region key. Its values never
 * join a province indicator's scale: a region indicator is classed over regions only.
 */
export interface RegionIndicator {
  indicator: Indicator;
  /** Year → region key → value; null = no data (a code the census does not hold, a blank), never 0. */
  values: ReadonlyMap<number, ReadonlyMap<string, number | null>>;
  /** Source ids (keys of the sources table) behind each year's values. */
  sources: Readonly<Record<number, readonly string[]>>;
}

/** The county census as indicators of one region set, and which of its codes the census lacks. */
export interface RegionCensus {
  indicators: RegionIndicator[];
  /** Regions whose code is in at least one census year. */
  matched: number;
  /** Codes of the set in neither census (boundary changes, typos), in set order. */
  unmatched: string[];
  /** Per census year, the set's codes that year's table does not hold (the unmatched included). */
  missing: Record<CountyYear, string[]>;
}

type Measure = 'children' | 'pop' | 'netsend' | 'netsendper1k';

interface MeasureSpec {
  years: readonly CountyYear[];
  read(r: CountyRecord): number | null;
  kind: Indicator['kind'];
  derived: boolean;
  defaults: Indicator['defaults'];
  per1000?: boolean;
}

// Same measures, class defaults and derivations as the county table and the province census indicators.
const MEASURES: Record<Measure, MeasureSpec> = {
  children: { years: COUNTY_YEARS, read: (r) => r.age0_14, kind: 'count', derived: false, defaults: { method: 'quantile', classes: 5, palette: 'Oranges' } },
  pop: { years: COUNTY_YEARS, read: (r) => r.resident, kind: 'count', derived: false, defaults: { method: 'quantile', classes: 5, palette: 'Blues' } },
  netsend: { years: [2010], read: netSender, kind: 'balance', derived: true, defaults: { method: 'quantile', classes: 6, palette: 'PuOr', midpoint: 0 } },
  netsendper1k: {
    years: [2010],
    read: netSenderPer1000,
    kind: 'balance',
    derived: true,
    defaults: { method: 'quantile', classes: 6, palette: 'PuOr', midpoint: 0 },
    per1000: true,
  },
};

/** Region census indicator ids: `county:` and the province census indicator each one mirrors. */
export const REGION_CENSUS_IDS: readonly string[] = (Object.keys(MEASURES) as Measure[]).map((m) => `county:${m}`);

/** The region indicator standing for a province indicator (the same census measure by county), or undefined. */
export function regionTwinOf(provinceIndicator: string): string | undefined {
  return provinceIndicator in MEASURES ? `county:${provinceIndicator}` : undefined;
}

/** The state's indicator id for a region indicator: a county census measure is written as its province twin (links know those ids). */
export function stateIndicatorOf(regionIndicator: string): string {
  return regionIndicator.startsWith('county:') ? regionIndicator.slice('county:'.length) : regionIndicator;
}

const SIX_DIGITS = /^\d{6}$/;

/**
 * The county census on a region set: when the set's codes are 6-digit county codes, each census
 * measure becomes an indicator of the set, with the county yearbooks as sources. Codes the census
 * does not hold are no data and listed. Sets without county codes get none (null). Pure.
 */
export function buildRegionCensus(set: Pick<RegionSet, 'codeKind' | 'regions'>, census: CountyCensus): RegionCensus | null {
  if (set.codeKind !== 'county') return null;
  const byCode = {} as Record<CountyYear, Map<string, CountyRecord>>;
  for (const y of COUNTY_YEARS) byCode[y] = new Map(census.records[y].filter((r) => r.code !== '').map((r) => [r.code, r]));

  const missing: Record<CountyYear, string[]> = { 2010: [], 2020: [] };
  const unmatched: string[] = [];
  let matched = 0;
  const coded = set.regions.filter((r) => r.code !== null && SIX_DIGITS.test(r.code));
  for (const r of coded) {
    const code = r.code as string;
    let any = false;
    for (const y of COUNTY_YEARS) {
      if (byCode[y].has(code)) any = true;
      else missing[y].push(code);
    }
    if (any) matched++;
    else unmatched.push(code);
  }

  const indicators = (Object.keys(MEASURES) as Measure[]).map((m): RegionIndicator => {
    const spec = MEASURES[m];
    const text = REGION_VIEW_MESSAGES.indicators[m];
    const values = new Map<number, Map<string, number | null>>();
    for (const y of spec.years) {
      const perRegion = new Map<string, number | null>();
      for (const r of set.regions) {
        const rec = r.code !== null ? byCode[y].get(r.code) : undefined;
        perRegion.set(regionKey(r), rec ? spec.read(rec) : null);
      }
      values.set(y, perRegion);
    }
    return {
      indicator: {
        id: `county:${m}`,
        label: { ...text.label },
        unit: { ...(spec.per1000 ? REGION_VIEW_MESSAGES.per1000Unit : REGION_VIEW_MESSAGES.personsUnit) },
        definition: { ...text.definition },
        family: 'census',
        kind: spec.kind,
        // A ratio spec only to say "per 1,000" to formatValue (one decimal), as the province twin does.
        value: spec.per1000
          ? { type: 'ratio', numerator: { series: 'county_net_sender', year: 2010 }, denominator: { series: 'county_resident', year: 2010 }, per: 1000 }
          : { type: 'series', series: `county_${m}` },
        years: [...spec.years],
        derived: spec.derived,
        origin: { type: 'embedded' },
        defaults: { ...spec.defaults },
      },
      values,
      sources: Object.fromEntries(spec.years.map((y) => [y, [census.sources[y]]])),
    };
  });
  return { indicators, matched, unmatched, missing };
}
