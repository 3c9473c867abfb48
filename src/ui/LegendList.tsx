import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { LegendEntry } from '../view/buildViewModel';

interface Props<K extends string> {
  entries: readonly LegendEntry<K>[];
  /** The classification method, for `data-method` (tests and styles read it). */
  method: string;
  lang: Lang;
  /** Hover or focus on a class highlights its units on the map; null clears it. */
  onHighlight(entry: LegendEntry<K> | null): void;
}

/** The legend's classes as buttons: one list for provinces (Legend) and regions (RegionLegend). */
export function LegendList<K extends string>({ entries, method, lang, onHighlight }: Props<K>) {
  return (
    <ul class="legend-list" data-method={method} onMouseLeave={() => onHighlight(null)}>
      {entries.map((e) => (
        <li key={e.key} class="legend-entry" data-key={e.key}>
          <button
            type="button"
            class="legend-button"
            aria-label={MESSAGES.legendEntry[lang](e.label, String(e.count))}
            onMouseEnter={() => onHighlight(e)}
            onFocus={() => onHighlight(e)}
            onBlur={() => onHighlight(null)}
          >
            <span class={e.noData ? 'swatch nodata' : 'swatch'} style={e.noData ? undefined : { background: e.color }} aria-hidden="true" />
            <span class="legend-label">{e.label}</span> <span class="legend-count">{e.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
