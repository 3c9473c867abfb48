import type { KeyValueStore } from './keyValueStore';
import type { StorageProblem } from './storageProblem';
import { fromBase64Url } from '../../util/base64url';
import { parseStory, formatStory, type Slide } from '../../story/story';

const KEY = 'liushou-atlas:story';
/** Stored stories that could not be read are moved here, one key each (`…:<ms since 1970>`), never overwritten. */
export const ASIDE_PREFIX = 'liushou-atlas:story:unreadable:';

export interface LocalStory {
  slides: Slide[];
  /** Keys of stories kept aside because they could not be read. */
  aside: string[];
  /** False when an unreadable story could not be moved aside: the stored one must then not be overwritten. */
  writable: boolean;
}

/**
 * The teacher's own slides, kept in this browser. A stored text that does not read as a story
 * (written by a version with other limits, or damaged) is moved aside, not overwritten, so it can
 * still be downloaded.
 */
export function loadLocalStory(kv: KeyValueStore, now: () => number = Date.now): LocalStory {
  const text = kv.get(KEY);
  if (!text) return { slides: [], aside: kv.keys(ASIDE_PREFIX), writable: true };
  const slides = parseStory(text);
  if (slides) return { slides, aside: kv.keys(ASIDE_PREFIX), writable: true };
  let key = `${ASIDE_PREFIX}${now()}`;
  while (kv.get(key) !== null) key += '_';
  const moved = kv.set(key, text) === null;
  if (moved) kv.remove(KEY);
  return { slides: [], aside: kv.keys(ASIDE_PREFIX), writable: moved };
}

export function saveLocalStory(slides: readonly Slide[], kv: KeyValueStore): StorageProblem | null {
  if (slides.length === 0) {
    kv.remove(KEY);
    return null;
  }
  return kv.set(KEY, formatStory(slides));
}

/** The stories kept aside, as one text file a person can read: each decoded where possible. */
export function formatAsideStories(kv: KeyValueStore, keys: readonly string[]): string {
  return keys
    .map((k) => {
      const raw = kv.get(k) ?? '';
      let decoded = raw;
      try {
        decoded = fromBase64Url(raw);
      } catch {
        // Not base64url: the raw text is what there is.
      }
      return `# ${k}\n${decoded}\n`;
    })
    .join('\n');
}

/** Pure list edits for the story editor. */
export function moveSlide(slides: readonly Slide[], from: number, to: number): Slide[] {
  if (from < 0 || from >= slides.length || to < 0 || to >= slides.length) return [...slides];
  const out = [...slides];
  const [s] = out.splice(from, 1);
  out.splice(to, 0, s as Slide);
  return out;
}

export function removeSlide(slides: readonly Slide[], index: number): Slide[] {
  return slides.filter((_, i) => i !== index);
}
