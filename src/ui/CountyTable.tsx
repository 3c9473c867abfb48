import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { countyCensus } from '../app/countyCensus';
import type { Source } from '../data/figure';
import type { Unit } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { COUNTY_MESSAGES } from '../i18n/countyMessages';
import { COUNTY_MEASURES, DERIVED_MEASURES, buildCountyTable, type CountyMeasure, type CountySort, type CountySortKey } from '../view/buildCountyTable';
import type { SourceRef } from '../view/buildViewModel';
import { formatNumber, formatPerThousand } from '../view/formatValue';
import { SourceCitation } from './SourceLine';

const M = COUNTY_MESSAGES;

/** Column head and census year of each figure column. */
const HEADS: Record<CountyMeasure, { label: keyof typeof M.columns; year: number }> = {
  age2010: { label: 'age', year: 2010 },
  age2020: { label: 'age', year: 2020 },
  res2010: { label: 'res', year: 2010 },
  res2020: { label: 'res', year: 2020 },
  net2010: { label: 'net', year: 2010 },
  per1000: { label: 'per', year: 2010 },
};

export interface CountyTableProps {
  lang: Lang;
  unit: Unit;
  sort: CountySort;
  onSort(sort: CountySort): void;
  sourceRef(id: string): SourceRef | null;
  /** Every source by id, for the CSV's citations. */
  sources: Readonly<Record<string, Source>>;
}

/**
 * The census by county for one province, before any file is dropped: sortable, searchable in
 * Chinese, pinyin or by code, exportable with sources. Loaded on first use, with its data.
 * Names are rendered as text (they come from a data file).
 */
export function CountyTable({ lang, unit, sort, onSort, sourceRef, sources }: CountyTableProps) {
  const query = useSignal('');
  const load = countyCensus.load.value;
  useEffect(() => countyCensus.ensureLoaded(), []);
  const census = load.status === 'ready' ? load.census : null;
  const scroller = useRef<HTMLDivElement>(null);
  const view = useMemo(() => (census ? buildCountyTable(census, unit.id, sort, query.value, lang) : null), [census, unit.id, sort, query.value, lang]);

  // Bring the sorted column into view (a slide sorted by the proxy should show the proxy), keeping
  // the sticky name column's width clear; only sideways, so the page itself does not jump.
  useEffect(() => {
    const box = scroller.current;
    const th = box?.querySelector<HTMLElement>('th[aria-sort="ascending"], th[aria-sort="descending"]');
    const name = box?.querySelector<HTMLElement>('thead .county-name');
    if (!box || !th || !name) return;
    const left = th.offsetLeft - name.offsetWidth;
    if (left < box.scrollLeft || th.offsetLeft + th.offsetWidth > box.scrollLeft + box.clientWidth) box.scrollLeft = Math.max(0, left);
  }, [sort.key, view !== null]);

  if (load.status === 'error') {
    return (
      <div class="notice error" role="alert">
        {M.loadFailed[lang](load.message)}{' '}
        <button type="button" onClick={() => countyCensus.retry()}>
          {M.retry[lang]}
        </button>
      </div>
    );
  }
  if (!view) {
    return (
      <p class="muted" role="status">
        {M.loading[lang]}
      </p>
    );
  }
  if (view.total === 0) return <p class="empty">{M.none[lang]}</p>;

  const n = (v: number) => formatNumber(v, lang, { digits: 0 });
  const header = (key: CountySortKey, label: string, year: number | null, derived = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" key={key} aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'} class={key === 'name' ? 'county-name' : 'num'}>
        <button
          type="button"
          class="sort"
          // Figures open largest first; names and codes A→Z.
          onClick={() => onSort({ key, ascending: active ? !sort.ascending : key === 'name' || key === 'code' })}
        >
          {label}
          {year !== null && <span class="county-year">{year}</span>}
          {derived && <span class="badge derived">{MESSAGES.derived[lang]}</span>} {active ? (sort.ascending ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };
  const cell = (m: CountyMeasure, v: number | null) => (
    <td class="num" key={m}>
      {v === null ? (
        <span class="nodata-text">{MESSAGES.noData[lang]}</span>
      ) : m === 'per1000' ? (
        formatPerThousand(v, lang)
      ) : m === 'net2010' ? (
        formatNumber(v, lang, { digits: 0, signed: true })
      ) : (
        n(v)
      )}
    </td>
  );
  const unitName = lang === 'zh' ? unit.zhFull : unit.en;

  return (
    <section class="county-table" aria-labelledby="county-title" data-unit={unit.id}>
      <h3 id="county-title">{M.title[lang](unitName)}</h3>
      <div class="county-tools">
        <input
          type="search"
          class="county-search"
          value={query.value}
          onInput={(e) => (query.value = (e.target as HTMLInputElement).value)}
          aria-label={M.search[lang]}
          placeholder={M.search[lang]}
        />
        <button type="button" class="county-export" onClick={() => countyCensus.exportCsv(view, unit, sources)} disabled={view.rows.length === 0}>
          {M.exportCsv[lang]}
        </button>
      </div>
      <p class="muted" role="status" aria-live="polite">
        {M.shown[lang](n(view.rows.length), n(view.total))}
      </p>
      <div class="county-scroll" ref={scroller}>
        <table class="data-table county-data">
          <thead>
            <tr>
              {header('name', M.county[lang], null)}
              {COUNTY_MEASURES.map((m) => header(m, M.columns[HEADS[m].label][lang], HEADS[m].year, DERIVED_MEASURES.has(m)))}
              {header('code', M.code[lang], null)}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.key} data-code={r.code}>
                <th scope="row" class="county-name">
                  <span lang="zh-CN">{r.name}</span> <span class="alt">{r.latin}</span>
                  {r.name2010 && <span class="county-note">{M.formerName[lang](r.name2010)}</span>}
                  {r.years.length === 1 && <span class="county-note">{M.onlyYear[lang](String(r.years[0]))}</span>}
                </th>
                {COUNTY_MEASURES.map((m) => cell(m, r.values[m]))}
                <td class="num">{r.code}</td>
              </tr>
            ))}
            {view.rows.length === 0 && (
              <tr>
                <td colSpan={COUNTY_MEASURES.length + 2} class="empty">
                  {M.noMatch[lang]}
                </td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" class="county-name">
                {M.total[lang]}
              </th>
              {COUNTY_MEASURES.map((m) => {
                if (m === 'per1000') return <td key={m} />;
                const s = view.sums[m];
                return (
                  <td class="num" key={m}>
                    {m === 'net2010' ? formatNumber(s.sum, lang, { digits: 0, signed: true }) : n(s.sum)}
                    {s.blanks > 0 && <span class="county-note">{M.blanks[lang](n(s.blanks))}</span>}
                  </td>
                );
              })}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="muted">{M.definition[lang]}</p>
      <p class="muted">{M.pairing[lang]}</p>
      <p class="muted caution">⚠ {M.caution[lang]}</p>
      <p class="muted">{M.pinyinNote[lang]}</p>
      <p class="muted county-sources">
        {MESSAGES.sources[lang]}:{' '}
        {([2010, 2020] as const).map((year) => {
          const ref = sourceRef(view.sources[year]);
          return (
            ref && (
              <span key={year} class="county-source">
                {year}: <SourceCitation s={ref} lang={lang} />
              </span>
            )
          );
        })}
      </p>
    </section>
  );
}
