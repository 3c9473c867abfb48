import { describe, expect, it } from 'vitest';
import { BUILTIN_STORY } from './builtinStory';
import { loadLocalStory, moveSlide, removeSlide, saveLocalStory } from './localStory';
import { formatStory, parseStory } from './story';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

const [a, b, c] = BUILTIN_STORY as [(typeof BUILTIN_STORY)[number], (typeof BUILTIN_STORY)[number], (typeof BUILTIN_STORY)[number]];

describe('stories', () => {
  it('round-trip through link text, Chinese captions included', () => {
    expect(parseStory(formatStory(BUILTIN_STORY))).toEqual(BUILTIN_STORY);
  });

  it.each([['not base64 !!'], ['e30'], [''], [formatStory([]).slice(0, 3)]])('reject %j without throwing', (t) => {
    expect(parseStory(t)).toBeNull();
  });

  it('persist in storage and read back; a broken entry reads as empty', () => {
    const s = memoryStorage();
    saveLocalStory([a, b], s);
    expect(loadLocalStory(s)).toEqual([a, b]);
    s.setItem('liushou-atlas:story', 'garbage');
    expect(loadLocalStory(s)).toEqual([]);
  });

  it.each([
    [0, 2, [b, c, a]],
    [2, 0, [c, a, b]],
    [1, 1, [a, b, c]],
    [0, 5, [a, b, c]],
  ] as const)('move slide %i to %i', (from, to, expected) => {
    expect(moveSlide([a, b, c], from, to)).toEqual(expected);
  });

  it('removes a slide without mutating the list', () => {
    const list = [a, b, c];
    expect(removeSlide(list, 1)).toEqual([a, c]);
    expect(list).toEqual([a, b, c]);
  });
});
