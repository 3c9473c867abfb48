import type { ComponentChildren } from 'preact';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { StoreActions } from '../state/createStore';
import type { LegendEntry } from '../view/buildViewModel';
import type { RegionSetView } from '../view/buildRegionView';
import { ClassControls } from './ClassControls';
import { LegendList } from './LegendList';

interface Props {
  view: RegionSetView;
  lang: Lang;
  actions: StoreActions;
  /** Classes from the shown year alone (the one per-year choice provinces and region sets share). */
  perYear: boolean;
  onHighlight(entry: LegendEntry<string> | null): void;
  compact?: boolean;
  children?: ComponentChildren;
}

/** The region set's classes, from the one classification its map fills use, with the no-data entry hatched. */
export function RegionLegend({ view, lang, actions, perYear, onHighlight, compact = false, children }: Props) {
  const { indicator, classification: c } = view;
  const T = MESSAGES.regionView;
  return (
    <section class="legend region-legend" aria-labelledby="legend-title">
      {view.indicators.length > 0 && (
        <div class="controls region-controls">
          <label class="control">
            <span>{T.indicator[lang]}</span>
            <select
              id="region-indicator-select"
              value={view.indicator?.id ?? ''}
              onChange={(e) => {
                const id = (e.currentTarget as HTMLSelectElement).value;
                actions.setIndicator(view.stateIndicator[id] ?? id);
              }}
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
                <button key={y} type="button" role="radio" aria-checked={view.year === y} data-year={y} onClick={() => actions.setYear(y)}>
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

      <h2 id="legend-title" class="legend-title">
        {MESSAGES.legend[lang]} {indicator?.unit[lang] && <span class="legend-unit">({indicator.unit[lang]})</span>}
      </h2>
      <LegendList entries={view.legend} method={c.method} lang={lang} onHighlight={onHighlight} />
      {indicator && c.bins.length > 0 && (
        <p class="legend-note classing-note">
          {MESSAGES.regionView.classNote[lang](MESSAGES.classing.methods[c.method][lang], String(c.bins.length))}
        </p>
      )}
      {!compact && indicator && view.classOptions && (
        <ClassControls vm={{ lang, indicator, classOptions: view.classOptions, classification: c, screen: { perYear } }} actions={actions} />
      )}
      {children}
    </section>
  );
}
