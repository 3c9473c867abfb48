import { batch, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ImportedDataset } from '../data/importedDataset';
import { toImportedId } from '../data/importedId';
import { MAX_LINK_TABLES, SHARED_PARAM } from '../data/sharedDataset';
import { planSharedTables, sharedDatasetsIn } from '../data/readSharedDatasets';
import type { Notice } from './notice';
import type { RecordStore } from './storage/importStore';
import { problemOf } from './storage/storageProblem';

/**
 * Tables a shared link carries (`data=`), offered for review: nothing is stored, listed or shown
 * until the user has seen what they are (name, file, number of values) and added them. Until then
 * the link's view waits on them, and the address bar keeps their `data=` so a reload still offers
 * them.
 */
export interface SharedTables {
  /** The tables awaiting the user's decision (none once accepted or declined). */
  pending: ReadonlySignal<readonly ImportedDataset[]>;
  /** The link's query, with the ids of tables that had to be renamed (planSharedTables) replaced. */
  search: string;
  /** The `data=` texts to keep in the address bar while tables are pending. */
  params: ReadonlySignal<readonly string[]>;
  /** Stores and shows the pending tables; one that cannot be stored is shown for this visit and said so. */
  accept(): Promise<void>;
  /** Drops the pending tables; returns their ids, so the view can leave them. */
  decline(): string[];
}

export function createSharedTables(
  search: string,
  imported: Signal<ImportedDataset[]>,
  store: RecordStore<ImportedDataset>,
  onNotice: (n: Notice) => void,
): SharedTables {
  const link = sharedDatasetsIn(search);
  for (const raw of link.unreadable) onNotice({ kind: 'url', param: SHARED_PARAM, raw });
  // One notice for all the tables beyond the limit, however many (a link once carried 400).
  if (link.ignored > 0) onNotice({ kind: 'tooManyTables', count: link.ignored + MAX_LINK_TABLES, limit: MAX_LINK_TABLES });
  const plan = planSharedTables(
    link.datasets.map((d) => d.dataset),
    imported.peek(),
  );
  const pending = signal<readonly ImportedDataset[]>(plan.offer);
  const params = signal<readonly string[]>(plan.offer.length > 0 ? link.datasets.map((d) => d.raw) : []);
  const done = () =>
    batch(() => {
      pending.value = [];
      params.value = [];
    });
  return {
    pending,
    params,
    search: renameInQuery(search, plan.renamed),
    async accept() {
      const tables = pending.peek();
      for (const d of tables) {
        try {
          await store.save(d);
          onNotice({ kind: 'shared', name: d.name, values: d.values.length, saved: true });
        } catch (err) {
          // Not announced as saved: it is shown for this visit, and the reason is given.
          onNotice({ kind: 'storage', problem: problemOf(err) });
          onNotice({ kind: 'shared', name: d.name, values: d.values.length, saved: false });
        }
      }
      batch(() => {
        imported.value = [...imported.peek(), ...tables];
        done();
      });
    },
    decline() {
      const ids = pending.peek().map((d) => d.id);
      done();
      return ids;
    },
  };
}

/** The query with the indicator and demand ids that `renamed` maps replaced. One pass over the parameters. */
export function renameInQuery(search: string, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0) return search;
  const params = new URLSearchParams(search);
  for (const key of ['i', 'dem', 'indicator']) {
    const raw = params.get(key);
    const to = raw === null ? undefined : renamed.get(toImportedId(raw) ?? raw);
    if (to) params.set(key, to);
  }
  return `?${params.toString()}`;
}
