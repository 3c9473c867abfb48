import type { ImportedDataset } from './importedDataset';

/** Where imported datasets live between visits. */
export interface ImportStore {
  load(): Promise<ImportedDataset[]>;
  save(d: ImportedDataset): Promise<void>;
  remove(id: string): Promise<void>;
  /** False when the browser refused storage (private mode, blocked): imports then last one visit. */
  persistent: boolean;
}

const DB = 'liushou-atlas';
const STORE = 'imported';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** IndexedDB-backed store; falls back to memory, and says so, when IndexedDB cannot be opened. */
export async function createImportStore(): Promise<ImportStore> {
  let db: IDBDatabase;
  try {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
    db = await request(open);
  } catch {
    return createMemoryImportStore();
  }
  const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    persistent: true,
    load: async () => {
      const all = (await request(tx('readonly').getAll())) as ImportedDataset[];
      return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    },
    save: async (d) => {
      await request(tx('readwrite').put(d));
    },
    remove: async (id) => {
      await request(tx('readwrite').delete(id));
    },
  };
}

export function createMemoryImportStore(): ImportStore {
  const items = new Map<string, ImportedDataset>();
  return {
    persistent: false,
    load: async () => [...items.values()],
    save: async (d) => void items.set(d.id, d),
    remove: async (id) => void items.delete(id),
  };
}
