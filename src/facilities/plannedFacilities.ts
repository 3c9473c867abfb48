import { isUnitId, type UnitId } from '../geo/units';
import type { ProvinceCoverage } from './computeCoverage';
import { coverageFigures } from './coverageFigures';
import { isFacilityType, type FacilityType } from './facility';

/**
 * A "what if" entry: facilities a planner is thinking of building. They have a province but no
 * coordinates, so they add to counts and capacity (the ranking) but cover no area. They live in
 * the app state and the link, never in an imported set or its export.
 */
export interface PlannedFacility {
  unit: UnitId;
  type: FacilityType;
  /** How many facilities, 1..MAX_PLANNED_COUNT. */
  count: number;
  /** Places per facility; null when the planner states none. */
  capacity: number | null;
  /**
   * Where the planner means to build, [lon, lat] degrees to 4 decimals (about 11 m), when the entry
   * was placed in a region of their own set (#15): it then counts in whichever region of the shown
   * set contains the point (point in polygon). Absent for an entry made for a province only.
   */
  at?: [number, number];
}

/** Decimals kept of a planned position: 4 (about 11 m), enough to fall in the intended region. */
export const PLANNED_AT_DIGITS = 4;

/** A position rounded as the link keeps it. */
export function roundPlannedAt(lon: number, lat: number): [number, number] {
  const f = 10 ** PLANNED_AT_DIGITS;
  return [Math.round(lon * f) / f, Math.round(lat * f) / f];
}

export const MAX_PLANNED_ENTRIES = 30;
export const MAX_PLANNED_COUNT = 10_000;
export const MAX_PLANNED_CAPACITY = 100_000;

/**
 * Link form: entries joined by `,`, each `UNIT.type.count[.capacity][_lon_lat]`, e.g.
 * `SC.home.3.50,HA.school.2,AH.home.1_115.8123_32.9001`. Readable, and made of characters a
 * query string keeps as they are (`_` and `-` included).
 */
export function formatPlanned(planned: readonly PlannedFacility[]): string {
  return planned
    .map((p) => [p.unit, p.type, p.count, ...(p.capacity === null ? [] : [p.capacity])].join('.') + (p.at ? `_${p.at[0]}_${p.at[1]}` : ''))
    .join(',');
}

const DEGREES = /^-?\d{1,3}(\.\d{1,4})?$/;

/** The inverse of formatPlanned; null when any entry is malformed (the link then falls back to none). */
export function parsePlanned(raw: string): PlannedFacility[] | null {
  if (raw === '') return [];
  const parts = raw.split(',');
  if (parts.length > MAX_PLANNED_ENTRIES) return null;
  const out: PlannedFacility[] = [];
  for (const part of parts) {
    const [entry = '', lon, lat, ...extra] = part.split('_');
    if (extra.length > 0 || (lon !== undefined && !validAt(lon, lat))) return null;
    const [unit, type, count, capacity, ...rest] = entry.split('.');
    if (rest.length > 0 || unit === undefined || type === undefined || count === undefined) return null;
    const id = unit.toUpperCase();
    if (!isUnitId(id) || !isFacilityType(type)) return null;
    const n = wholeNumber(count, 1, MAX_PLANNED_COUNT);
    const cap = capacity === undefined ? null : wholeNumber(capacity, 0, MAX_PLANNED_CAPACITY);
    if (n === null || (capacity !== undefined && cap === null)) return null;
    out.push({ unit: id, type, count: n, capacity: cap, ...(lon !== undefined && lat !== undefined ? { at: [Number(lon), Number(lat)] as [number, number] } : {}) });
  }
  return out;
}

/** Longitude −180..180 and latitude −90..90, in degrees with at most 4 decimals. */
function validAt(lon: string, lat: string | undefined): boolean {
  if (lat === undefined || !DEGREES.test(lon) || !DEGREES.test(lat)) return false;
  return Math.abs(Number(lon)) <= 180 && Math.abs(Number(lat)) <= 90;
}

function wholeNumber(raw: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

/**
 * Coverage with the planned facilities added to their provinces' counts (and capacity, where
 * stated), rates recomputed as computeCoverage computes them. Planned facilities of a type the
 * filter hides are left out, like existing ones. Area shares stay as they are: a planned facility
 * has no location. Keys are provinces, or region keys for a planner's regions. Pure; does not
 * mutate its input.
 */
export function addPlanned<K extends string = UnitId, C extends Omit<ProvinceCoverage, 'unit'> & { unit: K } = ProvinceCoverage & { unit: K }>(
  byUnit: ReadonlyMap<K, C>,
  planned: ReadonlyArray<Omit<PlannedFacility, 'unit'> & { unit: K }>,
  types: readonly FacilityType[],
): Map<K, C> {
  const out = new Map<K, C>();
  for (const [unit, c] of byUnit) {
    const mine = planned.filter((p) => p.unit === unit && types.includes(p.type));
    if (mine.length === 0) {
      out.set(unit, c);
      continue;
    }
    const added = mine.reduce((s, p) => s + p.count, 0);
    const stated = mine.filter((p) => p.capacity !== null);
    const facilities = c.facilities + added;
    const facilitiesWithCapacity = c.facilitiesWithCapacity + stated.reduce((s, p) => s + p.count, 0);
    const capacity = stated.length === 0 ? c.capacity : (c.capacity ?? 0) + stated.reduce((s, p) => s + p.count * p.capacity!, 0);
    // Planned facilities cover no area: the share within the radius stays the loaded sets'.
    out.set(unit, { ...c, ...coverageFigures(c.demand ?? undefined, facilities, facilitiesWithCapacity, capacity, c.areaShareWithinRadius) });
  }
  return out;
}
