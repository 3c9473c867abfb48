import { signal, type Signal } from '@preact/signals';
import type { ImportedDataset } from '../data/importedDataset';
import { SHARED_PARAM } from '../data/sharedDataset';
import type { SharedTables } from './createSharedTables';
import type { Notice } from './notice';
import type { RecordStore } from './storage/importStore';

/**
 * The tables a link carries, for review (createSharedTables). Its reader (the table checks, the
 * migration of older tables: about 4 KB gzip) loads only when the link has a `data=`; a link
 * without one, most first views, gets the same answer without it: nothing pending, the query as is.
 */
export async function openSharedTables(
  search: string,
  imported: Signal<ImportedDataset[]>,
  store: RecordStore<ImportedDataset>,
  onNotice: (n: Notice) => void,
): Promise<SharedTables> {
  if (!new URLSearchParams(search).has(SHARED_PARAM)) {
    return { pending: signal([]), params: signal([]), search, accept: async () => undefined, decline: () => [] };
  }
  const { createSharedTables } = await import('./createSharedTables');
  return createSharedTables(search, imported, store, onNotice);
}
