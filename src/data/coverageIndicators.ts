import type { CoverageResult } from '../facilities/computeCoverage';
import type { FacilitySet } from '../facilities/facility';
import { rankGaps } from '../facilities/gapScore';
import type { UnitId } from '../geo/units';
import type { Bilingual } from '../i18n/lang';
import type { RegionalFigure, Source } from './figure';
import type { Indicator, IndicatorKind } from './indicator';

/** What coverage indicators were computed from; all of it is shown to the user. */
export interface CoverageContext {
  sets: readonly FacilitySet[];
  demand: Indicator;
  demandYear: number;
  demandSources: string[];
  radiusKm: number;
}

export interface DerivedData {
  indicators: Indicator[];
  figures: RegionalFigure[];
  sources: Record<string, Source>;
}

/** Ids of the coverage indicators: links may name them before coverage has been computed. */
export const COVERAGE_INDICATOR_IDS: ReadonlySet<string> = new Set(['covcount', 'covper10k', 'covcap10k', 'covchildren', 'covarea', 'covgap']);

export const EMPTY_DERIVED: DerivedData = { indicators: [], figures: [], sources: {} };
export const FACILITY_SOURCE_ID = 'facilities:loaded';
/** Coverage figures belong to no census year; they describe the facility sets as loaded. */
export const COVERAGE_YEAR = 0;

const SYN: Bilingual = { en: ' (SYNTHETIC demonstration data)', zh: '（合成演示数据）' };

/**
 * Coverage and gap figures as indicators, so they can be mapped, classified, linked and exported
 * like any other. All are derived; when any facility set is synthetic, every label says so.
 */
export function buildCoverageIndicators(result: CoverageResult, ctx: CoverageContext): DerivedData {
  const synthetic = ctx.sets.some((s) => s.synthetic);
  const suffix = (b: Bilingual): Bilingual => (synthetic ? { en: b.en + SYN.en, zh: b.zh + SYN.zh } : b);
  const demandName = ctx.demand.label;
  const sources = [FACILITY_SOURCE_ID, ...ctx.demandSources];
  const gaps = new Map(rankGaps(result.byUnit).map((g) => [g.unit, g]));
  const capacityKnown = [...result.byUnit.values()].some((c) => c.capacity !== null);

  const specs: Array<{ id: string; label: Bilingual; unit: Bilingual; kind: IndicatorKind; def: Bilingual; value: (u: UnitId) => number | null; diverging?: boolean }> = [
    {
      id: 'covcount',
      label: { en: 'Facilities located in the province', zh: '省内设施数' },
      unit: { en: 'facilities', zh: '个' },
      kind: 'count',
      def: { en: 'Facility points inside the province (point in polygon).', zh: '位于省界内的设施点数（点在多边形内）。' },
      value: (u) => result.byUnit.get(u)?.facilities ?? null,
    },
    {
      id: 'covper10k',
      label: { en: 'Facilities per 10,000 children', zh: '每万名儿童设施数' },
      unit: { en: 'per 10,000 children', zh: '每万名儿童' },
      kind: 'rate',
      def: {
        en: `Facilities ÷ ${demandName.en} (${ctx.demandYear}) × 10,000.`,
        zh: `设施数 ÷ ${demandName.zh}（${ctx.demandYear}年）× 10000。`,
      },
      value: (u) => result.byUnit.get(u)?.perTenThousandChildren ?? null,
    },
    {
      id: 'covchildren',
      label: { en: 'Children per facility', zh: '每个设施对应的儿童数' },
      unit: { en: 'children', zh: '名儿童' },
      kind: 'rate',
      def: { en: `${demandName.en} (${ctx.demandYear}) ÷ facilities in the province.`, zh: `${demandName.zh}（${ctx.demandYear}年）÷ 省内设施数。` },
      value: (u) => result.byUnit.get(u)?.childrenPerFacility ?? null,
    },
    {
      id: 'covarea',
      label: { en: `Share of area within ${ctx.radiusKm} km of a facility`, zh: `距设施 ${ctx.radiusKm} 公里以内的面积比例` },
      unit: { en: '%', zh: '%' },
      kind: 'share',
      def: {
        en: `Share of the province's area within ${ctx.radiusKm} km (great-circle) of any facility, estimated on sample points about ${result.sampleSpacingKm.toFixed(0)} km apart.`,
        zh: `省内距任一设施 ${ctx.radiusKm} 公里（大圆距离）以内的面积比例，按约 ${result.sampleSpacingKm.toFixed(0)} 公里间距的采样点估算。`,
      },
      value: (u) => {
        const s = result.byUnit.get(u)?.areaShareWithinRadius;
        return s === null || s === undefined ? null : s * 100;
      },
    },
    {
      id: 'covgap',
      label: { en: 'Coverage gap score (high = many children, few facilities)', zh: '覆盖缺口得分（高 = 儿童多、设施少）' },
      unit: { en: 'score (−1 to +1)', zh: '得分（−1 至 +1）' },
      kind: 'balance',
      def: {
        en: `Demand percentile (${demandName.en}, ${ctx.demandYear}) minus supply percentile (facilities per 10,000 children), among provinces with data.`,
        zh: `需求百分位（${demandName.zh}，${ctx.demandYear}年）减去供给百分位（每万名儿童设施数），在有数据的省份中计算。`,
      },
      value: (u) => gaps.get(u)?.score ?? null,
      diverging: true,
    },
  ];
  if (capacityKnown) {
    specs.splice(2, 0, {
      id: 'covcap10k',
      label: { en: 'Facility capacity per 10,000 children', zh: '每万名儿童设施容量' },
      unit: { en: 'places per 10,000 children', zh: '每万名儿童名额' },
      kind: 'rate',
      def: { en: `Stated capacity ÷ ${demandName.en} (${ctx.demandYear}) × 10,000.`, zh: `所述容量 ÷ ${demandName.zh}（${ctx.demandYear}年）× 10000。` },
      value: (u) => result.byUnit.get(u)?.capacityPerTenThousandChildren ?? null,
    });
  }

  const figures: RegionalFigure[] = [];
  const indicators: Indicator[] = specs.map((s) => {
    for (const u of result.byUnit.keys()) {
      const v = s.value(u);
      if (v === null || !Number.isFinite(v)) continue;
      figures.push({ region: u, series: `cov:${s.id}`, year: COVERAGE_YEAR, value: v, note: `${s.unit.en}, derived`, sources });
    }
    return {
      id: s.id,
      label: suffix(s.label),
      unit: s.unit,
      definition: suffix(s.def),
      family: 'coverage',
      kind: s.kind,
      value: { type: 'series', series: `cov:${s.id}` },
      years: [COVERAGE_YEAR],
      derived: true,
      origin: { type: 'embedded' },
      defaults: s.diverging
        ? { method: 'quantile', classes: 6, palette: 'RdBu', midpoint: 0 }
        : { method: 'quantile', classes: 5, palette: s.id === 'covchildren' ? 'YlOrRd' : 'Greens' },
    };
  });

  const names = ctx.sets
    .map((s) => (s.synthetic ? `${s.name} (synthetic)` : `${s.fileName || s.name}${s.crs && s.crs !== 'WGS84' ? ` (coordinates converted from ${s.crs === 'GCJ02' ? 'GCJ-02' : 'BD-09'} to WGS 84)` : ''}`))
    .join('; ');
  const source: Source = {
    title: names,
    publisher: synthetic ? 'Synthetic demonstration data (Liushou Atlas generator)' : 'Your file',
    // A generated set has no date of its own: it is the same for every seed, whenever it is made.
    date: synthetic ? 'generated on request' : (ctx.sets.map((s) => s.importedAt.slice(0, 10)).sort().at(-1) ?? ''),
    address: null,
    authority: synthetic ? 'low' : 'user',
    excerpt: `${ctx.sets.reduce((n, s) => n + s.facilities.length, 0)} facility locations; ${result.outside.length} outside every province and not counted.`,
    readFrom: null,
  };
  return { indicators, figures, sources: { [FACILITY_SOURCE_ID]: source } };
}
