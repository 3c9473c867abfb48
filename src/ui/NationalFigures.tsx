import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { formatNationalValue, type NationalView } from '../view/buildNationalView';
import { NationalLine } from './NationalLine';
import { FigureItem } from './FigureItem';

/**
 * Every national figure we hold, grouped by definition, each with its year, unit, note, derivation,
 * caution and sources. Shown in the details panel when no province is selected, and in Sources.
 */
export function NationalFigures({ view, lang, headingLevel = 2 }: { view: NationalView; lang: Lang; headingLevel?: 2 | 3 }) {
  const M = MESSAGES.national;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const G = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section class="national" aria-labelledby={`national-title-${headingLevel}`}>
      <H id={`national-title-${headingLevel}`}>{M.title[lang]}</H>
      <NationalLine view={view} lang={lang} />
      <p class="national-intro">{M.intro[lang]}</p>
      {view.groups.map((g) => (
        <div class="national-group" key={g.id} data-group={g.id}>
          <G>{M.groups[g.id][lang]}</G>
          <dl class="figures">
            {g.figures.map((f) => (
              <div class="figure" key={f.key} data-figure={f.key}>
                <FigureItem {...f} valueText={formatNationalValue(f, lang)} lang={lang} />
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
