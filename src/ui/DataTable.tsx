import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { UnitId } from '../geo/units';
import { MESSAGES } from '../i18n/messages';
import type { RegionView, ViewModel } from '../view/buildViewModel';
import { formatValue } from '../view/formatValue';
import { sortRegions, type Sort, type SortKey } from '../view/sortRegions';

/**
 * The accessible alternative to the map: every unit, its value, class and sources, sortable, and
 * in sync with the map's selection in both directions.
 */
export function DataTable({ vm, onSelect }: { vm: ViewModel; onSelect(id: UnitId): void }) {
  const sort = useSignal<Sort>({ key: 'rank', ascending: true });
  const { lang, indicator, classification } = vm;
  const rows = sortRegions(vm.regions, sort.value, lang);
  const selectedRef = useRef<HTMLTableRowElement>(null);
  const selectedId = vm.selected?.region.id ?? null;

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const header = (key: SortKey, label: string) => {
    const active = sort.value.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.value.ascending ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          class="sort"
          onClick={() => (sort.value = { key, ascending: active ? !sort.value.ascending : key !== 'value' })}
        >
          {label} {active ? (sort.value.ascending ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };

  return (
    <div class="data-table-wrap">
      <table class="data-table">
        <caption>
          {indicator.label[lang]}
          {vm.year !== 0 && `, ${vm.year}`}
          {indicator.unit[lang] && ` (${indicator.unit[lang]})`}
        </caption>
        <thead>
          <tr>
            {header('rank', MESSAGES.rank[lang])}
            {header('name', MESSAGES.province[lang])}
            {header('value', MESSAGES.value[lang])}
            <th scope="col">{MESSAGES.classLabel[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const bin = r.classIndex === null ? null : classification.bins[r.classIndex];
            const selected = r.id === selectedId;
            return (
              <tr
                key={r.id}
                data-unit={r.id}
                ref={selected ? selectedRef : undefined}
                class={selected ? 'selected' : undefined}
                aria-selected={selected}
                onClick={() => onSelect(r.id)}
              >
                <td class="num">{r.rank ?? '–'}</td>
                <th scope="row">
                  <button type="button" class="row-select" onClick={() => onSelect(r.id)}>
                    {lang === 'zh' ? r.unit.zh : r.unit.en} <span class="alt">{lang === 'zh' ? r.unit.en : r.unit.zh}</span>
                  </button>
                </th>
                <td class="num">
                  {r.datum ? formatValue(r.datum.value, indicator, lang) : <span class="nodata-text">{MESSAGES.noData[lang]}</span>}
                  {r.datum?.derived && <span class="badge derived">{MESSAGES.derived[lang]}</span>}
                  {r.datum?.synthetic && <span class="badge synthetic">{MESSAGES.facilities.synthetic[lang]}</span>}
                  {r.lowAuthority && <span class="badge caution" title={MESSAGES.lowAuthority[lang]}>⚠</span>}
                </td>
                <td>
                  <span class={bin ? 'swatch' : 'swatch nodata'} style={bin ? { background: bin.color } : undefined} aria-hidden="true" />{' '}
                  {r.classIndex === null ? MESSAGES.noData[lang] : vm.legend[r.classIndex]?.label}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
