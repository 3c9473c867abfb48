import type { Source } from '../data/figure';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';

/** A source's address as shown and linked (from data/figure), beside the publisher text. */
export { sourceAddress } from '../data/figure';

/**
 * Who published a source, as the reader should see it: a user's file is "Your file", or, when it
 * came in a shared link, "Someone's own file, shared in a link", in the UI language; any other
 * source its publisher as cited.
 */
export function publisherText(s: Source, lang: Lang): string {
  if (s.authority !== 'user') return s.publisher;
  return s.sharedInLink ? MESSAGES.sharedFile[lang] : MESSAGES.yourFile[lang];
}
