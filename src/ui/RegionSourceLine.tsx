import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { RegionSetView } from '../view/buildRegionView';
import { SourceCitation } from './SourceLine';

/** The region indicator's definition, its sources, and the boundary file (the user's, named as text). */
export function RegionSourceLine({ view, lang }: { view: RegionSetView; lang: Lang }) {
  return (
    <footer class="source-line region-source-line">
      {view.indicator && (
        <p class="definition">
          {view.indicator.definition[lang]}
          {view.indicator.derived && <span class="badge derived"> {MESSAGES.derivedNote[lang]}</span>}
        </p>
      )}
      {view.sources.length > 0 && (
        <p class="sources">
          <strong>{MESSAGES.source[lang]}:</strong>{' '}
          {view.sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 && '; '}
              <SourceCitation s={s} lang={lang} />
            </span>
          ))}
        </p>
      )}
      <p class="boundary-note">{MESSAGES.regionView.fromFile[lang](view.fileName, view.importedAt.slice(0, 10))}</p>
    </footer>
  );
}
