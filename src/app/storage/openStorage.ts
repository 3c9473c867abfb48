import { createImportStore, type ImportStore, type StoreName } from './importStore';
import { createKeyValueStore, type KeyValueStore } from './keyValueStore';
import type { StorageProblem } from './storageProblem';

/**
 * The one way into the browser's storage: every use of IndexedDB and localStorage goes through
 * here (a unit test checks that nothing else names them). Where storage is refused or fails, the
 * app runs from memory and `onProblem` hears about it once per kind of problem.
 */
export interface AppStorage {
  /** Imported tables, facility sets and region sets (IndexedDB). */
  imports: ImportStore;
  /** Small texts: the teacher's slides (localStorage). */
  local: KeyValueStore;
  /** Tells the user about a problem met later (a full store on saving a slide), once per kind. */
  report(problem: StorageProblem): void;
  /** Calls `f` when another tab of the atlas committed a change to `store`; returns the unsubscribe. */
  onOtherTab(f: (store: StoreName) => void): () => void;
}

const CHANNEL = 'liushou-atlas:data';

export async function openStorage(onProblem: (p: StorageProblem) => void, timeoutMs?: number): Promise<AppStorage> {
  const said = new Set<StorageProblem>();
  const report = (p: StorageProblem) => {
    if (said.has(p)) return;
    said.add(p);
    onProblem(p);
  };
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
  } catch {
    // No BroadcastChannel (old browser, some sandboxes): each tab then lists only what it loaded.
  }
  const local = createKeyValueStore();
  const imports = await createImportStore({
    onProblem: report,
    onCommitted: (store) => channel?.postMessage({ store }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  // Say it once: where both stores are refused, one "refused" notice covers both.
  if (!local.persistent) report('refused');
  return {
    imports,
    local,
    report,
    onOtherTab(f) {
      if (!channel) return () => undefined;
      const c = channel;
      const listener = (e: MessageEvent) => {
        const store = (e.data as { store?: unknown } | null)?.store;
        if (store === 'datasets' || store === 'facilities' || store === 'regions') f(store);
      };
      c.addEventListener('message', listener);
      return () => c.removeEventListener('message', listener);
    },
  };
}
