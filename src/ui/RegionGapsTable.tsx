import type { Lang } from '../i18n/lang';
import { REGION_DATA_MESSAGES } from '../i18n/regionDataMessages';
import type { RegionGapsView } from '../view/buildRegionGaps';

const R = REGION_DATA_MESSAGES;

interface Props {
  lang: Lang;
  view: RegionGapsView;
  /** The region selected on the map (`state.region`), highlighted in the table. */
  selected: string | null;
  onSelect(key: string): void;
}

/** The gap ranking over the shown region set: scope and demand, then a row per region. Names are the file's, shown as text. */
export function RegionGapsTable({ lang, view, selected, onSelect }: Props) {
  return (
    <section class="region-gaps" data-testid="region-gaps" aria-labelledby="region-gaps-title">
      <h3 id="region-gaps-title">{view.title}</h3>
      {view.lines.map((line) => (
        <p class="ranking-basis" key={line}>
          {line}
        </p>
      ))}
      {view.note && <p class="caution">{view.note}</p>}
      <div class="data-table-wrap">
        <table class="data-table gap-table">
          <thead>
            <tr>
              <th scope="col">{R.cols.rank[lang]}</th>
              <th scope="col">{R.cols.region[lang]}</th>
              <th scope="col">{R.cols.score[lang]}</th>
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
                <td class="num" data-col="demand">{r.demand}</td>
                <td class="num" data-col="supply">{r.supply}</td>
                <td class="num" data-col="facilities">{r.facilities}</td>
                <td class="num" data-col="area">{r.share}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
