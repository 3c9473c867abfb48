import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import type { Indicator } from '../data/indicator';
import type { ImportedDataset } from '../data/importedDataset';
import { DEFAULT_STATE } from '../state/appState';
import { shareScope } from './shareRules';

const embedded = CATALOGUE[0] as Indicator;
const regionTable: ImportedDataset = {
  id: 'u-r1', name: 'Homes', fileName: 'homes.csv', importedAt: '2026-12-02T00:00:00Z', keyColumn: '县', valueColumn: 'v',
  yearColumn: null, unit: '', kind: 'count', numberRules: [], values: [{ region: '110105', year: 0, value: 5, row: 2 }],
  regionSet: { id: 'r-abcd1234', fileName: 'counties.geojson' },
};

describe('shareScope with a table joined to regions (#15)', () => {
  it('counts it as local data and carries it in the link, though the province view stands in another indicator', () => {
    const s = shareScope({ state: { ...DEFAULT_STATE, indicator: 'u-r1', regionSet: 'r-abcd1234', regionFile: 'counties.geojson' }, indicator: embedded, indicators: new Map([[embedded.id, embedded]]), facilitySets: [], imported: [regionTable] });
    expect(s.localData).toBe(true);
    // The table travels, but not the boundaries: the link alone does not carry all of the view.
    expect(s.tables).toMatchObject({ values: 1, all: false });
    expect(s.regionFile).toBe('counties.geojson');
  });

  it('a census view of a region set is local too: the link names the boundary file, which stays in this browser', () => {
    const s = shareScope({ state: { ...DEFAULT_STATE, indicator: 'children', regionSet: 'r-abcd1234', regionFile: 'counties.geojson' }, indicator: embedded, indicators: new Map([[embedded.id, embedded]]), facilitySets: [], imported: [] });
    expect(s.localData).toBe(true);
    expect(s.regionFile).toBe('counties.geojson');
  });

  it('the provinces need no file', () => {
    const s = shareScope({ state: DEFAULT_STATE, indicator: embedded, indicators: new Map([[embedded.id, embedded]]), facilitySets: [], imported: [] });
    expect(s.localData).toBe(false);
    expect(s.regionFile).toBeNull();
  });
});
