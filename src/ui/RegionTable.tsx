import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { exportRegionTable } from '../app/exportRegionTable';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { regionValueText, type RegionSetView } from '../view/buildRegionView';
import { sortRegionRows, type RegionSort, type RegionSortKey } from '../view/sortRegionRows';

/**
 * The regions of the shown set with their values, sortable, in sync with the map's selection, and
 * exportable as CSV with sources. Names from the user's file are rendered as text.
 */
export function RegionTable({ view, lang, onSelect }: { view: RegionSetView; lang: Lang; onSelect(key: string): void }) {
  const T = MESSAGES.regionView;
  const sort = useSignal<RegionSort>({ key: 'rank', ascending: true });
  const rows = sortRegionRows(view.rows, sort.value, lang);
  const selectedRef = useRef<HTMLTableRowElement>(null);
  const selectedKey = view.selected?.row.key ?? null;
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

  const header = (key: RegionSortKey, label: string) => {
    const active = sort.value.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.value.ascending ? 'ascending' : 'descending') : 'none'}>
        <button type="button" class="sort" data-sort={key} onClick={() => (sort.value = { key, ascending: active ? !sort.value.ascending : key !== 'value' })}>
          {label} {active ? (sort.value.ascending ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };
  return (
    <>
      <div class="data-table-wrap">
        <table class="data-table region-table">
          <caption>{view.title}</caption>
          <thead>
            <tr>
              {header('rank', T.rank[lang])}
              {header('name', T.region[lang])}
              {header('code', T.code[lang])}
              {header('province', T.provinceOf[lang])}
              {header('value', T.value[lang])}
              <th scope="col">{T.classLabel[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const bin = r.classIndex === null ? null : view.classification.bins[r.classIndex];
              const selected = r.key === selectedKey;
              return (
                <tr key={r.key} data-region={r.key} data-fill={r.fill} ref={selected ? selectedRef : undefined} class={selected ? 'selected' : undefined} aria-selected={selected} onClick={() => onSelect(r.key)}>
                  <td class="num">{r.rank ?? '–'}</td>
                  <th scope="row">
                    <button type="button" class="row-select" onClick={() => onSelect(r.key)}>
                      {r.label}
                    </button>
                  </th>
                  <td>{r.code ?? '–'}</td>
                  <td>{r.province?.[lang] ?? '–'}</td>
                  <td class="num">
                    {r.value === null ? <span class="nodata-text">{regionValueText(view, r, lang)}</span> : regionValueText(view, r, lang)}
                    {r.value !== null && view.indicator?.derived && <span class="badge derived">{MESSAGES.derived[lang]}</span>}
                  </td>
                  <td>
                    <span class={bin ? 'swatch' : 'swatch nodata'} style={bin ? { background: bin.color } : undefined} aria-hidden="true" />{' '}
                    {r.classIndex === null ? MESSAGES.noData[lang] : view.legend[r.classIndex]?.label}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="row-buttons table-actions">
        <button type="button" data-action="export-regions" onClick={() => exportRegionTable(view, rows)}>
          {T.exportCsv[lang]}
        </button>
      </div>
    </>
  );
}
