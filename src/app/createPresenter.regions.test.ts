import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { DEFAULT_STATE } from '../state/appState';
import { createStore } from '../state/createStore';
import { parseUrlState } from '../state/urlState';
import { formatStory, parseStory } from '../story/story';
import { createPresenter } from './createPresenter';

const { indicators } = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
const parse = (q: string) => parseUrlState(q, { indicators }).state;
const REGIONS = { regionSet: 'r-rlmpxqml47cd61z66l', regionFile: '阜阳 counties.geojson', region: '341221' };

describe('createPresenter: slides of a region view (#15)', () => {
  it('a slide added while a region set is shown keeps the set, its file name and the selected region; presenting it shows them again', () => {
    const store = createStore({ ...DEFAULT_STATE, indicator: 'children', year: 2020, ...REGIONS });
    const presenter = createPresenter(store, parse);
    expect(presenter.addCurrent({ en: 'Children · 阜阳 counties.geojson', zh: '儿童' })).toBe(true);
    const slide = presenter.mine.value[0]!;
    expect(parse(slide.view)).toMatchObject({ indicator: 'children', year: 2020, ...REGIONS });

    // The story survives its link format, and an older story (views without a set) reads as before.
    expect(parseStory(formatStory(presenter.mine.value))).toEqual(presenter.mine.value);
    const older = parseStory(formatStory([{ view: 'v=1&i=netsend&sel=SC', caption: { en: 'a', zh: 'b' }, sources: [] }]));
    expect(older && parse(older[0]!.view)).toMatchObject({ indicator: 'netsend', selected: 'SC', regionSet: null, regionFile: null, region: null });

    // Back on the provinces, then presenting: the slide brings the set back.
    // (start() is go(0) over the story plus full screen, which needs a document.)
    store.replace({ ...store.state.peek(), regionSet: null, regionFile: null, region: null, story: presenter.mine.value });
    presenter.go(0);
    expect(store.state.value).toMatchObject({ present: true, slide: 0, ...REGIONS });
    expect(presenter.onSlide.value).toBe(true);
  });

  it("a slide with a province's county table open keeps the table and its sort", () => {
    const store = createStore({ ...DEFAULT_STATE, indicator: 'netsend', selected: 'HA', counties: parse('cty=-net2010').counties });
    const presenter = createPresenter(store, parse);
    presenter.addCurrent({ en: 'Henan by county', zh: '河南' });
    store.replace({ ...store.state.peek(), selected: null, counties: null, story: presenter.mine.value });
    presenter.go(0);
    expect(store.state.value.selected).toBe('HA');
    expect(store.state.value.counties).toEqual(parse('cty=-net2010').counties);
  });
});
