import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../scales/classification';
import { PALETTE_IDS, paletteColors } from '../scales/palettes';
import { parseBreaks } from '../scales/parseBreaks';
import { MESSAGES } from '../i18n/messages';
import type { Store } from '../state/createStore';
import type { ViewModel } from '../view/buildViewModel';
import { isCategoricalKind } from '../view/resolveClassOptions';

const NUMERIC_METHODS = CLASS_METHODS.filter((m) => m !== 'categorical');


/** Method, classes, palette, log and per-year choices: what the legend's classes are made of. */
export function ClassControls({ vm, store }: { vm: Pick<ViewModel, 'lang' | 'indicator' | 'classOptions' | 'classification'>; store: Store }) {
  const { lang, indicator, classOptions } = vm;
  const state = store.state.value;
  const breaksText = useSignal(state.breaks.join(', '));
  const breaksBad = useSignal(false);
  useEffect(() => {
    breaksText.value = state.breaks.join(', ');
  }, [state.breaks.join(',')]);

  if (isCategoricalKind(indicator)) {
    return <p class="legend-note">{MESSAGES.classing.categoricalNote[lang]}</p>;
  }
  const setMethod = (m: ClassMethod) =>
    store.setClassing(
      m === 'custom' && state.breaks.length === 0 ? { method: m, breaks: vm.classification.thresholds.map(round3) } : { method: m },
    );
  return (
    <div class="class-controls">
      <div class="segmented" role="radiogroup" aria-label={MESSAGES.classing.method[lang]}>
        {NUMERIC_METHODS.map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={classOptions.method === m}
            data-method={m}
            title={MESSAGES.classing.methods[m][lang]}
            onClick={() => setMethod(m)}
          >
            {MESSAGES.classing.methodsShort[m][lang]}
          </button>
        ))}
      </div>
      {classOptions.method === 'custom' && (
        <label class="control breaks">
          <span>{MESSAGES.classing.breaks[lang]}</span>
          <input
            type="text"
            inputMode="decimal"
            value={breaksText.value}
            aria-invalid={breaksBad.value}
            onInput={(e) => (breaksText.value = e.currentTarget.value)}
            onChange={() => {
              const parsed = parseBreaks(breaksText.value);
              breaksBad.value = parsed === null;
              if (parsed) store.setClassing({ breaks: parsed });
            }}
          />
          {breaksBad.value && <span class="field-error">{MESSAGES.classing.breaksInvalid[lang]}</span>}
        </label>
      )}
      <details class="more-classing">
        <summary>{MESSAGES.classing.more[lang]}</summary>
        <label class="control">
          <span>{MESSAGES.classing.classes[lang]}</span>
          <select value={String(classOptions.classes)} onChange={(e) => store.setClassing({ classes: Number(e.currentTarget.value) })}>
            {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i).map((k) => (
              <option key={k} value={String(k)}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label class="control">
          <span>{MESSAGES.classing.palette[lang]}</span>
          <select value={classOptions.palette} onChange={(e) => store.setClassing({ palette: e.currentTarget.value as (typeof PALETTE_IDS)[number] })}>
            {PALETTE_IDS.map((p) => (
              <option key={p} value={p}>
                {MESSAGES.classing.palettes[p][lang]}
              </option>
            ))}
          </select>
          <span class="palette-preview" aria-hidden="true">
            {paletteColors(classOptions.palette, 5).map((c) => (
              <i key={c} style={{ background: c }} />
            ))}
          </span>
        </label>
        <label class="check">
          <input type="checkbox" checked={state.log} onChange={(e) => store.setClassing({ log: e.currentTarget.checked })} />
          {MESSAGES.classing.log[lang]}
        </label>
        {indicator.years.length > 1 && (
          <label class="check">
            <input type="checkbox" checked={state.perYear} onChange={(e) => store.setClassing({ perYear: e.currentTarget.checked })} />
            {MESSAGES.classing.perYear[lang]}
          </label>
        )}
      </details>
    </div>
  );
}

function round3(x: number): number {
  return Number(x.toPrecision(3));
}
