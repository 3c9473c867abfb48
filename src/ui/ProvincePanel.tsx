import type { ComponentChildren } from 'preact';
import { MESSAGES } from '../i18n/messages';
import type { ViewModel } from '../view/buildViewModel';
import { formatNumber, formatValue } from '../view/formatValue';
import { FigureItem } from './FigureItem';

/** Every figure we hold for the selected unit, each with its own sources and caveats. */
export function ProvincePanel({ vm, onClose, children }: { vm: ViewModel; onClose(): void; children?: ComponentChildren }) {
  const sel = vm.selected;
  if (!sel) return null;
  const { lang } = vm;
  const { unit } = sel.region;
  return (
    <section class="panel" aria-labelledby="panel-title" data-unit={unit.id}>
      <header class="panel-header">
        <h2 id="panel-title">
          {lang === 'zh' ? unit.zhFull : unit.en} <span class="panel-alt">{lang === 'zh' ? unit.en : unit.zhFull}</span>
        </h2>
        <button type="button" class="close" onClick={onClose} aria-label={MESSAGES.close[lang]}>
          ×
        </button>
      </header>
      <p class="panel-codes">
        {MESSAGES.unitCodes[lang](unit.gb, unit.iso)}
      </p>
      {children}
      <h3>{MESSAGES.figuresHeld[lang]}</h3>
      {sel.figures.length === 0 ? (
        <p class="empty">{MESSAGES.noFigures[lang]}</p>
      ) : (
        <dl class="figures">
          {sel.figures.map((f) => (
            <div class="figure" key={`${f.series}-${f.year}`} data-series={f.series}>
              <FigureItem {...f} valueText={f.indicator ? formatValue(f.value, f.indicator, lang) : formatNumber(f.value, lang)} lang={lang}>
                {f.readings.map((t) => (
                  <div class="reading" key={t.en}>
                    {t[lang]}
                  </div>
                ))}
              </FigureItem>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
