import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import { DEFAULT_STATE } from '../state/appState';
import { createStore } from '../state/createStore';
import { readLink } from './readLink';
import { CAMERA_WRITE_DELAY_MS, syncUrl, type AddressBar } from './syncUrl';

const indicators = new Map(CATALOGUE.map((i) => [i.id, i]));

/** An address bar with a history stack, as a browser keeps it. */
function fakeBar() {
  const entries = ['/'];
  let at = 0;
  let pop: (() => void) | null = null;
  const bar: AddressBar = {
    pathname: () => '/',
    hash: () => '',
    search: () => entries[at]!.replace(/^\//, ''),
    replace: (url) => void (entries[at] = url),
    push: (url) => {
      entries.splice(at + 1, Infinity, url);
      at = entries.length - 1;
    },
    onPop: (f) => {
      pop = f;
      return () => (pop = null);
    },
  };
  return {
    bar,
    url: () => entries[at],
    back: () => {
      at -= 1;
      pop?.();
    },
  };
}

describe('syncUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('adds an entry per view change and replaces it for camera moves, after the delay', () => {
    const h = fakeBar();
    const store = createStore(DEFAULT_STATE);
    syncUrl(store, (q) => readLink(q, indicators), () => {}, undefined, h.bar);
    expect(h.url()).toBe('/');
    store.setIndicator('children');
    expect(h.url()).toMatch(/^\/\?.*children/);
    store.setCamera({ lon: 104, lat: 35, zoom: 4 });
    expect(h.url()).not.toMatch(/camera|104/);
    vi.advanceTimersByTime(CAMERA_WRITE_DELAY_MS);
    expect(h.url()).toMatch(/104/);
  });

  it('Back right after a pan restores the earlier view, and the pending camera write does not overwrite it', () => {
    const h = fakeBar();
    const store = createStore(DEFAULT_STATE);
    syncUrl(store, (q) => readLink(q, indicators), () => {}, undefined, h.bar);
    store.setIndicator('children');
    store.setCamera({ lon: 104, lat: 35, zoom: 4 });
    h.back();
    expect(store.state.value.indicator).toBe(DEFAULT_STATE.indicator);
    vi.advanceTimersByTime(CAMERA_WRITE_DELAY_MS * 2);
    expect(h.url()).toBe('/');
    expect(store.state.value.camera).toBeNull();
  });

  it('a run of year steps (Play, the slider) makes one entry: Back returns to the year before the run', () => {
    const h = fakeBar();
    const store = createStore(DEFAULT_STATE);
    syncUrl(store, (q) => readLink(q, indicators), () => {}, undefined, h.bar);
    store.setIndicator('children');
    const beforeRun = h.url();
    for (const y of [2010, 2020]) store.setYear(y);
    expect(h.url()).toMatch(/y=2020/);
    h.back();
    expect(h.url()).toBe(beforeRun);
    expect(store.state.value.year).toBeNull();
    expect(store.state.value.indicator).toBe('children');
  });

  it('any other change after a run of year steps adds its own entry again', () => {
    const h = fakeBar();
    const store = createStore(DEFAULT_STATE);
    syncUrl(store, (q) => readLink(q, indicators), () => {}, undefined, h.bar);
    store.setIndicator('children');
    store.setYear(2010);
    store.setYear(2020);
    store.setLang('zh');
    store.setYear(2010);
    h.back();
    expect(store.state.value.year).toBe(2020);
    expect(store.state.value.lang).toBe('zh');
    h.back();
    expect(store.state.value.year).toBe(2020);
    expect(store.state.value.lang).toBe('en');
  });

  it('reports what it could not read on Back', () => {
    const h = fakeBar();
    const store = createStore(DEFAULT_STATE);
    const issues: string[] = [];
    syncUrl(store, (q) => readLink(q, indicators), (i) => issues.push(i.param), undefined, h.bar);
    h.bar.push('/?i=nonesuch');
    h.bar.push('/?i=children');
    h.back();
    expect(issues).toEqual(['i']);
    expect(store.state.value.indicator).toBe(DEFAULT_STATE.indicator);
  });
});
