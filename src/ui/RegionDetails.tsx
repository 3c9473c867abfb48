import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { RegionSetView } from '../view/buildRegionView';
import { FigureItem } from './FigureItem';

/** The selected region: its name (text from the file), code, province and every figure the set holds for it, with sources. */
export function RegionDetails({ view, lang, onClose }: { view: RegionSetView; lang: Lang; onClose(): void }) {
  const T = MESSAGES.regionView;
  const sel = view.selected;
  if (!sel) return <p class="hint">{T.pickRegion[lang]}</p>;
  const { row } = sel;
  return (
    <section class="panel region-panel" aria-labelledby="panel-title" data-region={row.key}>
      <header class="panel-header">
        <h2 id="panel-title">{row.label}</h2>
        <button type="button" class="close" onClick={onClose} aria-label={MESSAGES.close[lang]}>
          ×
        </button>
      </header>
      <p class="panel-codes">{[row.code ? `${T.code[lang]} ${row.code}` : null, row.province?.[lang] ?? null, view.fileName].filter(Boolean).join(' · ')}</p>
      {sel.figures.length === 0 ? (
        <p class="empty">{T.noIndicators[lang]}</p>
      ) : (
        <dl class="figures">
          {sel.figures.map((f) => (
            <div class="figure" key={`${f.indicator.id}-${f.year}`} data-indicator={f.indicator.id}>
              <FigureItem label={f.indicator.label} year={f.year} valueText={f.text} note={f.indicator.definition} derived={f.derived} sources={f.sources} lang={lang} />
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
