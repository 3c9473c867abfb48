import { openDB, type IDBPDatabase } from 'idb';
import type { FacilitySet } from '../../facilities/facility';
import { packFacilitySet, unpackFacilitySet, type StoredFacilitySet } from '../../facilities/packFacilities';
import type { ImportedDataset } from '../../data/importedDataset';
import { toImportedId } from '../../data/importedId';
import { migrateImportedDataset } from '../../data/migrateImportedDataset';
import { nextTask } from '../../util/nextTask';
import { problemOf, StorageWriteError, type StorageProblem } from './storageProblem';
import { withTimeout } from './withTimeout';
import type { RegionSet } from '../../regions/regionSet';
import { packRegionSet, unpackRegionSet, type StoredRegionSet } from '../../regions/packRegions';

/** One kind of record kept between visits, keyed by `id`. */
export interface RecordStore<T extends { id: string }> {
  load(): Promise<T[]>;
  /** Resolves once the record is committed; rejects with a StorageWriteError, changing nothing, otherwise. */
  save(item: T): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Where the user's own data lives between visits. */
export interface ImportStore {
  datasets: RecordStore<ImportedDataset>;
  facilities: RecordStore<FacilitySet>;
  /** The planner's own region sets (#15), keyed by their content hash. */
  regions: RecordStore<RegionSet>;
  /** False when the browser refused storage, opening timed out, or a newer tab took the database: imports then last one visit. */
  readonly persistent: boolean;
}

export type StoreName = keyof Pick<ImportStore, 'datasets' | 'facilities' | 'regions'>;

export interface ImportStoreOptions {
  /** Called once per problem that the user should hear about. */
  onProblem(problem: StorageProblem): void;
  /** Called after this tab committed a change, with the store it changed (for the other tabs). */
  onCommitted?(store: StoreName): void;
  /** How long opening may take before the app runs from memory, ms. */
  timeoutMs?: number;
  indexedDb?: IDBFactory;
}

const DB = 'liushou-atlas';
// Version 2 added the facility sets, version 3 the region sets; older databases are upgraded in
// place, keeping what they hold.
const VERSION = 3;
const STORES: Record<StoreName, string> = { datasets: 'imported', facilities: 'facilities', regions: 'regions' };
/**
 * Opening usually takes a few ms; it can hang for good when an old tab blocks an upgrade or the
 * browser's storage is wedged. Four seconds keep the first view from waiting on it for long.
 */
export const OPEN_TIMEOUT_MS = 4000;

/** How a record is kept: IndexedDB copies it synchronously, so large ones are stored packed. */
interface Codec<T, Stored> {
  encode(item: T): Stored;
  decode(stored: Stored): T;
}

const AS_IS = { encode: <T>(x: T) => x, decode: <T>(x: T) => x };

/**
 * IndexedDB-backed store (through `idb`); falls back to memory, and says so, when IndexedDB is
 * refused, does not open within the time limit, or is taken over by a newer tab.
 */
export async function createImportStore(options: ImportStoreOptions): Promise<ImportStore> {
  const { onProblem, onCommitted = () => undefined, timeoutMs = OPEN_TIMEOUT_MS } = options;
  let reported = false;
  const report = (p: StorageProblem) => {
    // One message for the connection: a blocked open that then times out is one problem, not two.
    if (reported) return;
    reported = true;
    onProblem(p);
  };
  let factory: IDBFactory | undefined;
  try {
    factory = options.indexedDb ?? globalThis.indexedDB;
  } catch {
    factory = undefined;
  }
  if (!factory) {
    report('refused');
    return createMemoryImportStore();
  }
  let db: IDBPDatabase | null = null;
  const opening = (async (): Promise<IDBPDatabase | null> => {
    try {
      return await openDB(DB, VERSION, {
        upgrade(database) {
          for (const name of Object.values(STORES)) {
            if (!database.objectStoreNames.contains(name)) database.createObjectStore(name, { keyPath: 'id' });
          }
        },
        blocked: () => report('blocked'),
        // A newer tab wants to upgrade: let go, keep working from memory, say so.
        blocking: () => {
          db?.close();
          db = null;
          report('versionchange');
        },
        terminated: () => {
          db = null;
          report('failed');
        },
      });
    } catch (err) {
      report(problemOf(err) === 'failed' ? 'refused' : problemOf(err));
      return null;
    }
  })();
  db = await withTimeout(
    opening,
    timeoutMs,
    () => {
      report('timeout');
      return null;
    },
    (late) => late?.close(),
  );
  if (!db) return createMemoryImportStore();
  const memory = createMemoryImportStore();
  const current = () => db;
  return {
    get persistent() {
      return current() !== null;
    },
    // Tables stored in an older shape are read into today's on every load (pure and cheap); the
    // stored record keeps its shape, so a tab still running the older code can read it too.
    datasets: idbStore<ImportedDataset, Record<string, unknown>>(
      current,
      'datasets',
      memory.datasets,
      onCommitted,
      { encode: (d) => d as unknown as Record<string, unknown>, decode: migrateImportedDataset },
      namespaced,
    ),
    // Packed: 50,000 facility objects took IndexedDB about 0.15 s to copy, in one task.
    facilities: idbStore<FacilitySet, StoredFacilitySet | FacilitySet>(current, 'facilities', memory.facilities, onCommitted, {
      encode: packFacilitySet,
      decode: unpackFacilitySet,
    }),
    // Packed, as facilities are: 220,000 positions as nested arrays took IndexedDB about 1 s to read back, in one task.
    regions: idbStore<RegionSet, StoredRegionSet | RegionSet>(current, 'regions', memory.regions, onCommitted, {
      encode: packRegionSet,
      decode: unpackRegionSet,
    }),
  };
}

function idbStore<T extends { id: string; importedAt: string }, Stored = T>(
  db: () => IDBPDatabase | null,
  store: StoreName,
  // Where writes go once the connection is gone (a newer tab took it): the rest of this visit.
  fallback: RecordStore<T>,
  onCommitted: (store: StoreName) => void,
  codec: Codec<T, Stored> = AS_IS as Codec<T, Stored>,
  // Records kept under an older id scheme: loaded under the new id, and re-kept under it.
  migrate: (item: T) => T = (item) => item,
): RecordStore<T> {
  const name = STORES[store];
  /** Runs one readwrite transaction and resolves only when it has committed (`tx.done`). */
  const write = async (f: (s: { put(v: unknown): Promise<unknown>; delete(k: string): Promise<unknown> }) => Promise<unknown>) => {
    const d = db();
    if (!d) return false;
    try {
      const tx = d.transaction(name, 'readwrite');
      await Promise.all([f(tx.store as never), tx.done]);
    } catch (err) {
      throw new StorageWriteError(problemOf(err), err);
    }
    onCommitted(store);
    return true;
  };
  return {
    load: async () => {
      const d = db();
      if (!d) return fallback.load();
      const items = ((await d.getAll(name)) as Stored[]).map(codec.decode);
      const out = items.map(migrate);
      const moved = out.filter((item, i) => item.id !== items[i]?.id);
      if (moved.length > 0) {
        // Best effort: if this fails the old records stay, and are read the same way next time.
        const old = items.filter((item, i) => item.id !== out[i]?.id).map((item) => item.id);
        await write(async (s) => {
          for (const item of moved) await s.put(codec.encode(item));
          for (const id of old) await s.delete(id);
        }).catch(() => undefined);
      }
      return out.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    },
    save: async (item) => {
      const stored = codec.encode(item);
      // Packing and IndexedDB's own copy of a large record each take a task of their own.
      if (stored !== (item as unknown)) await nextTask();
      if (!(await write((s) => s.put(stored)))) await fallback.save(item);
    },
    remove: async (id) => {
      if (!(await write((s) => s.delete(id)))) await fallback.remove(id);
    },
  };
}

/** Tables imported before #17 had ids such as `uk3f9a2`; today's namespace is `u-k3f9a2` (importedId.ts). */
function namespaced(d: ImportedDataset): ImportedDataset {
  const id = toImportedId(d.id);
  return id === null || id === d.id ? d : { ...d, id };
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
  return { persistent: false, datasets: memoryStore(), facilities: memoryStore(), regions: memoryStore() };
}
