import type { CoverageResult } from '../facilities/computeCoverage';
import type { FacilitySet } from '../facilities/facility';
import { FACILITY_TYPES, crsNote, type FacilityType } from '../facilities/facility';
import { rankGaps, type SupplyMeasure } from '../facilities/gapScore';
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
  /** The facility types counted (the type filter on screen). */
  types: readonly FacilityType[];
  /** The supply measure chosen for the gap score (used only when every facility states a capacity). */
  supply: SupplyMeasure;
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

const TYPE_NAMES: Record<FacilityType, Bilingual> = {
  home: { en: "children's homes", zh: '儿童之家' },
  centre: { en: 'activity centres', zh: '活动中心' },
  school: { en: 'boarding schools', zh: '寄宿制学校' },
  other: { en: 'other facilities', zh: '其他设施' },
};

/** "all types" or the types counted, in both languages. */
export function typesText(types: readonly FacilityType[]): Bilingual {
  if (FACILITY_TYPES.every((t) => types.includes(t))) return { en: 'all types', zh: '全部类型' };
  if (types.length === 0) return { en: 'no type', zh: '未选类型' };
  const shown = FACILITY_TYPES.filter((t) => types.includes(t));
  return { en: shown.map((t) => TYPE_NAMES[t].en).join(', '), zh: shown.map((t) => TYPE_NAMES[t].zh).join('、') };
}

/** The supply measure in words, as the ranking and the gap score's definition name it. */
export const SUPPLY_TEXT: Record<SupplyMeasure, Bilingual> = {
  facilities: { en: 'facilities per 10,000 children', zh: '每万名儿童设施数' },
  capacity: { en: 'capacity per 10,000 children (places stated)', zh: '每万名儿童设施容量（所述名额）' },
};

const SYN: Bilingual = { en: ' (SYNTHETIC demonstration data)', zh: '（合成演示数据）' };

/** The unit of each coverage indicator, in both languages. */
const UNITS = {
  facilities: { en: 'facilities', zh: '个' },
  per10k: { en: 'per 10,000 children', zh: '每万名儿童' },
  places10k: { en: 'places per 10,000 children', zh: '每万名儿童名额' },
  children: { en: 'children', zh: '名儿童' },
  percent: { en: '%', zh: '%' },
  score: { en: 'score (−1 to +1)', zh: '得分（−1 至 +1）' },
} as const satisfies Record<string, Bilingual>;

/** A coverage figure's note: its unit, derived, and synthetic when it rests on generated facilities. */
function coverageNote(unit: Bilingual, synthetic: boolean): Bilingual {
  return { en: `${unit.en}, derived${synthetic ? ', synthetic' : ''}`, zh: `${unit.zh}，推算${synthetic ? '，合成' : ''}` };
}

/** The Chinese of every note a coverage figure can carry, keyed by the English (figureNotes.ts reads it). */
export const COVERAGE_NOTES_ZH: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(UNITS).flatMap((u) => [false, true].map((syn) => [coverageNote(u, syn).en, coverageNote(u, syn).zh])),
);

/**
 * Coverage and gap figures as indicators, so they can be mapped, classified, linked and exported
 * like any other. All are derived; when any facility set is synthetic, every label says so.
 */
export function buildCoverageIndicators(result: CoverageResult, ctx: CoverageContext): DerivedData {
  const synthetic = ctx.sets.some((s) => s.synthetic);
  const suffix = (b: Bilingual): Bilingual => (synthetic ? { en: b.en + SYN.en, zh: b.zh + SYN.zh } : b);
  const demandName = ctx.demand.label;
  const sources = [FACILITY_SOURCE_ID, ...ctx.demandSources];
  const ranked = rankGaps(result.byUnit, ctx.supply);
  const gaps = new Map(ranked.map((g) => [g.unit, g]));
  // The measure the score was actually computed on (capacity falls back to facilities).
  const used = SUPPLY_TEXT[ranked[0]?.supplyKind ?? 'facilities'];
  const types = typesText(ctx.types);
  const counted: Bilingual = { en: ` Counted: ${types.en}.`, zh: `计入：${types.zh}。` };
  const capacityKnown = [...result.byUnit.values()].some((c) => c.capacity !== null);

  const specs: Array<{
    id: string;
    label: Bilingual;
    unit: Bilingual;
    kind: IndicatorKind;
    def: Bilingual;
    value: (u: UnitId) => number | null;
    diverging?: boolean;
    rankOrder?: readonly UnitId[];
  }> = [
    {
      id: 'covcount',
      label: { en: 'Facilities located in the province', zh: '省内设施数' },
      unit: UNITS.facilities,
      kind: 'count',
      def: { en: `Facility points inside the province (point in polygon).${counted.en}`, zh: `位于省界内的设施点数（点在多边形内）。${counted.zh}` },
      value: (u) => result.byUnit.get(u)?.facilities ?? null,
    },
    {
      id: 'covper10k',
      label: { en: 'Facilities per 10,000 children', zh: '每万名儿童设施数' },
      unit: UNITS.per10k,
      kind: 'rate',
      def: {
        en: `Facilities ÷ ${demandName.en} (${ctx.demandYear}) × 10,000.${counted.en}`,
        zh: `设施数 ÷ ${demandName.zh}（${ctx.demandYear}年）× 10000。${counted.zh}`,
      },
      value: (u) => result.byUnit.get(u)?.perTenThousandChildren ?? null,
    },
    {
      id: 'covchildren',
      label: { en: 'Children per facility', zh: '每个设施对应的儿童数' },
      unit: UNITS.children,
      kind: 'rate',
      def: { en: `${demandName.en} (${ctx.demandYear}) ÷ facilities in the province.`, zh: `${demandName.zh}（${ctx.demandYear}年）÷ 省内设施数。` },
      value: (u) => result.byUnit.get(u)?.childrenPerFacility ?? null,
    },
    {
      id: 'covarea',
      label: { en: `Share of area within ${ctx.radiusKm} km of a facility`, zh: `距设施 ${ctx.radiusKm} 公里以内的面积比例` },
      unit: UNITS.percent,
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
      label: { en: 'Coverage gap score (high = many children, little supply)', zh: '覆盖缺口得分（高 = 儿童多、供给少）' },
      unit: UNITS.score,
      kind: 'score',
      def: {
        en: `Demand percentile (${demandName.en}, ${ctx.demandYear}) minus supply percentile (${used.en}), among provinces with data.${counted.en}`,
        zh: `需求百分位（${demandName.zh}，${ctx.demandYear}年）减去供给百分位（${used.zh}），在有数据的省份中计算。${counted.zh}`,
      },
      value: (u) => gaps.get(u)?.score ?? null,
      diverging: true,
      rankOrder: ranked.filter((g) => g.rank !== null).map((g) => g.unit),
    },
  ];
  if (capacityKnown) {
    specs.splice(2, 0, {
      id: 'covcap10k',
      label: { en: 'Facility capacity per 10,000 children', zh: '每万名儿童设施容量' },
      unit: UNITS.places10k,
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
      // The year is the demand's: the figures describe the facilities loaded against that year's children.
      figures.push({
        region: u,
        series: `cov:${s.id}`,
        year: ctx.demandYear,
        value: v,
        note: coverageNote(s.unit, synthetic).en,
        sources,
        derived: true,
        ...(synthetic ? { synthetic: true as const } : {}),
      });
    }
    return {
      id: s.id,
      label: suffix(s.label),
      unit: s.unit,
      definition: suffix(s.def),
      family: 'coverage',
      kind: s.kind,
      value: { type: 'series', series: `cov:${s.id}` },
      years: [ctx.demandYear],
      derived: true,
      ...(s.rankOrder ? { rankOrder: s.rankOrder } : {}),
      origin: { type: 'embedded' },
      defaults: s.diverging
        ? { method: 'quantile', classes: 6, palette: 'RdBu', midpoint: 0 }
        : { method: 'quantile', classes: 5, palette: s.id === 'covchildren' ? 'YlOrRd' : 'Greens' },
    };
  });

  const names = (lang: 'en' | 'zh') =>
    ctx.sets
      .map((s) => {
        if (s.synthetic) return lang === 'zh' ? '合成演示设施（合成）' : `${s.name} (synthetic)`;
        const crs = crsNote(s, lang);
        return `${s.fileName || s.name}${crs ? (lang === 'zh' ? `（${crs}）` : ` (${crs})`) : ''}`;
      })
      .join(lang === 'zh' ? '；' : '; ');
  const imported = ctx.sets.map((s) => s.importedAt.slice(0, 10)).sort().at(-1) ?? '';
  const located = ctx.sets.reduce((n, s) => n + s.facilities.length, 0);
  const source: Source = {
    title: names('en'),
    publisher: synthetic ? 'Synthetic demonstration data (Liushou Atlas generator)' : 'Your file',
    // A generated set has no date of its own: it is the same for every seed, whenever it is made.
    date: synthetic ? 'generated on request' : imported,
    address: null,
    authority: synthetic ? 'low' : 'user',
    excerpt: `${located} facility locations; ${result.outside.length} outside every province and not counted.`,
    readFrom: null,
    zh: {
      title: names('zh'),
      publisher: synthetic ? '合成演示数据（留守地图生成器）' : '您的文件',
      date: synthetic ? '按需生成' : imported,
      excerpt: `${located} 个设施位置；${result.outside.length} 个不在任何省份内，未计入。`,
    },
  };
  return { indicators, figures, sources: { [FACILITY_SOURCE_ID]: source } };
}
