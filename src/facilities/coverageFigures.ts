import type { ProvinceCoverage } from './computeCoverage';

/** Rates are per this many children. */
const PER = 10_000;

/**
 * The figures of one unit (province or region): its facilities against its demand (children; a
 * missing, negative or non-finite figure is no data, never 0), rates per 10,000 children, and the
 * share of its area within the radius. `capacity` is already summed by the caller's rule.
 */
export function coverageFigures(
  demandRaw: number | undefined,
  facilities: number,
  facilitiesWithCapacity: number,
  capacity: number | null,
  areaShareWithinRadius: number | null,
): Omit<ProvinceCoverage, 'unit'> {
  const demand = demandRaw !== undefined && Number.isFinite(demandRaw) && demandRaw >= 0 ? demandRaw : null;
  const rate = (x: number | null) => (x !== null && demand !== null && demand > 0 ? (x / demand) * PER : null);
  return {
    facilities,
    facilitiesWithCapacity,
    capacity,
    perTenThousandChildren: rate(facilities),
    capacityPerTenThousandChildren: rate(capacity),
    childrenPerFacility: demand !== null && facilities > 0 ? demand / facilities : null,
    areaShareWithinRadius,
    demand,
  };
}
