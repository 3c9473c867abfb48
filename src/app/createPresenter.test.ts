import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { createStore } from '../state/createStore';
import { parseUrlState } from '../state/urlState';
import { BUILTIN_STORY } from '../story/builtinStory';
import { createPresenter } from './createPresenter';

const { indicators } = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
const parse = (q: string) => parseUrlState(q, { indicators }).state;

describe('createPresenter: does the map show what the slide describes?', () => {
  it('not after a hand-made ?present=1; yes once the slide is shown; not after picking another indicator', () => {
    const store = createStore(parse('present=1'));
    const presenter = createPresenter(store, parse);
    expect(parse(BUILTIN_STORY[0]!.view).indicator).not.toBe(store.state.value.indicator);
    expect(presenter.onSlide.value).toBe(false);

    presenter.go(0);
    expect(presenter.onSlide.value).toBe(true);
    // Language, selection and camera do not change the figures.
    store.setLang('zh');
    store.select('SC');
    store.setCamera({ lon: 104, lat: 30, zoom: 5 });
    expect(presenter.onSlide.value).toBe(true);

    store.setIndicator('acwfshare');
    expect(presenter.onSlide.value).toBe(false);
    presenter.next();
    expect(presenter.onSlide.value).toBe(true);
  });
});

describe('createPresenter: the room’s choices hold across slides', () => {
  it('keeps the language and high contrast from slide to slide; a saved slide carries neither', () => {
    const store = createStore(parse(''));
    const presenter = createPresenter(store, parse);
    presenter.go(0);
    store.setLang('zh');
    store.setClassing({ highContrast: true });
    presenter.next();
    expect(store.state.value.lang).toBe('zh');
    expect(store.state.value.highContrast).toBe(true);
    presenter.addCurrent({ en: 'x', zh: 'x' });
    expect(presenter.mine.value.at(-1)?.view).not.toMatch(/hc=|lang=/);
  });
});

describe('createPresenter: the provinces to keep in view', () => {
  it('are those the slide names, only while presenting it', () => {
    const store = createStore(parse(''));
    const presenter = createPresenter(store, parse);
    expect(presenter.named.value).toEqual([]);
    presenter.go(1);
    expect(presenter.named.value).toEqual(['SC', 'HA', 'AH', 'HN', 'GZ']);
    store.replace({ ...store.state.value, present: false });
    expect(presenter.named.value).toEqual([]);
  });

  it('the national figures stand beside slide 1 (the national picture) only, while presenting it', () => {
    const store = createStore(parse(''));
    const presenter = createPresenter(store, parse);
    expect(presenter.national.value).toBe(false);
    presenter.go(0);
    expect(presenter.national.value).toBe(true);
    store.setIndicator('acwfshare');
    expect(presenter.national.value).toBe(false);
    presenter.go(0);
    presenter.next();
    expect(presenter.national.value).toBe(false);
  });
});

describe('createPresenter: a story embedded in another page (issue 16)', () => {
  it('opens on the slide’s own view and stays embedded from slide to slide', () => {
    const store = createStore(parse('embed=1&present=1&slide=2'));
    const presenter = createPresenter(store, parse);
    expect(presenter.onSlide.value).toBe(true);
    expect(store.state.value).toMatchObject({ embed: true, present: true, slide: 1, selected: 'SC' });
    presenter.next();
    expect(store.state.value).toMatchObject({ embed: true, present: true, slide: 2, indicator: 'children', year: 2020 });
    presenter.previous();
    expect(store.state.value.embed).toBe(true);
  });

  it('plays a teacher’s own story from the link', () => {
    const story = [
      { view: 'v=1&i=acwfshare', caption: { en: 'Mine one', zh: '一' }, sources: [] },
      { view: 'v=1&i=children&y=2020&sel=GS', caption: { en: 'Mine two', zh: '二' }, sources: [] },
    ];
    const store = createStore({ ...parse('embed=1&present=1&lang=zh'), story });
    const presenter = createPresenter(store, parse);
    expect(store.state.value).toMatchObject({ embed: true, lang: 'zh', indicator: 'acwfshare', slide: 0 });
    presenter.next();
    expect(store.state.value).toMatchObject({ embed: true, lang: 'zh', indicator: 'children', selected: 'GS', slide: 1 });
    expect(presenter.slides.value).toBe(story);
  });

  it('a link that is not embedded keeps its own view (the caption then offers the slide’s)', () => {
    const store = createStore(parse('present=1'));
    createPresenter(store, parse);
    expect(store.state.value.indicator).not.toBe('children');
  });
});
