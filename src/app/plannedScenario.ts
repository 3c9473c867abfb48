import { MAX_PLANNED_CAPACITY, MAX_PLANNED_COUNT, MAX_PLANNED_ENTRIES, type PlannedFacility } from '../facilities/plannedFacilities';
import type { FacilityType } from '../facilities/facility';
import type { UnitId } from '../geo/units';

/** What the planner typed: the form's raw text, read here rather than in the component. */
export interface PlannedForm {
  unit: UnitId;
  type: FacilityType;
  count: string;
  capacity: string;
}

export type PlannedProblem = 'count' | 'capacity' | 'too-many';

/**
 * Adds one planned entry to the scenario, or says which field is wrong. The same province and type
 * with the same capacity adds to the existing entry, so the link stays short. Pure.
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
  const same = planned.findIndex((p) => p.unit === form.unit && p.type === form.type && p.capacity === capacity);
  if (same >= 0) {
    const merged = planned[same]!.count + count;
    if (merged > MAX_PLANNED_COUNT) return { problem: 'count' };
    return { planned: planned.map((p, i) => (i === same ? { ...p, count: merged } : p)) };
  }
  if (planned.length >= MAX_PLANNED_ENTRIES) return { problem: 'too-many' };
  return { planned: [...planned, { unit: form.unit, type: form.type, count, capacity }] };
}

/** A whole number written with ASCII or full-width digits; null for anything else. */
function whole(text: string): number | null {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}
