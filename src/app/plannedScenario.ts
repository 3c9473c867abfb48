import { MAX_PLANNED_CAPACITY, MAX_PLANNED_COUNT, MAX_PLANNED_ENTRIES, type PlannedFacility } from '../facilities/plannedFacilities';
import type { FacilityType } from '../facilities/facility';
import type { UnitId } from '../geo/units';

/** What the planner typed: the form's raw text, read here rather than in the component. */
export interface PlannedForm {
  unit: UnitId;
  type: FacilityType;
  count: string;
  capacity: string;
  /** A point inside the region chosen, [lon, lat] degrees, when a region set is shown (#15). */
  at?: [number, number];
}

export type PlannedProblem = 'count' | 'capacity' | 'too-many' | 'place';

/**
 * Adds one planned entry to the scenario, or says which field is wrong. The same province (or the
 * same point in a region), type and capacity adds to the existing entry, so the link stays short. Pure.
 */
export function addPlannedEntry(
  planned: readonly PlannedFacility[],
  form: PlannedForm,
): { planned: PlannedFacility[] } | { problem: PlannedProblem } {
  const count = whole(form.count);
  if (count === null || count < 1 || count > MAX_PLANNED_COUNT) return { problem: 'count' };
  const capText = form.capacity.trim();
  const capacity = capText === '' ? null : whole(capText);
  if (capText !== '' && (capacity === null || capacity > MAX_PLANNED_CAPACITY)) return { problem: 'capacity' };
  const at = form.at;
  const samePlace = (p: PlannedFacility) => (p.at === undefined ? at === undefined : at !== undefined && p.at[0] === at[0] && p.at[1] === at[1]);
  const same = planned.findIndex((p) => p.unit === form.unit && p.type === form.type && p.capacity === capacity && samePlace(p));
  if (same >= 0) {
    const merged = planned[same]!.count + count;
    if (merged > MAX_PLANNED_COUNT) return { problem: 'count' };
    return { planned: planned.map((p, i) => (i === same ? { ...p, count: merged } : p)) };
  }
  if (planned.length >= MAX_PLANNED_ENTRIES) return { problem: 'too-many' };
  return { planned: [...planned, { unit: form.unit, type: form.type, count, capacity, ...(at ? { at } : {}) }] };
}

/** A whole number written with ASCII or full-width digits; null for anything else. */
function whole(text: string): number | null {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}
