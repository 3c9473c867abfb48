import type { Indicator } from '../data/indicator';
import { FAMILIES } from '../view/vocabulary';
import { MESSAGES } from '../i18n/messages';
import { REGION_PICKER_MESSAGES } from '../i18n/regionPickerMessages';
import type { StoreActions } from '../state/createStore';
import type { ViewModel } from '../view/buildViewModel';
import { useEffect, useRef } from 'preact/hooks';
import { canPlay, createYearPlayer, type YearPlayer } from '../app/createYearPlayer';

const P = REGION_PICKER_MESSAGES;

/** The years the year control offers: the province indicator's, or the shown region indicator's. */
type YearsView = Pick<ViewModel, 'lang' | 'years' | 'year'>;

/** Indicator and year pickers and the language switch. */
export function Controls({ vm, indicators, actions }: { vm: ViewModel; indicators: readonly Indicator[]; actions: StoreActions }) {
  const { lang } = vm;
  // While a region set is shown, the picker lists the set's own indicators (census by county,
  // tables joined to it), each by the state id that shows it (`i=`); province indicators without
  // figures by region are not offered as if they were region ones.
  const rv = vm.regionSet;
  const listed = rv ? rv.indicators : indicators;
  const idOf = (i: Indicator) => (rv ? (rv.stateIndicator[i.id] ?? i.id) : i.id);
  const shown = rv ? rv.indicator : vm.indicator;
  const years = rv ? { lang, years: rv.indicator ? rv.years : [], year: rv.year ?? 0 } : vm;
  return (
    <div class="controls">
      <label class="control">
        <span>{MESSAGES.indicator[lang]}</span>
        <select
          id="indicator-select"
          value={shown ? idOf(shown) : ''}
          disabled={listed.length === 0}
          title={rv ? P.title[lang] : undefined}
          data-units={rv ? 'regions' : 'provinces'}
          onChange={(e) => actions.setIndicator((e.currentTarget as HTMLSelectElement).value)}
        >
          {listed.length === 0 && <option value="">{P.empty[lang]}</option>}
          {FAMILIES.map((family) => {
            const members = listed.filter((i) => i.family === family);
            return (
              members.length > 0 && (
                <optgroup key={family} label={MESSAGES.families[family][lang]}>
                  {members.map((i) => (
                    <option key={i.id} value={idOf(i)}>
                      {i.label[lang]}
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </select>
      </label>
      <YearControl vm={years} actions={actions} />
      <button
        type="button"
        class="lang-toggle"
        lang={lang === 'en' ? 'zh' : 'en'}
        onClick={() => actions.setLang(lang === 'en' ? 'zh' : 'en')}
      >
        {MESSAGES.switchLanguage[lang]}
      </button>
    </div>
  );
}

/**
 * Years as a radio group: ← → (and Home/End) move between years, as for any radio group; the
 * selection is kept because it lives in its own state field.
 */
function YearControl({ vm, actions }: { vm: YearsView; actions: StoreActions }) {
  const { lang, years, year } = vm;
  if (years.length === 0) return null;
  // Undated figures (imported tables without a year, coverage) have no year to choose.
  if (years.length === 1 && years[0] === 0) return null;
  if (canPlay(years)) return <YearSlider vm={vm} actions={actions} />;
  const move = (e: KeyboardEvent) => {
    const i = years.indexOf(year);
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? years[i + 1] : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? years[i - 1] : e.key === 'Home' ? years[0] : e.key === 'End' ? years.at(-1) : undefined;
    if (to === undefined) return;
    e.preventDefault();
    actions.setYear(to);
    requestAnimationFrame(() => document.getElementById(`year-${to}`)?.focus());
  };
  return (
    <div class="control">
      <span id="year-label">{MESSAGES.year[lang]}</span>
      <div class="segmented years" role="radiogroup" aria-labelledby="year-label" onKeyDown={move}>
        {years.map((y) => (
          <button
            key={y}
            id={`year-${y}`}
            type="button"
            role="radio"
            aria-checked={y === year}
            tabIndex={y === year ? 0 : -1}
            onClick={() => actions.setYear(y)}
          >
            {y === 0 ? '–' : y}
          </button>
        ))}
      </div>
    </div>
  );
}

/**
 * More than two years (imported tables may have many): a slider (← → Home End on it, as on any
 * slider) and Play/Pause, which steps through the years and stops at the last. The year is state
 * (`y`), so the map, legend and title follow and a link reproduces it.
 */
function YearSlider({ vm, actions }: { vm: YearsView; actions: StoreActions }) {
  const { lang, years, year } = vm;
  const M = MESSAGES.classroom;
  // The player reads the latest view model, not the one of its first render.
  const vmRef = useRef(vm);
  vmRef.current = vm;
  const player = useRef<YearPlayer | null>(null);
  player.current ??= createYearPlayer(() => ({ years: vmRef.current.years, year: vmRef.current.year }), (y) => actions.setYear(y));
  useEffect(() => () => player.current?.dispose(), []);
  const playing = player.current.playing.value;
  const index = Math.max(0, years.indexOf(year));
  return (
    <div class="control year-play" data-year={year} data-playing={playing}>
      <span id="year-label">{MESSAGES.year[lang]}</span>
      <div class="year-play-row">
        <button
          type="button"
          class="play-button"
          data-action="play"
          title={M.playLabel[lang]}
          onClick={() => (playing ? player.current?.pause() : player.current?.play())}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? M.pause[lang] : M.play[lang]}
        </button>
        <input
          id="year-slider"
          type="range"
          min={0}
          max={years.length - 1}
          step={1}
          value={index}
          aria-labelledby="year-label"
          aria-valuetext={String(year)}
          onInput={(e) => {
            // A hand on the slider takes over from Play.
            player.current?.pause();
            const y = years[Number((e.currentTarget as HTMLInputElement).value)];
            if (y !== undefined) actions.setYear(y);
          }}
        />
        <output for="year-slider" class="year-value">
          {year}
        </output>
      </div>
    </div>
  );
}
