import { problemOf, type StorageProblem } from './storageProblem';

/** A few small texts kept between visits (localStorage), behind a guard that never throws. */
export interface KeyValueStore {
  /** False when the browser refused localStorage: texts then last this visit only. */
  readonly persistent: boolean;
  get(key: string): string | null;
  /** Null when kept; the problem when the browser refused it (the text is still kept for this visit). */
  set(key: string, value: string): StorageProblem | null;
  remove(key: string): void;
  /** Keys that start with `prefix`. */
  keys(prefix: string): string[];
}

/**
 * localStorage, guarded: merely *reading* `window.localStorage` throws a SecurityError in a
 * third-party iframe with blocked cookies, so it is read here, once, inside a try. Anything refused
 * falls back to memory, so the page works the same for this visit.
 */
export function createKeyValueStore(getStorage: () => Storage | undefined = () => globalThis.localStorage): KeyValueStore {
  let storage: Storage | undefined;
  try {
    storage = getStorage();
    // Some browsers hand out a storage object that throws on first use (Safari's old private mode).
    storage?.getItem('liushou-atlas:probe');
  } catch {
    storage = undefined;
  }
  const memory = new Map<string, string>();
  return {
    persistent: storage !== undefined,
    get(key) {
      if (memory.has(key)) return memory.get(key) as string;
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      if (!storage) {
        memory.set(key, value);
        return 'refused';
      }
      try {
        storage.setItem(key, value);
        memory.delete(key);
        return null;
      } catch (err) {
        memory.set(key, value);
        return problemOf(err);
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // Refused: nothing was kept there either.
      }
    },
    keys(prefix) {
      const out = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const k = storage.key(i);
          if (k?.startsWith(prefix)) out.add(k);
        }
      } catch {
        // Refused: only the memory copies.
      }
      return [...out].sort();
    },
  };
}
