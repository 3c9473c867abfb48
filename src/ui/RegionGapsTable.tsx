import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { GAPS_MESSAGES as G } from '../i18n/gapsMessages';
import { MESSAGES } from '../i18n/messages';
import { formatNumber } from '../view/formatValue';
import { REGION_GAPS_MESSAGES as RG } from '../i18n/regionGapsMessages';
import type { RegionGapsView } from '../view/buildRegionGaps';

const R = MESSAGES.regionData;

interface Props {
  lang: Lang;
  view: RegionGapsView;
  /** The region selected on the map (`state.region`), highlighted in the table. */
  selected: string | null;
  onSelect(key: string): void;
  /** Ranks within a province of the set, or across the whole set (null): the province selection. */
  onScope(province: UnitId | null): void;
  /** Downloads the ranking as shown (CSV); absent until the export is available. */
  onExport?(): void;
}

/** The gap ranking over the shown region set: scope and demand, then a row per region. Names are the file's, shown as text. */
export function RegionGapsTable({ lang, view, selected, onSelect, onScope, onExport }: Props) {
  const inSet = view.scopes.some((o) => o.province === view.scope);
  return (
    <section class="region-gaps" data-testid="region-gaps" aria-labelledby="region-gaps-title">
      <h3 id="region-gaps-title">{view.title}</h3>
      <label class="control">
        <span>{RG.scope[lang]}</span>
        <select data-control="region-scope" value={inSet ? (view.scope ?? '') : '?'} onChange={(e) => onScope(e.currentTarget.value === '' ? null : (e.currentTarget.value as UnitId))}>
          {!inSet && (
            <option value="?" disabled>
              {view.scopeOutside}
            </option>
          )}
          {view.scopes.map((o) => (
            <option key={o.province ?? ''} value={o.province ?? ''}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {view.empty && (
        <div class="caution" role="note" data-testid="region-gaps-empty">
          <p>{view.empty}</p>
          <div class="row-buttons">
            <button type="button" data-action="region-scope-set" onClick={() => onScope(null)}>
              {RG.rankSet[lang]}
            </button>
            {view.scopes.length > 1 && <span>{RG.orProvince[lang]}</span>}
            {view.scopes.slice(1).map((o) => (
              <button type="button" key={o.province} data-province={o.province} onClick={() => onScope(o.province)}>
                {o.label}
              </button>
            ))}
          </div>
        </div>
      )}
      {view.lines.map((line) => (
        <p class="ranking-basis" key={line}>
          {line}
        </p>
      ))}
      {view.note && <p class="caution">{view.note}</p>}
      {onExport && view.rows.length > 0 && (
        <div class="row-buttons">
          <button type="button" data-action="export-region-ranking" onClick={onExport}>
            {RG.exportRanking[lang]}
          </button>
        </div>
      )}
      {view.rows.length > 0 && (
        <div class="data-table-wrap">
          <table class="data-table gap-table">
            <thead>
              <tr>
                <th scope="col">{R.cols.rank[lang]}</th>
                <th scope="col">{R.cols.region[lang]}</th>
                <th scope="col">{R.cols.score[lang]}</th>
                {view.withPlanned && (
                  <th scope="col" class="planned-col">
                    {G.cols.after[lang]}
                  </th>
                )}
                <th scope="col">{R.cols.demand[lang]}</th>
                <th scope="col">{view.supplyHeader}</th>
                <th scope="col">{R.cols.facilities[lang]}</th>
                <th scope="col">{R.cols.share[lang]}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.key} data-region={r.key} class={r.key === selected ? 'selected' : undefined}>
                  <td class="num">{r.rank ?? '–'}</td>
                  <th scope="row">
                    <button type="button" class="row-select" onClick={() => onSelect(r.key)}>
                      {r.label}
                    </button>
                    {r.code && <div class="muted">{r.code}</div>}
                  </th>
                  <td class="num" data-col="score">{r.score}</td>
                  {r.after && (
                    <td class="num planned-col" data-col="score-planned">
                      {r.after.score}
                      {r.after.rankChange && <div class="muted">{r.after.rankChange}</div>}
                    </td>
                  )}
                  <td class="num" data-col="demand">{r.demand}</td>
                  <td class="num" data-col="supply">{r.supply}</td>
                  <td class="num" data-col="facilities">
                    {r.facilities}
                    {r.added > 0 && (
                      <div class="planned-label">
                        +{formatNumber(r.added, lang, { digits: 0 })} {G.planned[lang]}
                      </div>
                    )}
                  </td>
                  <td class="num" data-col="area">{r.share}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
