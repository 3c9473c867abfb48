import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { RegionParseOptions } from '../regions/parseRegions';
import type { RegionSet } from '../regions/regionSet';
import { fileRejected, isRejected, MAX_REGION_FILE_BYTES, type RegionReport } from '../regions/regionReport';
import type { AppState } from '../state/appState';
import type { RecordStore } from './storage/importStore';
import { problemOf, type StorageProblem } from './storage/storageProblem';

export type { RegionReport } from '../regions/regionReport';
export type { RegionIssue } from '../regions/regionIssue';
export { isRejected, MAX_REGION_FILE_BYTES } from '../regions/regionReport';

/** A file the user chose or dropped: a File, or anything with its bytes and a name (tests). */
export type RegionFile = Blob & { name: string };

/**
 * Where the region import stands. `review` shows the report with Apply and Cancel; `rejected`
 * shows why the file cannot be used; neither has changed anything yet.
 */
export type RegionPhase =
  | { type: 'idle' }
  | { type: 'reading'; fileName: string }
  | { type: 'review'; report: RegionReport; options: RegionParseOptions }
  | { type: 'rejected'; report: RegionReport };

export interface RegionHost {
  state: ReadonlySignal<AppState>;
  /** Shows a kept set by id, with its file name for the link, or the provinces (null, null); clears the selected region. */
  show(id: string | null, fileName: string | null): void;
  store: RecordStore<RegionSet>;
  /** Reads a file into a report (off the main thread in the app; in-thread or faked in tests). */
  read(file: RegionFile, options: RegionParseOptions): Promise<RegionReport>;
  /** The import time written into a set, ISO 8601 UTC. */
  now?: () => string;
  /** Whether kept sets outlive the visit (storage allowed and open). */
  persistent?: () => boolean;
}

export interface RegionController {
  /** The largest boundary file read, in bytes (MAX_REGION_FILE_BYTES), for the import to state. */
  readonly maxFileBytes: number;
  /** Kept sets, oldest first. */
  sets: ReadonlySignal<readonly RegionSet[]>;
  /** The set `state.regionSet` names; null while provinces are shown or the set is not in this browser. */
  active: ReadonlySignal<RegionSet | null>;
  /** The id `state.regionSet` names when this browser does not hold it (a link from another browser). */
  missing: ReadonlySignal<string | null>;
  /** True once the kept sets have been read from storage: before then no set is "missing". */
  loaded: ReadonlySignal<boolean>;
  /** Resolves once the kept sets are loaded. */
  ready: Promise<void>;
  phase: ReadonlySignal<RegionPhase>;
  /** Why the last Apply or Remove did not happen (storage full…); the review stays open. */
  problem: ReadonlySignal<StorageProblem | null>;
  /** Reads a file and shows its report; nothing is applied. A newer call supersedes an older one. */
  open(file: RegionFile): Promise<void>;
  /** Reads the file under review again with another id or name column. */
  reread(options: RegionParseOptions): Promise<void>;
  /** Keeps the reviewed set (stored) and shows it; returns it, or null when nothing was applied. */
  apply(): Promise<RegionSet | null>;
  /** Leaves the review; nothing changes. */
  cancel(): void;
  /** Deletes a kept set; shows the provinces if it was shown. */
  remove(id: string): Promise<void>;
  /** Keeps a set that arrived some other way (a bundle) and returns it as stored. */
  keep(set: RegionSet): Promise<RegionSet>;
  /** Lists what storage holds again (another tab kept or deleted a set). */
  refresh(): Promise<void>;
  /** Shows a kept set, or the provinces (null). */
  choose(id: string | null): void;
  /** Whether kept sets outlive the visit (storage allowed and open). */
  readonly persistent: boolean;
}

/**
 * The planner's own region sets: reading a file into a report, applying it (kept between visits
 * through the guarded storage, in memory only where storage is refused), choosing which is shown,
 * and deleting. A rejected or cancelled file changes nothing the user had.
 */
export function createRegionController(host: RegionHost): RegionController {
  const sets = signal<readonly RegionSet[]>([]);
  const loaded = signal(false);
  const phase = signal<RegionPhase>({ type: 'idle' });
  const problem = signal<StorageProblem | null>(null);
  const wanted = computed(() => host.state.value.regionSet);
  const active = computed(() => {
    const id = wanted.value;
    return id === null ? null : (sets.value.find((s) => s.id === id) ?? null);
  });
  const missing = computed(() => {
    const id = wanted.value;
    return id !== null && loaded.value && active.value === null ? id : null;
  });
  const load = () =>
    host.store.load().then(
      (list) => {
        // A set kept in this visit (an import that finished first, or one storage refused) stays.
        const stored = new Set(list.map((s) => s.id));
        batch(() => {
          sets.value = [...list, ...sets.peek().filter((s) => !stored.has(s.id))];
          loaded.value = true;
        });
      },
      () => {
        loaded.value = true;
      },
    );
  const ready = load();
  let file: RegionFile | null = null;
  let generation = 0;

  const read = async (f: RegionFile, options: RegionParseOptions) => {
    const mine = ++generation;
    file = f;
    problem.value = null;
    phase.value = { type: 'reading', fileName: f.name };
    let report: RegionReport;
    try {
      report = await host.read(f, options);
    } catch (err) {
      // A bug in the reader, not a bad file: said as a file the browser could not read.
      report = fileRejected(f.name, f.size, { code: 'unreadable', detail: err instanceof Error ? err.message : String(err) });
    }
    if (mine !== generation) return;
    phase.value = isRejected(report) ? { type: 'rejected', report } : { type: 'review', report, options };
  };

  const keep = async (set: RegionSet): Promise<RegionSet> => {
    await host.store.save(set);
    // The same boundaries again (same id) replace the kept copy, in place.
    const list = sets.peek();
    sets.value = list.some((s) => s.id === set.id) ? list.map((s) => (s.id === set.id ? set : s)) : [...list, set];
    return set;
  };

  return {
    maxFileBytes: MAX_REGION_FILE_BYTES,
    sets,
    active,
    missing,
    loaded,
    ready,
    phase,
    problem,
    open: (f) => read(f, {}),
    reread: async (options) => {
      if (file === null || phase.peek().type !== 'review') return;
      await read(file, options);
    },
    apply: async () => {
      const p = phase.peek();
      if (p.type !== 'review' || p.report.id === null) return null;
      const { report } = p;
      const set: RegionSet = {
        id: report.id as string,
        fileName: report.fileName,
        importedAt: host.now?.() ?? new Date().toISOString(),
        codeField: report.codeField,
        codeKind: report.codeKind,
        nameField: report.nameField,
        regions: report.regions,
        vertices: report.vertices,
        verticesBefore: report.verticesBefore,
      };
      try {
        await keep(set);
      } catch (err) {
        // Nothing was kept: the review stays open with the reason beside Apply.
        problem.value = problemOf(err);
        return null;
      }
      batch(() => {
        phase.value = { type: 'idle' };
        problem.value = null;
      });
      file = null;
      host.show(set.id, set.fileName);
      return set;
    },
    cancel: () => {
      generation++;
      file = null;
      batch(() => {
        phase.value = { type: 'idle' };
        problem.value = null;
      });
    },
    remove: async (id) => {
      try {
        await host.store.remove(id);
      } catch (err) {
        problem.value = problemOf(err);
        return;
      }
      sets.value = sets.peek().filter((s) => s.id !== id);
      if (host.state.peek().regionSet === id) host.show(null, null);
    },
    keep,
    refresh: load,
    choose: (id) => host.show(id, id === null ? null : (sets.peek().find((s) => s.id === id)?.fileName ?? host.state.peek().regionFile)),
    get persistent() {
      return host.persistent?.() ?? true;
    },
  };
}

