import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import { DEFAULT_STATE } from './appState';
import { COUNTY_SORT_KEYS, formatCountySort, parseCountySort, type CountySort } from './countySort';
import { formatUrlState, parseUrlState } from './urlState';
import { createStore } from './createStore';
import { createPresenter } from '../app/createPresenter';

const ctx = { indicators: new Map(CATALOGUE.map((i) => [i.id, i])) };

describe('county sort codec', () => {
  const all: CountySort[] = COUNTY_SORT_KEYS.flatMap((key) => [true, false].map((ascending) => ({ key, ascending })));

  it.each(all)('round-trips %j', (sort) => {
    expect(parseCountySort(formatCountySort(sort))).toEqual(sort);
  });

  it.each([
    ['-net2010', { key: 'net2010', ascending: false }],
    ['name', { key: 'name', ascending: true }],
    [' -per1000 ', { key: 'per1000', ascending: false }],
    ['+name', null],
    ['NAME', null],
    ['-', null],
    ['children', null],
    ['', null],
  ])('parses %j as %j', (raw, sort) => {
    expect(parseCountySort(raw)).toEqual(sort);
  });

  it('is carried in links as cty, with the selection, and closed by default', () => {
    expect(formatUrlState({ ...DEFAULT_STATE, selected: 'HA', counties: { key: 'net2010', ascending: false } })).toBe('v=1&sel=HA&cty=-net2010');
    const { state, issues } = parseUrlState('v=1&sel=HA&cty=age2020', ctx);
    expect(issues).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_STATE, selected: 'HA', counties: { key: 'age2020', ascending: true } });
    expect(DEFAULT_STATE.counties).toBeNull();
  });
});

describe('the county table in a story slide', () => {
  it('a slide made from a view with the table open reopens it, sorted the same way, for the selected province', () => {
    const parse = (q: string) => parseUrlState(q, ctx).state;
    const store = createStore(parse('sel=HA'));
    store.setCounties({ key: 'per1000', ascending: false });
    const presenter = createPresenter(store, parse);
    presenter.addCurrent({ en: 'Henan’s senders', zh: '河南的输出县' });
    const slide = presenter.mine.peek().at(-1);
    expect(slide?.view).toContain('cty=-per1000');

    store.setCounties(null);
    store.select('SC');
    // As a link that carries the story would open it (start() also asks for full screen).
    store.replace({ ...store.state.peek(), story: presenter.mine.peek() });
    presenter.go(presenter.mine.peek().length - 1);
    expect(store.state.value).toMatchObject({ present: true, selected: 'HA', counties: { key: 'per1000', ascending: false } });
  });
});
