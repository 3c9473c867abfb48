import { Fragment } from 'preact';
import type { FacilityType } from '../facilities/facility';
import type { Indicator } from '../data/indicator';
import { FACILITY_TYPES, PROGRAMMES, SUPPLY_MEASURES, UNIT_BY_ID } from '../view/vocabulary';
import type { UnitId } from '../geo/units';
import { GAPS_MESSAGES as G } from '../i18n/gapsMessages';
import { REGION_GAPS_MESSAGES as RG } from '../i18n/regionGapsMessages';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { RADII_KM } from '../state/appState';
import type { StoreActions } from '../state/createStore';
import type { SourceRef } from '../view/buildViewModel';
import type { ScreenView } from '../view/screenView';
import { formatNumber } from '../view/formatValue';
import type { GapsView } from '../app/buildGapsView';
import type { RegionGapsView } from '../view/buildRegionGaps';
import type { RegionGapsApi } from '../app/createRegionGaps';
import { PlannedFacilities } from './PlannedFacilities';
import { RegionGapsTable } from './RegionGapsTable';
import { SourceCitation } from './SourceLine';

const M = MESSAGES.facilities;

interface Props {
  lang: Lang;
  /** The gap options as set. */
  screen: ScreenView;
  view: GapsView;
  actions: StoreActions;
  /** Removes an imported facility set. */
  onRemoveSet(id: string): void;
  /** Indicators that can stand for demand: counts of children. */
  demandChoices: Indicator[];
  selected: UnitId | null;
  sourceRef(id: string): SourceRef | null;
  onExportRanking(): void;
  onExportFacilities(): void;
  /** The ranking over the shown region set (#15); when given, it replaces the provinces' ranking. */
  regionGaps?: RegionGapsView | null;
  selectedRegion?: string | null;
  onRegionSelect?(key: string): void;
  /** The region ranking's export and planned placement; null until its code has loaded. */
  regionApi?: RegionGapsApi | null;
}

const pct = (x: number | null, lang: Lang) => (x === null ? '–' : `${formatNumber(x * 100, lang, { digits: 0 })}%`);
/** Scores always with two decimals and a sign: 0.7 is "+0.70", never "+1". */
const score = (x: number | null, lang: Lang) => (x === null ? '–' : formatNumber(x, lang, { digits: 2, signed: true, fixed: true }));

/** Facility layer controls, the facility sets, and the gap ranking with the numbers behind each row. */
export function GapsPanel({ lang, screen, view, actions, onRemoveSet, demandChoices, selected, sourceRef, onExportRanking, onExportFacilities, regionGaps = null, selectedRegion = null, onRegionSelect, regionApi = null }: Props) {
  const { sets, synthetic, capacity, counted, demand } = view;
  const used = view.supplyUsed;
  const planned = view.withPlanned;
  const toggleType = (t: FacilityType, on: boolean) =>
    actions.setFacilityOptions({ facilityTypes: FACILITY_TYPES.filter((x) => (x === t ? on : screen.facilityTypes.includes(x))) });
  // The demand year offered: the region set's count's years while a set is shown, else the provinces' demand indicator's.
  const demandYears = regionGaps ? (regionGaps.demandYear === null ? null : { years: regionGaps.demandYears, year: regionGaps.demandYear }) : demand;
  const supplyLabel = used === 'capacity' ? G.cols.supplyCapacity[lang] : G.cols.supplyFacilities[lang];

  return (
    <section class="gaps" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{M.title[lang]}</h2>
      {synthetic && (
        <p class="synthetic-warning" role="note">
          {M.syntheticWarning[lang]}
        </p>
      )}
      <label class="check">
        <input type="checkbox" checked={screen.markers} onChange={(e) => actions.setFacilityOptions({ facilities: e.currentTarget.checked })} />
        {M.show[lang]}
      </label>
      <fieldset class="type-filter">
        <legend>{M.typeFilter[lang]}</legend>
        {FACILITY_TYPES.map((t) => (
          <label class="check" key={t}>
            <input type="checkbox" data-type={t} checked={screen.facilityTypes.includes(t)} onChange={(e) => toggleType(t, e.currentTarget.checked)} />
            <span class={`type-dot type-${t}`} aria-hidden="true" />
            {M.types[t][lang]}
          </label>
        ))}
      </fieldset>
      <div class="review-columns">
        <label class="control">
          <span>{M.radius[lang]}</span>
          <select data-control="radius" value={String(screen.radiusKm)} onChange={(e) => actions.setFacilityOptions({ radiusKm: Number(e.currentTarget.value) })}>
            {RADII_KM.map((r) => (
              <option key={r} value={String(r)}>
                {M.km[lang](String(r))}
              </option>
            ))}
          </select>
        </label>
        <label class="control">
          <span>{M.demand[lang]}</span>
          {regionGaps ? (
            // A region set ranks on its own counts (county census children, imported counts joined to it).
            <select data-control="demand" value={regionGaps.demandId ?? ''} onChange={(e) => actions.setFacilityOptions({ demand: e.currentTarget.value })}>
              {regionGaps.demandId === null && <option value="">{RG.demandNone[lang]}</option>}
              {regionGaps.demandChoices.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </select>
          ) : (
            <select data-control="demand" value={screen.demand} onChange={(e) => actions.setFacilityOptions({ demand: e.currentTarget.value })}>
              {demandChoices.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label[lang]}
                </option>
              ))}
            </select>
          )}
        </label>
        {demandYears && (
          <label class="control">
            <span>{G.demandYear[lang]}</span>
            <select
              data-control="demand-year"
              value={String(demandYears.year)}
              onChange={(e) => actions.setFacilityOptions({ demandYear: Number(e.currentTarget.value) })}
            >
              {demandYears.years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="control">
          <span>{G.supplyMeasure[lang]}</span>
          <select
            data-control="supply"
            value={used}
            aria-describedby={capacity !== 'available' ? 'supply-reason' : undefined}
            onChange={(e) => actions.setFacilityOptions({ supply: e.currentTarget.value as (typeof SUPPLY_MEASURES)[number] })}
          >
            {SUPPLY_MEASURES.map((m) => (
              <option key={m} value={m} disabled={m === 'capacity' && capacity !== 'available'}>
                {G.supplyOption[m][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {capacity !== 'available' && sets.length > 0 && (
        <p class="muted" id="supply-reason" data-reason={capacity}>
          {G.capacityUnavailable[capacity][lang]}
        </p>
      )}

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
              <button type="button" onClick={() => (s.synthetic ? actions.setFacilityOptions({ demo: false }) : onRemoveSet(s.id))}>
                {M.remove[lang]}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {!screen.demo && (
        <div class="row-buttons">
          <button type="button" data-action="load-demo" onClick={() => actions.setFacilityOptions({ demo: true, facilities: true })}>
            {M.loadDemo[lang]}
          </button>
        </div>
      )}
      {view.computing && <p role="status">{M.computing[lang]}</p>}
      {view.outside > 0 && <p class="muted">{M.outside[lang](String(view.outside))}</p>}

      <PlannedFacilities
        lang={lang}
        planned={screen.planned}
        onChange={(next) => actions.setFacilityOptions({ planned: next })}
        regions={regionGaps && regionApi ? { options: regionGaps.plannable, place: regionApi.place, regionOf: regionApi.regionOf } : null}
      />

      {regionGaps && (
        <RegionGapsTable
          lang={lang}
          view={regionGaps}
          selected={selectedRegion}
          onSelect={(key) => onRegionSelect?.(key)}
          onScope={(p) => actions.select(p)}
          {...(regionApi ? { onExport: () => void regionApi.exportCsv() } : {})}
        />
      )}

      {!regionGaps && view.rows.length > 0 && (
        <>
          <h3>{M.ranking[lang]}</h3>
          <p class="ranking-basis" data-testid="ranking-basis">
            {view.basis}
          </p>
          {counted === 0 && <p class="caution">{G.noneCounted[lang]}</p>}
          <p class="muted rule">{G.rule[lang]}</p>
          <div class="row-buttons">
            <button type="button" data-action="export-ranking" onClick={onExportRanking}>
              {G.exportRanking[lang]}
            </button>
            <button type="button" data-action="export-facilities" onClick={onExportFacilities}>
              {G.exportFacilities[lang]}
            </button>
          </div>
          <div class="data-table-wrap">
            <table class="data-table gap-table">
              <thead>
                <tr>
                  <th scope="col">{M.cols.rank[lang]}</th>
                  <th scope="col">{G.cols.provinceDemand[lang]}</th>
                  <th scope="col">{M.cols.score[lang]}</th>
                  {planned && (
                    <th scope="col" class="planned-col">
                      {G.cols.after[lang]}
                    </th>
                  )}
                  <th scope="col">{supplyLabel}</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map(({ row: g, coverage: c, after, added, why: reason }) => {
                  const u = UNIT_BY_ID.get(g.unit)!;
                  const cells = (
                    <tr key={g.unit} data-unit={g.unit} class={g.unit === selected ? 'selected' : undefined} onClick={() => actions.select(g.unit)}>
                      <td class="num">{g.rank ?? '–'}</td>
                      <th scope="row">
                        <button type="button" class="row-select" onClick={() => actions.select(g.unit)}>
                          {lang === 'zh' ? u.zh : u.en}
                        </button>
                        <div class="muted demand-line" data-col="demand">
                          {g.demand === null ? MESSAGES.noData[lang] : G.children[lang](formatNumber(g.demand, lang, { compact: true }))}
                        </div>
                      </th>
                      <td class="num" data-col="score">
                        {score(g.score, lang)}
                      </td>
                      {planned && (
                        <td class="num planned-col" data-col="score-planned">
                          {score(after?.score ?? null, lang)}
                          {after?.rank != null && g.rank !== null && (
                            <div class="muted">{G.scenario.rankChange[lang](String(g.rank), String(after.rank))}</div>
                          )}
                        </td>
                      )}
                      <td class="num" data-col="supply">
                        {g.supply === null ? '–' : formatNumber(g.supply, lang, { digits: 2, fixed: true })}
                        <div class="muted" data-col="facilities">
                          {M.count[lang](String(c?.facilities ?? 0))}
                        </div>
                        {c?.areaShareWithinRadius != null && (
                          <div class="muted" data-col="area">
                            {G.areaWithin[lang](pct(c.areaShareWithinRadius, lang), String(screen.radiusKm))}
                          </div>
                        )}
                        {added > 0 && (
                          <div class="planned-label">
                            +{formatNumber(added, lang, { digits: 0 })} {G.planned[lang]}
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                  // The reason gets a row of its own, the table's full width, so the columns stay narrow.
                  return reason ? (
                    <Fragment key={g.unit}>
                      {cells}
                      <tr class={`why-row${g.unit === selected ? ' selected' : ''}`} data-why={g.unit}>
                        <td />
                        <td class="why muted" colSpan={planned ? 4 : 3}>
                          {reason}
                        </td>
                      </tr>
                    </Fragment>
                  ) : (
                    cells
                  );
                })}
              </tbody>
            </table>
          </div>
          {view.sampleSpacingKm !== null && <p class="muted">{M.sampling[lang](formatNumber(view.sampleSpacingKm, lang, { digits: 0 }))}</p>}
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
