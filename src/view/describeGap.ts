import { typesText } from '../data/coverageIndicators';
import type { FacilityType } from '../facilities/facility';
import type { GapRow, SupplyMeasure } from '../facilities/gapScore';
import { UNIT_BY_ID } from '../geo/units';
import { GAPS_MESSAGES as G } from '../i18n/gapsMessages';
import type { Bilingual, Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { formatNumber } from './formatValue';

/** A share 0..1 as a whole percentage, rounded down so "more than 97%" is never overstated. */
const pctDown = (x: number, lang: Lang) => `${formatNumber(Math.floor(x * 100 + 1e-9), lang, { digits: 0 })}%`;

/**
 * Why a province ranks where it does, in words that read right for both sides:
 * "more children than 97% of provinces", "fewer facilities per child than 80%".
 * A demand percentile p is the share of the other ranked provinces with fewer children; a supply
 * percentile s the share with less supply, so 1 − s have more. The ends are named ("the most
 * children", "the fewest facilities per child"), never "top 0%". Null for an unscored row.
 */
export function describeGap(row: GapRow, lang: Lang): { demand: string; supply: string } | null {
  const p = row.demandPercentile;
  const s = row.supplyPercentile;
  if (p === null || s === null) return null;
  const demand = p >= 1 ? G.demandMost[lang] : p <= 0 ? G.demandFewest[lang] : G.demandMore[lang](pctDown(p, lang));
  const more = 1 - s; // share of the other provinces with more supply
  const cap = row.supplyKind === 'capacity';
  const supply =
    more <= 0
      ? (cap ? G.supplyCapacityMost : G.supplyFacilitiesMost)[lang]
      : more >= 1
        ? (cap ? G.supplyCapacityFewest : G.supplyFacilitiesFewest)[lang]
        : (cap ? G.supplyCapacityFewer : G.supplyFacilitiesFewer)[lang](pctDown(more, lang));
  return { demand, supply };
}

/** What a ranking was computed from: everything a planner needs to say which table it is. */
export interface RankingBasis {
  demand: Bilingual;
  demandYear: number;
  /** The measure used (capacity falls back to facilities). */
  supply: SupplyMeasure;
  types: readonly FacilityType[];
  radiusKm: number;
  sets: ReadonlyArray<{ name: string; synthetic: boolean }>;
  /** Planned facilities in all (0 = no scenario). */
  planned: number;
}

/**
 * One line: "Ranked on demand: Children aged 0–14, 2020 · supply: facilities per 10,000 children ·
 * types: all types · radius: 10 km (area share only) · facility sets: a.csv; Synthetic … (synthetic)
 * · planned: 12". Plain text.
 */
export function describeRankingBasis(b: RankingBasis, lang: Lang): string {
  const sep = lang === 'zh' ? '；' : ' · ';
  const colon = lang === 'zh' ? '：' : ': ';
  const paren = (x: string) => (lang === 'zh' ? `（${x}）` : ` (${x})`);
  const sets =
    b.sets.length === 0
      ? G.noSets[lang]
      : b.sets.map((s) => (s.synthetic ? `${s.name}${paren(lang === 'zh' ? '合成' : 'synthetic')}` : s.name)).join(lang === 'zh' ? '、' : '; ');
  const parts = [
    `${G.demand[lang]}${colon}${b.demand[lang]}${lang === 'zh' ? `，${b.demandYear}年` : `, ${b.demandYear}`}`,
    `${G.supply[lang]}${colon}${MESSAGES.coverage.supply[b.supply][lang]}`,
    `${G.types[lang]}${colon}${typesText(b.types)[lang]}`,
    `${G.radius[lang]}${colon}${b.radiusKm} ${lang === 'zh' ? '公里' : 'km'}${paren(G.radiusNote[lang])}`,
    `${G.sets[lang]}${colon}${sets}`,
    ...(b.planned > 0 ? [`${G.planned[lang]}${colon}${formatNumber(b.planned, lang, { digits: 0 })}`] : []),
  ];
  return `${G.ranked[lang]} ${parts.join(sep)}`;
}

/**
 * The ranking as rows of text for a picture: rank, province, score (two decimals), children,
 * supply per 10,000, and both percentiles ("97/20"). Header first. Pure.
 */
export function buildRankingRows(gaps: readonly GapRow[], lang: Lang): { header: string[]; rows: string[][] } {
  const supplyHead = gaps[0]?.supplyKind === 'capacity' ? G.picture.supplyCapacity[lang] : G.picture.supplyFacilities[lang];
  const P = G.picture;
  const header = [P.rank[lang], P.province[lang], P.score[lang], P.children[lang], supplyHead, P.percentiles[lang]];
  const pct = (x: number | null) => (x === null ? '–' : formatNumber(Math.round(x * 100), lang, { digits: 0 }));
  const rows = gaps.map((g) => {
    const u = UNIT_BY_ID.get(g.unit)!;
    return [
      g.rank === null ? '–' : String(g.rank),
      lang === 'zh' ? u.zh : u.en,
      g.score === null ? '–' : formatNumber(g.score, lang, { digits: 2, signed: true, fixed: true }),
      g.demand === null ? '–' : formatNumber(g.demand, lang, { compact: true }),
      g.supply === null ? '–' : formatNumber(g.supply, lang, { digits: 2, fixed: true }),
      g.score === null ? '–' : `${pct(g.demandPercentile)}/${pct(g.supplyPercentile)}`,
    ];
  });
  return { header, rows };
}
