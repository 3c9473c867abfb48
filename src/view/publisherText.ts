import type { Source } from '../data/figure';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { DATA_MESSAGES } from '../i18n/dataMessages';
import { citation } from '../data/exportCsv';
import { sourceAddress } from '../data/figure';
import { DATE_ZH, PUBLISHER_ZH, TITLE_ZH } from '../data/sourceText';

/** A source's address as shown and linked (from data/figure), beside the publisher text. */
export { sourceAddress };

/**
 * Who published a source, as the reader should see it: a user's file is "Your file", or, when it
 * came in a shared link, "Someone's own file, shared in a link", in the UI language; any other
 * source its publisher as cited.
 */
export function publisherText(s: Source, lang: Lang, id?: string): string {
  if (lang === 'zh' && s.zh && s.authority !== 'user') return s.zh.publisher;
  if (s.authority !== 'user') return lang === 'zh' && id !== undefined ? (PUBLISHER_ZH[id] ?? s.publisher) : s.publisher;
  return s.sharedInLink ? MESSAGES.sharedFile[lang] : MESSAGES.yourFile[lang];
}

/** A source's title in the UI language: its own title as published, or our Chinese for a title that is our description. */
export function titleText(s: Source, lang: Lang, id?: string): string {
  if (lang === 'zh' && s.zh) return s.zh.title;
  return lang === 'zh' && id !== undefined && s.authority !== 'user' ? (TITLE_ZH[id] ?? s.title) : s.title;
}

/** A source's date in the UI language: as published, or our Chinese for a date we describe ("generated on request"). */
export function dateText(s: Source, lang: Lang, id?: string): string {
  if (lang === 'zh' && s.zh) return s.zh.date;
  return lang === 'zh' && id !== undefined && s.authority !== 'user' ? (DATE_ZH[id] ?? s.date) : s.date;
}

/** A source's excerpt in the UI language: the source's own words, or our Chinese for words we wrote. */
export function excerptText(s: Source, lang: Lang): string {
  return lang === 'zh' && s.zh ? s.zh.excerpt : s.excerpt;
}

/** A citation in one line, "publisher, title, date, address", in the UI language; in English it is
 * exactly data/exportCsv's `citation`, as every export writes it. */
export function citationText(s: Source, lang: Lang, id?: string): string {
  if (lang === 'en') return citation(s);
  const address = sourceAddress(s);
  const where = address && (address.copy ? `${DATA_MESSAGES.copySeenAt.zh} ${address.href}` : address.href);
  return [publisherText(s, lang, id), titleText(s, lang, id), dateText(s, lang, id), where].filter(Boolean).join('，');
}
