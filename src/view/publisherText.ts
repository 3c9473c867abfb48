import { sourceAddress, type Source, type SourceText } from '../data/figure';
import { describeRules } from './describeRules';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { DATA_MESSAGES } from '../i18n/dataMessages';
import { citation } from '../data/exportCsv';
import { DATE_ZH, PUBLISHER_ZH, TITLE_ZH } from '../data/sourceText';
import { facilitiesSourceText } from '../data/coverageIndicators';

/**
 * Who published a source, as the reader should see it: a user's file is "Your file", or, when it
 * came in a shared link, "Someone's own file, shared in a link", in the UI language; the
 * facilities behind coverage say whose they are; any other source its publisher as cited.
 */
export function publisherText(s: Source, lang: Lang, id?: string): string {
  if (s.text?.key === 'facilities') return facilitiesSourceText(s.text, lang).publisher;
  if (s.authority !== 'user') return lang === 'zh' && id !== undefined ? (PUBLISHER_ZH[id] ?? s.publisher) : s.publisher;
  return s.sharedInLink ? MESSAGES.sharedFile[lang] : MESSAGES.yourFile[lang];
}

/** A source's title in the UI language: its own title as published, or our Chinese for a title that is our description. */
export function titleText(s: Source, lang: Lang, id?: string): string {
  if (s.text?.key === 'facilities') return facilitiesSourceText(s.text, lang).title;
  return lang === 'zh' && id !== undefined && s.authority !== 'user' ? (TITLE_ZH[id] ?? s.title) : s.title;
}

/** A source as a citation shows it, in the UI language. */
export interface CitationView {
  publisher: string;
  title: string;
  date: string;
  /** Where to link (the original, or a copy seen elsewhere), or null when we know no address. */
  address: { href: string; copy: boolean } | null;
  excerpt: string;
}

/** Everything a citation shows of source `id`: the one place components learn how a source reads. */
export function citationView(s: Source, lang: Lang, id?: string): CitationView {
  return {
    publisher: publisherText(s, lang, id),
    title: titleText(s, lang, id),
    date: dateText(s, lang, id),
    address: sourceAddress(s),
    excerpt: excerptText(s, lang),
  };
}

const T = MESSAGES.importedText;

/** The sentence a user file's source says, in `lang`. */
export function sourceTextOf(t: SourceText, lang: Lang): string {
  if (t.key === 'facilities') return facilitiesSourceText(t, lang).excerpt;
  if (t.key === 'rowSource') return T.rowSource[lang](t.fileName, t.text);
  const rules = t.numberRules ? describeRules(t.numberRules, lang) : T.rulesNotRecorded[lang];
  return `${T.fileColumns[lang](t.valueColumn, t.keyColumn, t.yearColumn)}${lang === 'zh' ? '' : ' '}${rules}`;
}

/** A source's date in the UI language: as published, or our Chinese for a date we describe ("generated on request"). */
export function dateText(s: Source, lang: Lang, id?: string): string {
  if (s.text?.key === 'facilities') return facilitiesSourceText(s.text, lang).date;
  return lang === 'zh' && id !== undefined && s.authority !== 'user' ? (DATE_ZH[id] ?? s.date) : s.date;
}

/** A source's excerpt in the UI language: the source's own words, or our words about a user's file
 * or the facilities behind coverage (from its message keys). */
export function excerptText(s: Source, lang: Lang): string {
  return s.text ? sourceTextOf(s.text, lang) : s.excerpt;
}

/** A citation in one line, "publisher, title, date, address", in the UI language; in English it is
 * exactly data/exportCsv's `citation`, as every export writes it. */
export function citationText(s: Source, lang: Lang, id?: string): string {
  if (lang === 'en') return citation(s);
  const address = sourceAddress(s);
  const where = address && (address.copy ? `${DATA_MESSAGES.copySeenAt.zh} ${address.href}` : address.href);
  return [publisherText(s, lang, id), titleText(s, lang, id), dateText(s, lang, id), where].filter(Boolean).join('，');
}
