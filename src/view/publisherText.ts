import type { Source } from '../data/figure';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { PUBLISHER_ZH, TITLE_ZH } from '../data/sourceText';

/** A source's address as shown and linked (from data/figure), beside the publisher text. */
export { sourceAddress } from '../data/figure';

/**
 * Who published a source, as the reader should see it: a user's file is "Your file", or, when it
 * came in a shared link, "Someone's own file, shared in a link", in the UI language; any other
 * source its publisher as cited.
 */
export function publisherText(s: Source, lang: Lang, id?: string): string {
  if (s.authority !== 'user') return lang === 'zh' && id !== undefined ? (PUBLISHER_ZH[id] ?? s.publisher) : s.publisher;
  return s.sharedInLink ? MESSAGES.sharedFile[lang] : MESSAGES.yourFile[lang];
}

/** A source's title in the UI language: its own title as published, or our Chinese for a title that is our description. */
export function titleText(s: Source, lang: Lang, id?: string): string {
  return lang === 'zh' && id !== undefined && s.authority !== 'user' ? (TITLE_ZH[id] ?? s.title) : s.title;
}
