import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { ImportedDataset } from '../data/importedDataset';
import { formatSharedDataset, MAX_LINK_TABLES } from '../data/sharedDataset';
import type { Notice } from './notice';
import { createSharedTables, renameInQuery } from './createSharedTables';
import { createMemoryImportStore, type RecordStore } from './storage/importStore';
import { StorageWriteError } from './storage/storageProblem';

const TABLE: ImportedDataset = {
  id: 'u-abc',
  name: 'Homes',
  fileName: 'homes.csv',
  importedAt: '2026-11-30T00:00:00.000Z',
  keyColumn: 'province',
  valueColumn: 'homes',
  yearColumn: null,
  unit: '',
  kind: 'count',
  numberRules: [],
  values: [{ region: 'SC', year: 2018, value: 12, row: 2 }],
};
const link = (...tables: ImportedDataset[]) => `?v=1&i=${tables[0]?.id ?? ''}${tables.map((t) => `&data=${formatSharedDataset(t)}`).join('')}`;

function setup(search: string, store: RecordStore<ImportedDataset> = createMemoryImportStore().datasets, held: ImportedDataset[] = []) {
  const imported = signal<ImportedDataset[]>(held);
  const notices: Notice[] = [];
  const shared = createSharedTables(search, imported, store, (n) => notices.push(n));
  return { imported, notices, shared, store };
}

describe('createSharedTables', () => {
  it('issue #17 finding 1: changes nothing, stores nothing, until the user adds the tables', async () => {
    const { imported, notices, shared, store } = setup(link(TABLE));
    expect(shared.pending.value.map((d) => d.id)).toEqual(['u-abc']);
    expect(shared.params.value).toHaveLength(1);
    expect(imported.value).toEqual([]);
    await expect(store.load()).resolves.toEqual([]);
    expect(notices).toEqual([]);

    await shared.accept();
    expect(imported.value.map((d) => d.id)).toEqual(['u-abc']);
    await expect(store.load()).resolves.toHaveLength(1);
    expect(notices).toEqual([{ kind: 'shared', name: 'Homes', values: 1, saved: true }]);
    expect(shared.pending.value).toEqual([]);
    expect(shared.params.value).toEqual([]);
  });

  it('declining keeps nothing and names the ids to leave', () => {
    const { imported, shared } = setup(link(TABLE));
    expect(shared.decline()).toEqual(['u-abc']);
    expect(imported.value).toEqual([]);
    expect(shared.pending.value).toEqual([]);
  });

  it('issue #17 finding 3: a table that cannot be stored is shown for this visit, and not announced as saved', async () => {
    const full: RecordStore<ImportedDataset> = {
      load: async () => [],
      save: async () => {
        throw new StorageWriteError('quota');
      },
      remove: async () => undefined,
    };
    const { imported, notices, shared } = setup(link(TABLE), full);
    await shared.accept();
    expect(imported.value).toHaveLength(1);
    expect(notices).toEqual([
      { kind: 'storage', problem: 'quota' },
      { kind: 'shared', name: 'Homes', values: 1, saved: false },
    ]);
  });

  it('a table with the id of one held gets a fresh id, and the link’s view follows it', () => {
    const { shared } = setup(link(TABLE), undefined, [{ ...TABLE, name: 'Mine' }]);
    const fresh = shared.pending.value[0]?.id;
    expect(fresh).toMatch(/^u-[a-z0-9]+$/);
    expect(fresh).not.toBe('u-abc');
    expect(new URLSearchParams(shared.search).get('i')).toBe(fresh);
  });

  it(`issue #17 finding 7: a link with 400 tables offers ${MAX_LINK_TABLES} and says so once`, () => {
    const tables = Array.from({ length: 400 }, (_, i) => ({ ...TABLE, id: `u-t${i}` }));
    const { notices, shared } = setup(link(...tables));
    expect(shared.pending.value).toHaveLength(MAX_LINK_TABLES);
    expect(notices).toEqual([{ kind: 'tooManyTables', count: 400, limit: MAX_LINK_TABLES }]);
  });

  it('renameInQuery maps the indicator and demand, old-style ids included', () => {
    const renamed = new Map([['u-abc', 'u-new']]);
    expect(new URLSearchParams(renameInQuery('?v=1&i=uabc&dem=u-abc&sel=SC', renamed)).toString()).toBe('v=1&i=u-new&dem=u-new&sel=SC');
    expect(renameInQuery('?i=u-abc', new Map())).toBe('?i=u-abc');
  });
});
