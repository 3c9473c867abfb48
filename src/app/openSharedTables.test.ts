import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { ImportedDataset } from '../data/importedDataset';
import { formatSharedDataset } from '../data/sharedDataset';
import { createSharedTables } from './createSharedTables';
import type { Notice } from './notice';
import { openSharedTables } from './openSharedTables';
import { createMemoryImportStore } from './storage/importStore';

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

/** What a page sees of the shared tables: pending ids, kept params, the query, the notices, decline's answer. */
async function seen(open: typeof openSharedTables, search: string) {
  const imported = signal<ImportedDataset[]>([]);
  const notices: Notice[] = [];
  const shared = await open(search, imported, createMemoryImportStore().datasets, (n) => notices.push(n));
  const before = { pending: shared.pending.value.map((d) => d.id), params: shared.params.value, search: shared.search, notices: [...notices] };
  return { ...before, declined: shared.decline(), after: shared.pending.value.length, imported: imported.value.length };
}

describe('openSharedTables', () => {
  const eager: typeof openSharedTables = async (...args) => createSharedTables(...args);

  it.each([
    ['no data= at all', '?v=1&i=left_behind_total&y=2020'],
    ['an empty query', ''],
    ['one table', `?v=1&i=u-abc&data=${formatSharedDataset(TABLE)}`],
    ['an unreadable table', '?v=1&data=not-a-table'],
  ])('answers as createSharedTables does: %s', async (_, search) => {
    expect(await seen(openSharedTables, search)).toEqual(await seen(eager, search));
  });

  it('offers the table a link carries (the reader did load)', async () => {
    const r = await seen(openSharedTables, `?v=1&i=u-abc&data=${formatSharedDataset(TABLE)}`);
    expect(r.pending).toEqual(['u-abc']);
    expect(r.declined).toEqual(['u-abc']);
  });
});
