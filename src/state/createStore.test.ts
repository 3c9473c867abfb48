import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './appState';
import { createStore } from './createStore';

describe('the demand year follows the year on screen (#13)', () => {
  it('moves with the map year while the map shows the demand indicator', () => {
    const store = createStore({ ...DEFAULT_STATE, indicator: 'children', demand: 'children' });
    store.setYear(2010);
    expect(store.state.value).toMatchObject({ year: 2010, demandYear: 2010 });
  });

  it('stays put while the map shows another indicator', () => {
    const store = createStore({ ...DEFAULT_STATE, indicator: 'childshare', demand: 'children', demandYear: 2020 });
    store.setYear(2010);
    expect(store.state.value).toMatchObject({ year: 2010, demandYear: 2020 });
  });

  it('takes the map year when the demand switches to the indicator on the map, else the latest', () => {
    const store = createStore({ ...DEFAULT_STATE, indicator: 'mca2016', year: 2016, demandYear: 2010 });
    store.setFacilityOptions({ demand: 'mca2016' });
    expect(store.state.value.demandYear).toBe(2016);
    store.setFacilityOptions({ demand: 'children' });
    expect(store.state.value.demandYear).toBeNull();
    store.setFacilityOptions({ demand: 'mca2018', demandYear: 2018 });
    expect(store.state.value.demandYear).toBe(2018);
  });
});
