import { batch, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ImportedDataset } from '../../data/importedDataset';
import { newImportedId } from '../../data/importedId';
import { planSharedTables } from '../../data/readSharedDatasets';
import type { FacilitySet } from '../../facilities/facility';
import type { RegionSet } from '../../regions/regionSet';
import type { AppState } from '../../state/appState';
import { formatUrlState, type UrlIssue } from '../../state/urlState';
import { renameInQuery } from '../createSharedTables';
import { problemOf, type StorageProblem } from '../storage/storageProblem';
import { bundleFileName, MAX_BUNDLE_BYTES, type Bundle } from './bundle';
import { formatBundle, looksLikeBundle } from './formatBundle';
import type { BundleRead, BundleRefusal } from './parseBundle';

/** A file chosen or dropped: a File, or anything with its bytes and a name (tests). */
export type BundleFile = Blob & { name: string };

/** What the region import offers a bundle (createRegionController): the set shown, and keeping one that arrived. */
export interface BundleRegions {
  active: ReadonlySignal<RegionSet | null>;
  keep(set: RegionSet): Promise<RegionSet>;
}

export interface BundleHost {
  state: ReadonlySignal<AppState>;
  /** The user's imported tables; Apply adds the bundle's. */
  tables: Signal<ImportedDataset[]>;
  /** Keeps a table between visits (IndexedDB); rejects when storage fails. */
  saveTable(d: ImportedDataset): Promise<void>;
  /** The user's imported facility sets (the synthetic demonstration is not among them). */
  facilitySets: ReadonlySignal<readonly FacilitySet[]>;
  /** Stores and lists a facility set (createFacilityController's `add`). */
  addFacilities(set: FacilitySet): Promise<void>;
  regions: BundleRegions;
  /**
   * Reads a view's query against the indicators held at that moment (readLink); `tableIds`: tables
   * about to arrive, valid in the view though not held yet (for the review).
   */
  readView(query: string, tableIds?: ReadonlySet<string>): { state: AppState; issues: UrlIssue[] };
  /** Opens a state as the view (store.replace). */
  show(state: AppState): void;
  onIssue(issue: UrlIssue): void;
  /** Something Apply could not store: it is used for this visit, and the reason is given. */
  onStorageProblem(problem: StorageProblem): void;
  download(fileName: string, text: string): void;
  /** Reads a file into a bundle (off the main thread in the app: readBundleFile); in-thread by default. */
  read?: (file: BundleFile) => Promise<BundleRead>;
  now?: () => string;
}

export type BundlePhase =
  | { type: 'idle' }
  | { type: 'reading'; fileName: string }
  /** `held`: per part of the bundle, in its order, whether this browser already holds exactly it (Apply skips it). */
  | {
      type: 'review';
      fileName: string;
      bundle: Bundle;
      held: { tables: boolean[]; facilitySets: boolean[]; regionSets: boolean[] };
      /** The view the bundle opens, as read now (its tables counted as arriving). */
      view: AppState;
    }
  | { type: 'refused'; fileName: string; refusal: BundleRefusal }
  | { type: 'applying'; fileName: string };

export interface BundleController {
  phase: ReadonlySignal<BundlePhase>;
  /** Saves the current view and everything it needs as `liushou-atlas-<date>.json`. */
  download(): void;
  /** The bundle's text for the current view (download writes it). */
  build(): string;
  /** Reads a file and shows what it holds; nothing changes until apply(). A newer call supersedes an older one. */
  open(file: BundleFile): Promise<void>;
  /** Stores the bundle's tables, facility sets and region sets, then opens its view exactly. */
  apply(): Promise<boolean>;
  /** Leaves the review or the refusal; nothing changes. */
  cancel(): void;
}

/** Whether a file is a bundle, from its first bytes (a dropped file goes to the bundle review, not the table import). */
export async function isBundleFile(file: BundleFile): Promise<boolean> {
  try {
    return looksLikeBundle(await file.slice(0, 256).text());
  } catch {
    return false;
  }
}

const readInThread = async (file: BundleFile): Promise<BundleRead> => {
  const text = await file.text();
  return (await import('./parseBundle')).parseBundle(text);
};

const withoutId = ({ id: _id, ...rest }: { id: string }) => JSON.stringify(rest);
/** Same content under another id: a bundle compares every field, sources per value included. */
const sameContent = (a: { id: string }, b: { id: string }) => withoutId(a) === withoutId(b);

/**
 * Take it with you (#15): a link cannot carry boundaries, facilities or large tables, so a bundle
 * file carries the view and all of them. Opening one shows a review; Apply stores everything and
 * opens the view exactly; Cancel, a refused file or a failed read change nothing.
 */
export function createBundleController(host: BundleHost): BundleController {
  const phase = signal<BundlePhase>({ type: 'idle' });
  let generation = 0;
  const now = host.now ?? (() => new Date().toISOString());

  const build = () =>
    formatBundle({
      createdAt: now(),
      view: formatUrlState(host.state.peek()),
      regionSets: host.regions.active.peek() ? [host.regions.active.peek() as RegionSet] : [],
      tables: host.tables.peek(),
      facilitySets: host.facilitySets.peek().filter((s) => !s.synthetic),
    });

  return {
    phase,
    build,
    download() {
      const text = build();
      host.download(bundleFileName(now()), text);
    },
    async open(file) {
      const mine = ++generation;
      phase.value = { type: 'reading', fileName: file.name };
      // Refused before reading: a file over the limit is never loaded into memory.
      if (file.size > MAX_BUNDLE_BYTES) {
        phase.value = { type: 'refused', fileName: file.name, refusal: { reason: 'too-big', size: file.size, max: MAX_BUNDLE_BYTES } };
        return;
      }
      let read: BundleRead;
      try {
        read = await (host.read ?? readInThread)(file);
      } catch (err) {
        if (mine === generation) phase.value = { type: 'refused', fileName: file.name, refusal: { reason: 'not-json', detail: err instanceof Error ? err.message : String(err) } };
        return;
      }
      if (mine !== generation) return;
      if (!read.ok) {
        phase.value = { type: 'refused', fileName: file.name, refusal: read.refusal };
        return;
      }
      const b = read.bundle;
      const tables = host.tables.peek();
      const sets = host.facilitySets.peek();
      const region = host.regions.active.peek();
      phase.value = {
        type: 'review',
        fileName: file.name,
        bundle: b,
        view: host.readView(b.view, new Set(b.tables.map((t) => t.id))).state,
        held: {
          tables: b.tables.map((t) => tables.some((d) => d.id === t.id && sameContent(d, t))),
          facilitySets: b.facilitySets.map((f) => sets.some((s) => s.id === f.id && sameContent(s, f))),
          // A region set's id is a hash of its boundaries: the same id is the same set.
          regionSets: b.regionSets.map((s) => region?.id === s.id),
        },
      };
    },
    async apply() {
      const p = phase.peek();
      if (p.type !== 'review') return false;
      const { bundle, fileName } = p;
      phase.value = { type: 'applying', fileName };
      // Tables first: the view may name them. One whose id a different table holds gets a fresh
      // id, and the view follows it (as a link's tables do).
      const plan = planSharedTables(bundle.tables, host.tables.peek(), newImportedId, sameContent);
      for (const d of plan.offer) await keep(() => host.saveTable(d));
      const heldSets = host.facilitySets.peek();
      for (const set of bundle.facilitySets) {
        const there = heldSets.find((s) => s.id === set.id);
        if (there && sameContent(there, set)) continue;
        // Facility set ids appear in no link: a clash is solved by a fresh one.
        const id = there ? `${set.id}-${Date.now().toString(36).slice(-4)}` : set.id;
        await keep(() => host.addFacilities({ ...set, id }));
      }
      for (const set of bundle.regionSets) await keep(() => host.regions.keep(set));
      batch(() => {
        if (plan.offer.length > 0) host.tables.value = [...host.tables.peek(), ...plan.offer];
        const { state, issues } = host.readView(renameInQuery(bundle.view === '' ? '' : `?${bundle.view}`, plan.renamed));
        host.show(state);
        for (const i of issues) host.onIssue(i);
        phase.value = { type: 'idle' };
      });
      return true;
    },
    cancel() {
      generation++;
      phase.value = { type: 'idle' };
    },
  };

  /** Runs one write; a failure is reported and the rest goes on (the part is used for this visit where it can be). */
  async function keep(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (err) {
      host.onStorageProblem(problemOf(err));
    }
  }
}
