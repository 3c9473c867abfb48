import { describe, expect, it } from 'vitest';
import type { ImportedDataset } from '../data/importedDataset';
import { createStore } from '../state/createStore';
import { DEFAULT_STATE } from '../state/appState';
import { showImportedTable } from './showImportedTable';

const table = (id: string, regionSet?: { id: string; fileName: string }): ImportedDataset =>
  ({ id, name: id, fileName: 'f.csv', importedAt: '2026-12-02T00:00:00.000Z', keyColumn: 'k', valueColumn: 'v', yearColumn: null, unit: '', kind: 'count', numberRules: null, values: [], ...(regionSet ? { regionSet } : {}) }) as ImportedDataset;

describe('showImportedTable', () => {
  it('shows a province table as the indicator, and a region table with its set', () => {
    const store = createStore({ ...DEFAULT_STATE, year: 2015, camera: { lon: 104, lat: 35, zoom: 4 } });
    const tables = [table('u-prov01'), table('u-regn01', { id: 'r-abcd12', fileName: 'c.geojson' })];
    showImportedTable(store, tables, 'u-prov01');
    expect(store.state.peek()).toMatchObject({ indicator: 'u-prov01', year: null, regionSet: null });
    showImportedTable(store, tables, 'u-regn01');
    expect(store.state.peek()).toMatchObject({ indicator: 'u-regn01', regionSet: 'r-abcd12', regionFile: 'c.geojson', camera: null });
  });
});
