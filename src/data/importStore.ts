import type { FacilitySet } from '../facilities/facility';
import { nextTask } from '../util/nextTask';
import { packFacilitySet, unpackFacilitySet, type StoredFacilitySet } from '../facilities/packFacilities';
import type { ImportedDataset } from './importedDataset';

/** One kind of record kept between visits, keyed by `id`. */
export interface RecordStore<T extends { id: string }> {
  load(): Promise<T[]>;
  save(item: T): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Where the user's own data lives between visits. */
export interface ImportStore {
  datasets: RecordStore<ImportedDataset>;
  facilities: RecordStore<FacilitySet>;
  /** False when the browser refused storage (private mode, blocked): imports then last one visit. */
  persistent: boolean;
}

const DB = 'liushou-atlas';
// Version 2 added the facility sets; version 1 databases are upgraded in place, keeping datasets.
const VERSION = 2;
const STORES = { datasets: 'imported', facilities: 'facilities' } as const;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** How a record is kept: IndexedDB copies it synchronously, so large ones are stored packed. */
interface Codec<T, Stored> {
  encode(item: T): Stored;
  decode(stored: Stored): T;
}

const AS_IS = { encode: <T>(x: T) => x, decode: <T>(x: T) => x };

function idbStore<T extends { id: string; importedAt: string }, Stored = T>(
  db: IDBDatabase,
  name: string,
  codec: Codec<T, Stored> = AS_IS as Codec<T, Stored>,
): RecordStore<T> {
  const tx = (mode: IDBTransactionMode) => db.transaction(name, mode).objectStore(name);
  return {
    load: async () => ((await request(tx('readonly').getAll())) as Stored[]).map(codec.decode).sort((a, b) => a.importedAt.localeCompare(b.importedAt)),
    save: async (item) => {
      const stored = codec.encode(item);
      // Packing and IndexedDB's own copy of a large record each take a task of their own.
      if (stored !== (item as unknown)) await nextTask();
      await request(tx('readwrite').put(stored));
    },
    remove: async (id) => void (await request(tx('readwrite').delete(id))),
  };
}

/** IndexedDB-backed store; falls back to memory, and says so, when IndexedDB cannot be opened. */
export async function createImportStore(): Promise<ImportStore> {
  let db: IDBDatabase;
  try {
    const open = indexedDB.open(DB, VERSION);
    open.onupgradeneeded = () => {
      for (const name of Object.values(STORES)) {
        if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name, { keyPath: 'id' });
      }
    };
    db = await request(open);
  } catch {
    return createMemoryImportStore();
  }
  return {
    persistent: true,
    datasets: idbStore<ImportedDataset>(db, STORES.datasets),
    // Packed: 50,000 facility objects took IndexedDB about 0.15 s to copy, in one task.
    facilities: idbStore<FacilitySet, StoredFacilitySet | FacilitySet>(db, STORES.facilities, { encode: packFacilitySet, decode: unpackFacilitySet }),
  };
}

function memoryStore<T extends { id: string }>(): RecordStore<T> {
  const items = new Map<string, T>();
  return {
    load: async () => [...items.values()],
    save: async (d) => void items.set(d.id, d),
    remove: async (id) => void items.delete(id),
  };
}

export function createMemoryImportStore(): ImportStore {
  return { persistent: false, datasets: memoryStore(), facilities: memoryStore() };
}
