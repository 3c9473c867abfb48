import type { Source } from '../data/figure';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { NationalView } from '../view/buildNationalView';
import { dateText, excerptText, publisherText, sourceAddress, titleText } from '../view/publisherText';
import { NationalFigures } from './NationalFigures';

/** Every source we hold: publisher, title, date, address, authority and the words that state the figure. */
export function SourcesView({
  sources,
  usedBy,
  national,
  lang,
}: {
  sources: Readonly<Record<string, Source>>;
  usedBy: ReadonlyMap<string, string[]>;
  /** The national figures, listed after the sources with their citations. */
  national: NationalView;
  lang: Lang;
}) {
  const entries = Object.entries(sources).sort(([, a], [, b]) => authorityOrder(a) - authorityOrder(b) || a.publisher.localeCompare(b.publisher));
  return (
    <section class="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">{MESSAGES.sources[lang]}</h2>
      <p class="boundary-note">{MESSAGES.boundaryNote[lang]}</p>
      <ol class="source-list">
        {entries.map(([id, s]) => (
          <li key={id} id={`source-${id}`} data-source={id} data-authority={s.authority}>
            <div class="source-head">
              <strong>{publisherText(s, lang, id)}</strong>, <cite>{titleText(s, lang, id)}</cite>, {dateText(s, lang, id)}{' '}
              <span class={`authority authority-${s.authority}`}>{MESSAGES.authority[s.authority][lang]}</span>
            </div>
            {sourceAddress(s) && (
              <div class="source-address">
                {sourceAddress(s)?.copy && <span class="copy-seen">{MESSAGES.copySeenAtLabel[lang]}</span>}
                <a href={sourceAddress(s)?.href} rel="noopener noreferrer" target="_blank">
                  {sourceAddress(s)?.href}
                </a>
              </div>
            )}
            {s.readFrom && (
              <div class="source-readfrom">
                {MESSAGES.readFrom[lang]}: {s.readFrom}
              </div>
            )}
            <blockquote class="excerpt">{excerptText(s, lang)}</blockquote>
            {(usedBy.get(id)?.length ?? 0) > 0 && (
              <div class="source-used">
                {MESSAGES.usedBy[lang]}: {usedBy.get(id)?.join('; ')}
              </div>
            )}
          </li>
        ))}
      </ol>
      <NationalFigures view={national} lang={lang} headingLevel={3} />
    </section>
  );
}

const ORDER = { official: 0, 'primary-news': 1, secondary: 2, low: 3, user: 4 } as const;
function authorityOrder(s: Source): number {
  return ORDER[s.authority];
}
