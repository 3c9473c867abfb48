import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { Store } from '../state/createStore';
import type { RegionSetView } from '../view/buildRegionView';
import { stateIndicatorOf } from '../view/buildRegionView';

/** The map's title while a region set is shown: indicator, year, file; the notes; the region indicator and year pickers. */
export function RegionTitle({ view, lang, store }: { view: RegionSetView; lang: Lang; store: Store }) {
  const T = MESSAGES.regionView;
  return (
    <div class="region-title" data-region-set={view.setId}>
      <h2 class="map-title" id="map-title">
        {view.title}
        {view.indicator?.derived && <span class="badge derived">{MESSAGES.derived[lang]}</span>}
      </h2>
      {view.indicators.length > 0 && (
        <div class="controls region-controls">
          <label class="control">
            <span>{T.indicator[lang]}</span>
            <select
              id="region-indicator-select"
              value={view.indicator?.id ?? ''}
              onChange={(e) => store.setIndicator(stateIndicatorOf((e.currentTarget as HTMLSelectElement).value))}
            >
              {view.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label[lang]}
                </option>
              ))}
            </select>
          </label>
          {view.years.length > 1 && (
            <div class="segmented" role="radiogroup" aria-label={T.year[lang]}>
              {view.years.map((y) => (
                <button key={y} type="button" role="radio" aria-checked={view.year === y} data-year={y} onClick={() => store.setYear(y)}>
                  {y}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      {view.notes.map((n) => (
        <p class="region-note" key={n} role="status">
          {n}
        </p>
      ))}
    </div>
  );
}
