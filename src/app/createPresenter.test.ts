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

    store.setIndicator('children');
    expect(presenter.onSlide.value).toBe(false);
    presenter.next();
    expect(presenter.onSlide.value).toBe(true);
  });
});
