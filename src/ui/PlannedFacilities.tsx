import { useSignal } from '@preact/signals';
import { addPlannedEntry, type PlannedProblem } from '../app/plannedScenario';
import type { FacilityType } from '../facilities/facility';
import type { PlannedFacility } from '../facilities/plannedFacilities';
import type { UnitId } from '../geo/units';
import { FACILITY_TYPES, UNIT_BY_ID, UNITS } from '../view/vocabulary';
import { GAPS_MESSAGES as G } from '../i18n/gapsMessages';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { REGION_GAPS_MESSAGES as RG } from '../i18n/regionGapsMessages';
import { formatNumber } from '../view/formatValue';

const S = G.scenario;
const PROBLEM: Record<PlannedProblem, { en: string; zh: string }> = { count: S.badCount, capacity: S.badCapacity, 'too-many': S.tooMany, place: RG.placeFailed };

/** While a region set is shown: the regions a planned facility can be put in, and how to place one. */
export interface PlannedRegions {
  options: readonly { key: string; label: string }[];
  /** The province and a point inside the region (the link carries the point); null when it cannot be placed. */
  place(key: string): { unit: UnitId; at: [number, number] } | null;
  /** The region of the shown set an entry lies in; null when none. */
  regionOf(p: PlannedFacility): string | null;
}

interface Props {
  lang: Lang;
  planned: readonly PlannedFacility[];
  onChange(next: PlannedFacility[]): void;
  /** Set while a region set is shown: planned facilities are then put in a region of it. */
  regions?: PlannedRegions | null;
}

/** "What if": planned facilities per province, or in a region of the shown set, labelled planned, kept in the link only. */
export function PlannedFacilities({ lang, planned, onChange, regions = null }: Props) {
  const unit = useSignal<UnitId>('SC');
  const region = useSignal<string | null>(null);
  const type = useSignal<FacilityType>('home');
  const count = useSignal('1');
  const capacity = useSignal('');
  const problem = useSignal<PlannedProblem | null>(null);
  const name = (u: UnitId) => (lang === 'zh' ? UNIT_BY_ID.get(u)!.zh : UNIT_BY_ID.get(u)!.en);
  const add = (e: Event) => {
    e.preventDefault();
    let where: { unit: UnitId; at?: [number, number] } = { unit: unit.value };
    if (regions) {
      const key = region.value !== null && regions.options.some((o) => o.key === region.value) ? region.value : regions.options[0]?.key;
      const placed = key === undefined ? null : regions.place(key);
      if (!placed) {
        problem.value = 'place';
        return;
      }
      where = placed;
    }
    const r = addPlannedEntry(planned, { ...where, type: type.value, count: count.value, capacity: capacity.value });
    if ('problem' in r) {
      problem.value = r.problem;
      return;
    }
    problem.value = null;
    onChange(r.planned);
  };
  return (
    <details class="planned" open={planned.length > 0}>
      <summary>
        {S.title[lang]}
        {planned.length > 0 && ` (${formatNumber(planned.reduce((n, p) => n + p.count, 0), lang, { digits: 0 })})`}
      </summary>
      <p class="muted">{S.intro[lang]}</p>
      <form class="review-columns planned-form" onSubmit={add}>
        {regions ? (
          <label class="control">
            <span>{RG.region[lang]}</span>
            <select data-field="region" value={region.value ?? regions.options[0]?.key ?? ''} onChange={(e) => (region.value = e.currentTarget.value)}>
              {regions.options.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label class="control">
            <span>{S.province[lang]}</span>
            <select data-field="unit" value={unit.value} onChange={(e) => (unit.value = e.currentTarget.value as UnitId)}>
              {UNITS.map((u) => (
                <option key={u.id} value={u.id}>
                  {lang === 'zh' ? u.zh : u.en}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="control">
          <span>{S.type[lang]}</span>
          <select data-field="type" value={type.value} onChange={(e) => (type.value = e.currentTarget.value as FacilityType)}>
            {FACILITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {MESSAGES.facilities.types[t][lang]}
              </option>
            ))}
          </select>
        </label>
        <label class="control">
          <span>{S.count[lang]}</span>
          <input data-field="count" type="text" inputMode="numeric" size={6} value={count.value} onInput={(e) => (count.value = e.currentTarget.value)} />
        </label>
        <label class="control">
          <span>{S.capacity[lang]}</span>
          <input data-field="capacity" type="text" inputMode="numeric" size={6} value={capacity.value} onInput={(e) => (capacity.value = e.currentTarget.value)} />
        </label>
        <div class="row-buttons">
          <button type="submit" data-action="add-planned">
            {S.add[lang]}
          </button>
        </div>
      </form>
      {problem.value && (
        <p class="caution" role="alert">
          {PROBLEM[problem.value][lang]}
        </p>
      )}
      {planned.length > 0 && (
        <ul class="imported-list planned-list">
          {planned.map((p, i) => (
            <li key={`${p.unit}-${p.type}-${p.capacity}-${p.at?.join('_') ?? ''}`} data-planned={p.unit}>
              <span class="badge planned">{G.planned[lang]}</span>{' '}
              {S.entry[lang](
                formatNumber(p.count, lang, { digits: 0 }),
                MESSAGES.facilities.types[p.type][lang],
                (regions && regions.regionOf(p)) ?? name(p.unit),
                p.capacity === null ? '' : formatNumber(p.capacity, lang, { digits: 0 }),
              )}
              <div class="row-buttons">
                <button type="button" onClick={() => onChange(planned.filter((_, k) => k !== i))}>
                  {S.remove[lang]}
                </button>
              </div>
            </li>
          ))}
          <li>
            <div class="row-buttons">
              <button type="button" data-action="clear-planned" onClick={() => onChange([])}>
                {S.clear[lang]}
              </button>
            </div>
          </li>
        </ul>
      )}
    </details>
  );
}
