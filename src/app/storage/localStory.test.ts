import { memoryStorage } from './memoryStorage.fixture';
import { describe, expect, it } from 'vitest';
import { BUILTIN_STORY } from '../../story/builtinStory';
import { createKeyValueStore } from './keyValueStore';
import { ASIDE_PREFIX, formatAsideStories, loadLocalStory, moveSlide, removeSlide, saveLocalStory } from './localStory';
import { formatStory, parseStory } from '../../story/story';

const [a, b, c] = BUILTIN_STORY as [(typeof BUILTIN_STORY)[number], (typeof BUILTIN_STORY)[number], (typeof BUILTIN_STORY)[number]];

describe('stories', () => {
  it('round-trip through link text, Chinese captions included', () => {
    expect(parseStory(formatStory(BUILTIN_STORY))).toEqual(BUILTIN_STORY);
  });

  it.each([['not base64 !!'], ['e30'], [''], [formatStory([]).slice(0, 3)]])('reject %j without throwing', (t) => {
    expect(parseStory(t)).toBeNull();
  });

  it('persist in storage and read back; a broken entry reads as empty and is kept aside, readable', () => {
    const s = memoryStorage();
    const kv = createKeyValueStore(() => s);
    saveLocalStory([a, b], kv);
    expect(loadLocalStory(kv).slides).toEqual([a, b]);
    s.setItem('liushou-atlas:story', 'garbage');
    const loaded = loadLocalStory(kv, () => 1000);
    expect(loaded).toEqual({ slides: [], aside: [`${ASIDE_PREFIX}1000`], writable: true });
    expect(s.getItem('liushou-atlas:story')).toBeNull();
    // A second broken entry at the same millisecond does not overwrite the first.
    s.setItem('liushou-atlas:story', 'more garbage');
    expect(loadLocalStory(kv, () => 1000).aside).toHaveLength(2);
    expect(formatAsideStories(kv, loadLocalStory(kv).aside)).toMatch(/garbage[\s\S]*more garbage/);
  });

  it('where the entry cannot be moved aside, it is left in place and marked not writable', () => {
    const s = memoryStorage();
    s.setItem('liushou-atlas:story', 'garbage');
    const full = { ...s, getItem: s.getItem, removeItem: s.removeItem, key: s.key, length: 1, clear: s.clear, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as Storage;
    const loaded = loadLocalStory(createKeyValueStore(() => full));
    expect(loaded.writable).toBe(false);
    expect(s.getItem('liushou-atlas:story')).toBe('garbage');
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
