import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type Tab } from './appState';
import { createStore } from './createStore';

describe('selectRegion (#15)', () => {
  it.each([
    // tab before, show?, tab after
    ['sources', false, 'sources'],
    ['sources', true, 'details'],
    ['table', true, 'table'],
    ['gaps', true, 'gaps'],
  ] as const)('from %s (show %s) selects the region and leaves the tab at %s', (tab, show, after) => {
    const store = createStore({ ...DEFAULT_STATE, regionSet: 'r-abc', tab: tab as Tab });
    store.selectRegion('341221', show);
    expect(store.state.value).toMatchObject({ region: '341221', tab: after });
  });

  it('clears the selection, and keeps the province selection apart', () => {
    const store = createStore({ ...DEFAULT_STATE, regionSet: 'r-abc', region: '341221', selected: 'AH' });
    store.selectRegion(null, true);
    expect(store.state.value).toMatchObject({ region: null, selected: 'AH', tab: 'details' });
  });
});
