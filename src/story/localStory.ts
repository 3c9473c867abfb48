import { parseStory, formatStory, type Slide } from './story';

const KEY = 'liushou-atlas:story';

/** The teacher's own slides, kept in this browser (localStorage); a broken entry reads as empty. */
export function loadLocalStory(storage: Storage | undefined = globalThis.localStorage): Slide[] {
  try {
    const text = storage?.getItem(KEY);
    return (text && parseStory(text)) || [];
  } catch {
    return [];
  }
}

export function saveLocalStory(slides: readonly Slide[], storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (slides.length === 0) storage?.removeItem(KEY);
    else storage?.setItem(KEY, formatStory(slides));
  } catch {
    // Storage full or refused: the slides still live for this visit.
  }
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
