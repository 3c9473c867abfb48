import type { FacilityType } from '../facilities/facility';
import type { Indicator } from '../data/indicator';
import { FACILITY_TYPES, PROGRAMMES, UNIT_BY_ID } from '../view/vocabulary';
import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { RADII_KM } from '../state/appState';
import type { Store } from '../state/createStore';
import type { SourceRef } from '../view/buildViewModel';
import { formatNumber } from '../view/formatValue';
import type { FacilityController } from '../app/createFacilityController';
import { SourceCitation } from './SourceLine';

const M = MESSAGES.facilities;

interface Props {
  lang: Lang;
  store: Store;
  facilities: FacilityController;
  /** Indicators that can stand for demand: counts of children. */
  demandChoices: Indicator[];
  selected: UnitId | null;
  sourceRef(id: string): SourceRef | null;
}

const pct = (x: number | null, lang: Lang) => (x === null ? '–' : `${formatNumber(x * 100, lang, { digits: 0 })}%`);

/** Facility layer controls, the facility sets, and the gap ranking with the numbers behind each row. */
export function GapsPanel({ lang, store, facilities, demandChoices, selected, sourceRef }: Props) {
  const state = store.state.value;
  const sets = facilities.sets.value;
  const coverage = facilities.coverage.value;
  const gaps = facilities.gaps.value;
  const synthetic = sets.some((s) => s.synthetic);
  const toggleType = (t: FacilityType, on: boolean) =>
    store.setFacilityOptions({ facilityTypes: FACILITY_TYPES.filter((x) => (x === t ? on : state.facilityTypes.includes(x))) });

  return (
    <section class="gaps" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{M.title[lang]}</h2>
      {synthetic && (
        <p class="synthetic-warning" role="note">
          {M.syntheticWarning[lang]}
        </p>
      )}
      <label class="check">
        <input type="checkbox" checked={state.facilities} onChange={(e) => store.setFacilityOptions({ facilities: e.currentTarget.checked })} />
        {M.show[lang]}
      </label>
      <fieldset class="type-filter">
        <legend>{M.typeFilter[lang]}</legend>
        {FACILITY_TYPES.map((t) => (
          <label class="check" key={t}>
            <input type="checkbox" data-type={t} checked={state.facilityTypes.includes(t)} onChange={(e) => toggleType(t, e.currentTarget.checked)} />
            <span class={`type-dot type-${t}`} aria-hidden="true" />
            {M.types[t][lang]}
          </label>
        ))}
      </fieldset>
      <div class="review-columns">
        <label class="control">
          <span>{M.radius[lang]}</span>
          <select value={String(state.radiusKm)} onChange={(e) => store.setFacilityOptions({ radiusKm: Number(e.currentTarget.value) })}>
            {RADII_KM.map((r) => (
              <option key={r} value={String(r)}>
                {M.km[lang](String(r))}
              </option>
            ))}
          </select>
        </label>
        <label class="control">
          <span>{M.demand[lang]}</span>
          <select value={state.demand} onChange={(e) => store.setFacilityOptions({ demand: e.currentTarget.value })}>
            {demandChoices.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <h3>{M.sets[lang]}</h3>
      {sets.length === 0 && <p class="muted">{M.none[lang]}</p>}
      <ul class="imported-list">
        {sets.map((s) => (
          <li key={s.id} data-set={s.id} data-synthetic={s.synthetic}>
            <strong>{s.synthetic ? M.demoName[lang] : s.name}</strong>{' '}
            <span class="muted">
              ({M.count[lang](String(s.facilities.length))}
              {s.synthetic && `, ${M.synthetic[lang]}`})
            </span>
            <div class="row-buttons">
              <button type="button" onClick={() => (s.synthetic ? store.setFacilityOptions({ demo: false }) : void facilities.remove(s.id))}>
                {M.remove[lang]}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {!state.demo && (
        <div class="row-buttons">
          <button type="button" data-action="load-demo" onClick={() => store.setFacilityOptions({ demo: true, facilities: true })}>
            {M.loadDemo[lang]}
          </button>
        </div>
      )}
      {facilities.computing.value && <p role="status">{M.computing[lang]}</p>}
      {coverage && coverage.outside.length > 0 && <p class="muted">{M.outside[lang](String(coverage.outside.length))}</p>}

      {gaps.length > 0 && (
        <>
          <h3>{M.ranking[lang]}</h3>
          <p class="muted rule">{M.rule[lang]}</p>
          <table class="data-table gap-table">
            <thead>
              <tr>
                <th scope="col">{M.cols.rank[lang]}</th>
                <th scope="col">{M.cols.province[lang]}</th>
                <th scope="col">{M.cols.score[lang]}</th>
                <th scope="col">{M.cols.demand[lang]}</th>
                <th scope="col">{M.cols.supply[lang]}</th>
                <th scope="col">{M.cols.area[lang]}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => {
                const u = UNIT_BY_ID.get(g.unit)!;
                const c = coverage?.byUnit.get(g.unit);
                return (
                  <tr key={g.unit} data-unit={g.unit} class={g.unit === selected ? 'selected' : undefined} onClick={() => store.select(g.unit)}>
                    <td class="num">{g.rank ?? '–'}</td>
                    <th scope="row">
                      <button type="button" class="row-select" onClick={() => store.select(g.unit)}>
                        {lang === 'zh' ? u.zh : u.en}
                      </button>
                      {g.score !== null && (
                        <div class="why muted">{M.why[lang](pct(1 - (g.demandPercentile ?? 0), lang), pct(g.supplyPercentile, lang))}</div>
                      )}
                    </th>
                    <td class="num">{g.score === null ? '–' : formatNumber(g.score, lang, { digits: 2, signed: true })}</td>
                    <td class="num">{g.demand === null ? MESSAGES.noData[lang] : formatNumber(g.demand, lang, { compact: true })}</td>
                    <td class="num">
                      {g.supply === null ? '–' : formatNumber(g.supply, lang, { digits: 2 })}
                      <div class="muted">{M.count[lang](String(c?.facilities ?? 0))}</div>
                    </td>
                    <td class="num">{pct(c?.areaShareWithinRadius ?? null, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {coverage && <p class="muted">{M.sampling[lang](formatNumber(coverage.sampleSpacingKm, lang, { digits: 0 }))}</p>}
        </>
      )}

      <h3>{M.programmes[lang]}</h3>
      <ul class="programme-list">
        {PROGRAMMES.map((p) => (
          <li key={p.id} data-programme={p.id}>
            <strong>{p.label[lang]}</strong>
            <div class="muted">{p.detail[lang]}</div>
            <div class="figure-sources">
              {p.sources.map((id) => {
                const ref = sourceRef(id);
                return ref && <SourceCitation key={id} s={ref} lang={lang} />;
              })}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
