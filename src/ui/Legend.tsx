import { MESSAGES } from '../i18n/messages';
import type { ViewModel } from '../view/buildViewModel';

/** Classes with their ranges and counts, and a hatched no-data entry, read from the one Classification. */
export function Legend({ vm }: { vm: ViewModel }) {
  const { lang, indicator } = vm;
  return (
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" class="legend-title">
        {MESSAGES.legend[lang]} {indicator.unit[lang] && <span class="legend-unit">({indicator.unit[lang]})</span>}
      </h2>
      <ul class="legend-list" data-method={vm.classification.method}>
        {vm.legend.map((e) => (
          <li key={e.key} class="legend-entry" data-key={e.key}>
            <span class={e.noData ? 'swatch nodata' : 'swatch'} style={e.noData ? undefined : { background: e.color }} aria-hidden="true" />
            <span class="legend-label">{e.label}</span>
            <span class="legend-count">{e.count}</span>
          </li>
        ))}
      </ul>
      {vm.classification.midpoint !== null && (
        <p class="legend-note">
          {lang === 'zh' ? `以 ${vm.classification.midpoint} 为中点的发散色阶` : `Diverging colours around ${vm.classification.midpoint}`}
        </p>
      )}
    </section>
  );
}
