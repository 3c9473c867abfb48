import type { FacilityType } from '../facilities/facility';
import { capacityAvailability, rankGaps, type CapacityAvailability, type GapRow, type SupplyMeasure } from '../facilities/gapScore';
import { addPlanned, type PlannedFacility } from '../facilities/plannedFacilities';
import type { UnitId } from '../geo/units';
import type { Region } from './parseRegions';
import type { RegionCoverage } from './regionCoverage';
import { regionKey } from './regionSet';

/** A planned facility in one region of the set ("what if"): the province form, keyed by regionKey. */
export type RegionPlanned = Omit<PlannedFacility, 'unit'> & { unit: string };

export interface RegionGapChoices {
  /** Supply measure asked for; capacity is used only when every counted facility states one. */
  measure: SupplyMeasure;
  /** Rank the regions of this province only; null ranks the whole set. */
  province: UnitId | null;
  /** The ticked facility types: planned facilities of other types are left out, like existing ones. */
  types: readonly FacilityType[];
  planned: readonly RegionPlanned[];
}

export interface RegionGapRanking {
  /** Ranked regions first (rank 1 = largest gap), then unscored ones in code order: rankGaps' rows. */
  rows: GapRow<string>[];
  /** The same regions ranked with the planned facilities added; null without planned facilities. */
  withPlanned: GapRow<string>[] | null;
  /** Coverage of the regions ranked with the planned facilities added; null without planned facilities. */
  coveragePlanned: Map<string, RegionCoverage> | null;
  /** The measure actually used, and why capacity was not, when it was asked for. */
  supplyKind: SupplyMeasure;
  availability: CapacityAvailability;
  /** Regions in the ranking (in the province, or the set). */
  regions: number;
}

/**
 * The order of last resort among regions (ties, unscored regions): by code, then regions without
 * one by feature number, so a ranking reads like the division list.
 */
export function regionOrder(regions: readonly Region[]): (key: string) => number {
  const sorted = [...regions].sort((a, b) => (a.code === null) !== (b.code === null) ? (a.code === null ? 1 : -1) : a.code !== null && b.code !== null ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.feature - b.feature);
  const at = new Map(sorted.map((r, i) => [regionKey(r), i]));
  return (key) => at.get(key) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The Gaps tab's ranking over a planner's regions: the province rule (facilities/gapScore.ts,
 * `rankGaps`: percentile of demand minus percentile of supply, ties by demand then order) applied
 * to the regions of one province or of the whole set, with the same supply-measure rule and the
 * same "what if". Pure; coverage comes from computeRegionCoverage with the chosen types, radius
 * and demand (indicator and year), so the ranking itself needs no geometry.
 *
 * Percentiles are among the regions ranked: within a province, a county is compared with that
 * province's counties only. Regions without a demand figure (or with 0) are listed unscored;
 * regions without facilities have supply 0.
 */
export function rankRegionGaps(byRegion: ReadonlyMap<string, RegionCoverage>, regions: readonly Region[], choices: RegionGapChoices): RegionGapRanking {
  const inScope = choices.province === null ? regions : regions.filter((r) => r.province === choices.province);
  const scoped = new Map<string, RegionCoverage>();
  for (const r of inScope) {
    const c = byRegion.get(regionKey(r));
    if (c) scoped.set(c.unit, c);
  }
  const order = regionOrder(regions);
  const rows = rankGaps(scoped, choices.measure, order);
  const planned = choices.planned.filter((p) => scoped.has(p.unit) && choices.types.includes(p.type));
  let withPlanned: GapRow<string>[] | null = null;
  let coveragePlanned: Map<string, RegionCoverage> | null = null;
  if (planned.length > 0) {
    const added = addPlanned(scoped, planned, choices.types);
    // A planned facility without a stated capacity makes the region's capacity unknown, as for
    // existing ones (regionCoverage's rule); rankGaps reads facilitiesWithCapacity either way.
    for (const [k, c] of added) if (c.facilitiesWithCapacity !== c.facilities && c.capacity !== null) added.set(k, { ...c, capacity: null, capacityPerTenThousandChildren: null });
    withPlanned = rankGaps(added, choices.measure, order);
    coveragePlanned = added;
  }
  return {
    rows,
    withPlanned,
    coveragePlanned,
    supplyKind: rows[0]?.supplyKind ?? 'facilities',
    availability: capacityAvailability(scoped),
    regions: scoped.size,
  };
}
