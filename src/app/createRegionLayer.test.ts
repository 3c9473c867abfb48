import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CENSUS, FIXTURE_SET } from '../regions/testFixtures';
import type { RegionSet } from '../regions/regionSet';
import type { ImportedDataset } from '../data/importedDataset';
import { createCountyCensus } from './countyCensus';
import { createRegionLayer } from './createRegionLayer';

const columns = (year: 2010 | 2020) => {
  const rs = FIXTURE_CENSUS.records[year];
  return {
    code: rs.map((r) => r.code),
    name: rs.map((r) => r.name),
    latin: rs.map((r) => r.latin),
    province: rs.map((r) => r.province),
    resident: rs.map((r) => r.resident),
    age0_14: rs.map((r) => r.age0_14),
    urban: rs.map((r) => r.urban),
    rural: rs.map((r) => r.rural),
    ...(year === 2010 ? { hukou: rs.map((r) => r.hukou) } : {}),
  };
};
const JSON_FILE = { format: 'liushou-counties/1', sources: FIXTURE_CENSUS.sources, latinNote: '', years: { 2010: columns(2010), 2020: columns(2020) } };

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createRegionLayer', () => {
  it('fetches the county census only once a set with county codes is shown, then gives its indicators', async () => {
    const fetchJson = vi.fn(async () => JSON_FILE);
    const active = signal<RegionSet | null>(null);
    const { layer, dispose } = createRegionLayer(active, async () => createCountyCensus({ fetchJson, download: () => {} }));
    expect(layer.value).toBeNull();
    await flush();
    expect(fetchJson).not.toHaveBeenCalled();

    active.value = { ...FIXTURE_SET, codeKind: 'township' };
    await flush();
    expect(fetchJson).not.toHaveBeenCalled();
    expect(layer.value?.indicators).toEqual([]);

    active.value = FIXTURE_SET;
    expect(layer.value?.censusPending).toBe(true);
    await flush();
    await flush();
    expect(fetchJson).toHaveBeenCalledTimes(1);
    expect(layer.value?.censusPending).toBe(false);
    expect(layer.value?.indicators.map((i) => i.indicator.id)).toEqual(['county:children', 'county:pop', 'county:netsend', 'county:netsendper1k']);
    expect(layer.value?.census?.unmatched).toEqual(['349999']);
    dispose();
  });

  it('stops waiting when the census cannot be loaded: no indicators, not pending', async () => {
    const active = signal<RegionSet | null>(FIXTURE_SET);
    const { layer, dispose } = createRegionLayer(active, async () =>
      createCountyCensus({ fetchJson: async () => Promise.reject(new Error('offline')), download: () => {} }),
    );
    await flush();
    await flush();
    expect(layer.value).toMatchObject({ indicators: [], censusPending: false });
    dispose();
  });

  it('adds the tables joined to the shown set after the census, loading their module only when the set has one', async () => {
    const census = createCountyCensus({ fetchJson: async () => JSON_FILE, download: () => {} });
    const active = signal<RegionSet | null>({ ...FIXTURE_SET, codeKind: 'township' });
    const table = (id: string, setId: string): ImportedDataset => ({
      id,
      name: id,
      fileName: `${id}.csv`,
      importedAt: '2026-12-02T15:00:00.000Z',
      keyColumn: 'name',
      valueColumn: 'homes',
      yearColumn: null,
      unit: '',
      kind: 'count',
      numberRules: ['plain'],
      values: [{ region: '341221', year: 0, value: 3, row: 2 }],
      regionSet: { id: setId, fileName: 'x.geojson' },
    });
    const tables = signal<ImportedDataset[]>([table('u-elsew1', 'r-elsewhere')]);
    const loadTables = vi.fn(() => import('../regions/regionTableIndicators'));
    const { layer, dispose } = createRegionLayer(active, async () => census, tables, loadTables);
    await flush();
    expect(loadTables).not.toHaveBeenCalled();
    expect(layer.value?.indicators).toEqual([]);

    tables.value = [...tables.value, table('u-here01', FIXTURE_SET.id)];
    await vi.waitFor(() => expect(layer.value?.indicators.map((i) => i.indicator.id)).toEqual(['u-here01']));
    expect(loadTables).toHaveBeenCalledTimes(1);
    expect(layer.value?.sources?.['user:u-here01']?.title).toBe('u-here01.csv');

    active.value = FIXTURE_SET;
    await vi.waitFor(() =>
      expect(layer.value?.indicators.map((i) => i.indicator.id)).toEqual(['county:children', 'county:pop', 'county:netsend', 'county:netsendper1k', 'u-here01']),
    );
    dispose();
  });
});
