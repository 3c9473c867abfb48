import type { ComponentChildren } from 'preact';
import type { Bilingual, Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { SourceRef } from '../view/buildViewModel';
import { SourceCitation } from './SourceLine';

/** What one listed figure shows: name, year, value, note, derivation and its own sources (each citation carries its caution). */
export interface FigureItemProps {
  label: Bilingual;
  year: number;
  valueText: string;
  note: Bilingual;
  derived: boolean;
  /** Rests on synthetic demonstration data. */
  synthetic?: boolean;
  sources: readonly SourceRef[];
  lang: Lang;
  /** Extra lines under the note, e.g. a source that reads the figure otherwise. */
  children?: ComponentChildren;
}

/** One figure in a `<dl class="figures">`: the province panel's and the national list's row. */
export function FigureItem({ label, year, valueText, note, derived, synthetic = false, sources, lang, children }: FigureItemProps) {
  return (
    <>
      <dt>
        {label[lang]} <span class="year">({year === 0 ? '–' : year})</span>
        {derived && <span class="badge derived">{MESSAGES.derived[lang]}</span>}
        {synthetic && <span class="badge synthetic">{MESSAGES.facilities.synthetic[lang]}</span>}
      </dt>
      <dd>
        <span class="figure-value">{valueText}</span> <span class="figure-note">{note[lang]}</span>
        {children}
        <div class="figure-sources">
          {sources.map((s) => (
            <SourceCitation key={s.id} s={s} lang={lang} />
          ))}
        </div>
      </dd>
    </>
  );
}
