import { FAMILIES, type Indicator } from '../data/indicator';
import { MESSAGES } from '../i18n/messages';
import type { Store } from '../state/createStore';
import type { ViewModel } from '../view/buildViewModel';

/** Indicator and year pickers and the language switch. */
export function Controls({ vm, indicators, store }: { vm: ViewModel; indicators: readonly Indicator[]; store: Store }) {
  const { lang, indicator } = vm;
  return (
    <div class="controls">
      <label class="control">
        <span>{MESSAGES.indicator[lang]}</span>
        <select
          id="indicator-select"
          value={indicator.id}
          onChange={(e) => store.setIndicator((e.currentTarget as HTMLSelectElement).value)}
        >
          {FAMILIES.map((family) => {
            const members = indicators.filter((i) => i.family === family);
            return (
              members.length > 0 && (
                <optgroup key={family} label={MESSAGES.families[family][lang]}>
                  {members.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.label[lang]}
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </select>
      </label>
      <label class="control">
        <span>{MESSAGES.year[lang]}</span>
        <select
          id="year-select"
          value={String(vm.year)}
          disabled={indicator.years.length < 2}
          onChange={(e) => store.setYear(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {indicator.years.map((y) => (
            <option key={y} value={String(y)}>
              {y === 0 ? '–' : y}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="lang-toggle"
        lang={lang === 'en' ? 'zh' : 'en'}
        onClick={() => store.setLang(lang === 'en' ? 'zh' : 'en')}
      >
        {MESSAGES.switchLanguage[lang]}
      </button>
    </div>
  );
}
