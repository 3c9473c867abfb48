import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { formatNationalValue, nationalGroupOf, type NationalView } from '../view/buildNationalView';

/**
 * One line with each definition's national total (ACWF 2013, MCA 2016, MCA 2018, MoE), each with
 * its definition and year, and a warning not to add them up. For the details panel, the story's
 * first slide and anywhere else a national frame helps. Reads only the view model.
 */
export function NationalLine({ view, lang }: { view: NationalView; lang: Lang }) {
  const M = MESSAGES.national;
  return (
    <p class="national-line">
      <strong>{M.lineTitle[lang]}</strong>{' '}
      {view.headline.map((f, i) => (
        <span key={f.key} class="national-item" data-figure={f.key}>
          {i > 0 && <span class="national-sep"> · </span>}
          {M.lineItem[lang](formatNationalValue(f, lang), M.short[nationalGroupOf(f.series)][lang], String(f.year))}
        </span>
      ))}
      <span class="national-line-note"> {M.lineNote[lang]}</span>
    </p>
  );
}
