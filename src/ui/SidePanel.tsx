import type { ComponentChildren } from 'preact';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { TABS, type Tab } from '../state/appState';

/** Tabs beside the map. Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects. */
export function SidePanel({ tab, lang, onTab, children }: { tab: Tab; lang: Lang; onTab(t: Tab): void; children: ComponentChildren }) {
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
    if (!next) return;
    e.preventDefault();
    onTab(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  return (
    <aside class="side">
      <div class="tabs" role="tablist" aria-label={MESSAGES.panelLabel[lang]} onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={t === tab}
            aria-controls="side-tabpanel"
            tabIndex={t === tab ? 0 : -1}
            onClick={() => onTab(t)}
          >
            {MESSAGES.tabs[t][lang]}
          </button>
        ))}
      </div>
      <div class="tabpanel" role="tabpanel" id="side-tabpanel" aria-labelledby={`tab-${tab}`} data-tab={tab}>
        {children}
      </div>
    </aside>
  );
}
