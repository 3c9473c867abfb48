import { memoryStorage } from './storage/memoryStorage.fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { createStore } from '../state/createStore';
import { parseUrlState } from '../state/urlState';
import { MAX_CAPTION, MAX_SLIDES } from '../story/story';
import { createPresenter } from './createPresenter';

const { indicators } = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
const parse = (q: string) => parseUrlState(q, { indicators }).state;
const KEY = 'liushou-atlas:story';

let storage: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const reload = () => createPresenter(createStore(parse('')), parse);

describe('issue #17 finding 2: a teacher’s story survives a reload', () => {
  it(`stops at ${MAX_SLIDES} slides when adding, so the stored story still loads`, () => {
    const presenter = reload();
    for (let i = 0; i < MAX_SLIDES + 1; i++) presenter.addCurrent({ en: `slide ${i}`, zh: `第${i}页` });
    expect(presenter.mine.value).toHaveLength(MAX_SLIDES);
    expect(reload().mine.value).toHaveLength(MAX_SLIDES);
  });

  it(`cuts a caption at ${MAX_CAPTION} characters, so the stored story still loads`, () => {
    const presenter = reload();
    presenter.addCurrent({ en: 'a', zh: '一' });
    const long = 'x'.repeat(MAX_CAPTION + 1);
    presenter.updateMine(presenter.mine.value.map((s) => ({ ...s, caption: { en: long, zh: long } })));
    const again = reload().mine.value;
    expect(again).toHaveLength(1);
    expect(again[0]?.caption.en).toBe('x'.repeat(MAX_CAPTION));
  });

  it('keeps a stored story it cannot read aside instead of overwriting it', () => {
    const unreadable = 'not a story, but the teacher’s only copy';
    storage.setItem(KEY, unreadable);
    const presenter = reload();
    expect(presenter.mine.value).toEqual([]);
    presenter.addCurrent({ en: 'new', zh: '新' });
    expect([...storage.entries().values()]).toContain(unreadable);
  });
});
