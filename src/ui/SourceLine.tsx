import { MESSAGES } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import type { SourceRef, ViewModel } from '../view/buildViewModel';
import { formatNumber } from '../view/formatValue';
import { dateText, publisherText, sourceAddress, titleText } from '../view/publisherText';

/**
 * "Publisher, title, date" with a link when we know the original address. `short` leaves the
 * title to a tooltip (slides, where a line of sources must stay one or two lines at 16 px).
 */
export function SourceCitation({ s, lang, short = false }: { s: SourceRef; lang: Lang; short?: boolean }) {
  const { authority } = s.source;
  const date = dateText(s.source, lang, s.id);
  const title = titleText(s.source, lang, s.id);
  const address = sourceAddress(s.source);
  return (
    <span class="citation" data-source={s.id} title={short ? title : undefined}>
      {publisherText(s.source, lang, s.id)}, {!short && <><cite>{title}</cite>, </>}{date}
      {address && (
        <>
          {' '}
          {address.copy && <span class="copy-seen">{MESSAGES.copySeenAt[lang]} </span>}
          <a href={address.href} rel="noopener noreferrer" target="_blank">
            ↗
          </a>
        </>
      )}
      {authority === 'low' && <strong class="caution"> ⚠ {MESSAGES.lowAuthority[lang]}</strong>}
    </span>
  );
}

/** The indicator's definition and every source behind the figures on screen. */
export function SourceLine({ vm }: { vm: ViewModel }) {
  const { lang, indicator } = vm;
  return (
    <footer class="source-line">
      <p class="definition">
        {indicator.definition[lang]}
        {vm.derivation === 'some' ? (
          <span class="badge derived"> {MESSAGES.someDerivedNote[lang]}</span>
        ) : (
          (vm.derivation === 'all' || indicator.derived) && <span class="badge derived"> {MESSAGES.derivedNote[lang]}</span>
        )}
      </p>
      {vm.readings.map((t) => (
        <p class="reading" key={t.en}>
          {t[lang]}
        </p>
      ))}
      {vm.rate && (
        <p class="rate-formula">
          {MESSAGES.rateFormula[lang](
            `${vm.rate.numerator.label[lang]} (${vm.rate.numerator.year})`,
            `${vm.rate.denominator.label[lang]} (${vm.rate.denominator.year})`,
            formatNumber(vm.rate.per, lang),
          )}
        </p>
      )}
      <p class="sources">
        <strong>{MESSAGES.source[lang]}:</strong>{' '}
        {vm.sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            <SourceCitation s={s} lang={lang} />
          </span>
        ))}
      </p>
      <p class="boundary-note">{MESSAGES.boundaryNote[lang]}</p>
    </footer>
  );
}
