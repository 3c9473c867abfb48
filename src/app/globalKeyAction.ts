/**
 * What a key pressed anywhere on the page does. Pure: the caller says what has the keyboard and
 * where the view is; `bindGlobalKeys` applies the answer.
 */
export type GlobalKeyAction =
  | { type: 'next-slide' }
  | { type: 'previous-slide' }
  | { type: 'first-slide' }
  | { type: 'last-slide' }
  | { type: 'exit-presentation' }
  /** Escape outside a presentation: drop the selection, the pinned marker and the hover. */
  | { type: 'clear-selection' }
  | { type: 'year'; year: number };

export interface KeyContext {
  key: string;
  presenting: boolean;
  /** The key went to a text field, which keeps its keys. */
  typing: boolean;
  /** Nothing in particular has the focus (the body), so ← → may step through years. */
  bodyFocused: boolean;
  years: readonly number[];
  year: number;
}

// What presentation clickers send: arrows, Page Up/Down; Space too, as in slide software.
const NEXT = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
const PREVIOUS = ['ArrowLeft', 'PageUp', 'ArrowUp'];

/** The action for a key, or null when the key is not ours (the browser keeps its default). */
export function globalKeyAction(c: KeyContext): GlobalKeyAction | null {
  if (c.presenting) {
    if (c.typing) return null;
    if (NEXT.includes(c.key)) return { type: 'next-slide' };
    if (PREVIOUS.includes(c.key)) return { type: 'previous-slide' };
    if (c.key === 'Home') return { type: 'first-slide' };
    if (c.key === 'End') return { type: 'last-slide' };
    if (c.key === 'Escape') return { type: 'exit-presentation' };
    return null;
  }
  if (c.key === 'Escape') return { type: 'clear-selection' };
  // ← → step through years when nothing else has the keyboard (a focused control keeps its keys).
  if ((c.key === 'ArrowLeft' || c.key === 'ArrowRight') && c.bodyFocused) {
    const next = c.years[c.years.indexOf(c.year) + (c.key === 'ArrowRight' ? 1 : -1)];
    return next === undefined ? null : { type: 'year', year: next };
  }
  return null;
}
