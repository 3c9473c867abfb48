import type { Bilingual } from '../i18n/lang';
import { fromBase64Url, toBase64Url } from '../util/base64url';

/**
 * A slide is a saved view plus a short caption. The view is stored as a link query (the URL codec
 * is the one serialisation of state), so a slide can never hold a state the codec cannot express.
 */
export interface Slide {
  /** Query string of the view, e.g. `v=1&i=netsend&sel=SC` (no leading `?`). */
  view: string;
  caption: Bilingual;
  /** Source ids behind the caption's figures. */
  sources: string[];
}

export const MAX_SLIDES = 30;
export const MAX_CAPTION = 400;

/** Story ↔ link text: JSON, then base64url, so it survives in a query string. */
export function formatStory(slides: readonly Slide[]): string {
  return toBase64Url(JSON.stringify(slides.map((s) => [s.view, s.caption.en, s.caption.zh, s.sources])));
}

/** Never throws: anything that is not a well-formed story gives null. */
export function parseStory(text: string): Slide[] | null {
  try {
    const raw: unknown = JSON.parse(fromBase64Url(text));
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_SLIDES) return null;
    const slides: Slide[] = [];
    for (const item of raw) {
      if (!Array.isArray(item) || item.length !== 4) return null;
      const [view, en, zh, sources] = item as unknown[];
      if (typeof view !== 'string' || view.length > 2000 || typeof en !== 'string' || typeof zh !== 'string') return null;
      if (en.length > MAX_CAPTION || zh.length > MAX_CAPTION) return null;
      if (!Array.isArray(sources) || !sources.every((s) => typeof s === 'string' && s.length < 100)) return null;
      slides.push({ view, caption: { en, zh }, sources: sources as string[] });
    }
    return slides;
  } catch {
    return null;
  }
}
