/** UI languages. English is the default so that a link without `lang` means the same view for everyone. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** A string in both UI languages. Every user-facing string in the app is one of these. */
export interface Bilingual {
  en: string;
  zh: string;
}

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}
