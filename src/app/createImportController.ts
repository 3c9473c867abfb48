import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { buildImportPreview, type ImportChoice, type ImportPreview } from '../data/buildImportPreview';
import { proposeCombine, type CombineMethod } from '../data/import/combineValues';
import { detectColumns } from '../data/import/detectColumns';
import { proposeKind } from '../data/import/proposeKind';
import { readNumberColumn } from '../data/import/readNumberColumn';
import { isRejected } from '../data/import/importIssue';
import { parseFile, type ParsedFile } from '../data/import/parseFile';
import { describeRules } from '../view/importMessages';
import type { IndicatorKind } from '../data/indicator';
import type { ImportedDataset } from '../data/importedDataset';
import { newImportedId } from '../data/importedId';
import type { ImportStore } from './storage/importStore';
import { isUnitKey } from '../data/join/matchKey';
import { toWgs84, type Crs } from '../facilities/convertCrs';
import type { UnitId } from '../geo/units';
import type { RejectedRow } from '../facilities/facility';
import type { FacilityController } from './createFacilityController';
import { problemOf, type StorageProblem } from './storage/storageProblem';

// What the import panel shows and offers, from the import pipeline: the panel reaches data and
// facilities code through this use case only.
/** Points a parsed file holds (inside China and outside), for the panel's "add as facilities". */
export { pointCount } from '../data/import/parseBytes';
export { groupKey } from '../data/buildImportPreview';
export { COMBINE_METHODS } from '../data/import/combineValues';
export { CRS_LIST, suggestCrs } from '../facilities/convertCrs';

/** A file being reviewed before it is applied. */
export interface ImportSession {
  file: ParsedFile;
  choice: ImportChoice;
  name: string;
  unit: string;
  kind: IndicatorKind;
  overrides: ReadonlyMap<number, UnitId>;
  /** How several rows for one province combine; null: the one proposed for the kind (sum for
   * counts). */
  combine: CombineMethod | null;
  /** For 'one': `${unit}|${year}` → the row the user chose. */
  picks: ReadonlyMap<string, number>;
  /** The user set the kind or unit: choosing another value column no longer re-proposes them. */
  kindSetByUser: boolean;
}

export type ImportPhase =
  | { type: 'idle' }
  | { type: 'parsing'; name: string; fraction: number }
  | { type: 'review'; session: ImportSession }
  | { type: 'rejected'; file: ParsedFile };

export interface ImportController {
  phase: ReadonlySignal<ImportPhase>;
  /** The preview of the session under review (null otherwise): recomputed on every choice. */
  preview: ReadonlySignal<ImportPreview | null>;
  imported: ReadonlySignal<ImportedDataset[]>;
  /** Whether imports outlive the page (storage allowed and open). */
  readonly persistent: boolean;
  /** Why the last Apply, Add facilities or Remove did not happen (storage full…); the review stays open. */
  problem: ReadonlySignal<StorageProblem | null>;
  open(file: File): Promise<void>;
  update(patch: Partial<Omit<ImportSession, 'file'>>): void;
  setOverride(row: number, unit: UnitId | null): void;
  /** Picks the province for every unmatched row with this key. */
  setOverrideForKey(key: string, unit: UnitId | null): void;
  /** For 'one row': which row of the province's rows to use. */
  pick(group: string, row: number): void;
  /** Applies the reviewed table as a new dataset and returns its indicator id. */
  apply(): Promise<string | null>;
  cancel(): void;
  remove(id: string): Promise<void>;
  /** Adds the reviewed file's points (inside and outside China) as a facility set, converted to
   * WGS 84 from the coordinate system the user chose. */
  addFacilities(crs?: Crs): Promise<number>;
}

/**
 * The import workflow: parse off the main thread, review (columns, join report, fixes), apply,
 * persist. A rejected or cancelled file changes nothing the user already had.
 */
export function createImportController(
  store: ImportStore,
  imported: Signal<ImportedDataset[]>,
  facilities: Pick<FacilityController, 'add'>,
): ImportController {
  const phase = signal<ImportPhase>({ type: 'idle' });
  const preview = computed(() => {
    const p = phase.value;
    if (p.type !== 'review') return null;
    const s = p.session;
    return buildImportPreview(s.file, s.choice, { overrides: s.overrides, combine: combineOf(s), picks: s.picks, kind: s.kind });
  });
  let generation = 0;
  const problem = signal<StorageProblem | null>(null);
  /** Runs a write; on failure keeps everything as it was and says why. */
  const attempt = async (write: () => Promise<void>): Promise<boolean> => {
    try {
      await write();
      problem.value = null;
      return true;
    } catch (err) {
      problem.value = problemOf(err);
      return false;
    }
  };

  const withSession = (f: (s: ImportSession) => ImportSession) => {
    const p = phase.peek();
    if (p.type === 'review') phase.value = { type: 'review', session: f(p.session) };
  };

  return {
    phase,
    preview,
    imported,
    get persistent() {
      return store.persistent;
    },
    problem,
    async open(file) {
      const mine = ++generation;
      problem.value = null;
      phase.value = { type: 'parsing', name: file.name, fraction: 0 };
      const parsed = await parseFile(file, (fraction) => {
        if (mine === generation) phase.value = { type: 'parsing', name: file.name, fraction };
      });
      if (mine !== generation) return; // a newer file was dropped meanwhile
      if (isRejected(parsed.issues) || parsed.table.columns.length === 0) {
        phase.value = { type: 'rejected', file: parsed };
        return;
      }
      const guess = parsed.guess ?? detectColumns(parsed.table, isUnitKey);
      const header = splitHeaderUnit(guess.value ?? '');
      phase.value = {
        type: 'review',
        session: {
          file: parsed,
          choice: { key: guess.key, value: guess.value, year: guess.year, source: guess.source ?? null },
          name: header.name || file.name,
          ...proposeFor(parsed, guess.value),
          overrides: new Map(),
          combine: null,
          picks: new Map(),
          kindSetByUser: false,
        },
      };
    },
    update(patch) {
      withSession((s) => {
        const next = { ...s, ...patch, choice: patch.choice ? { ...s.choice, ...patch.choice } : s.choice };
        if (patch.kind !== undefined || patch.unit !== undefined) next.kindSetByUser = true;
        // The kind follows how the new value column reads (percentages are a share), unless the
        // user has set it.
        if (next.choice.value !== s.choice.value && !next.kindSetByUser) Object.assign(next, proposeFor(s.file, next.choice.value));
        return next;
      });
    },
    setOverrideForKey(key, unit) {
      const rows = (preview.peek()?.report?.unmatched ?? []).filter((u) => u.key === key).map((u) => u.row);
      withSession((s) => {
        const overrides = new Map(s.overrides);
        for (const row of rows) {
          if (unit) overrides.set(row, unit);
          else overrides.delete(row);
        }
        return { ...s, overrides };
      });
    },
    pick(group, row) {
      withSession((s) => ({ ...s, picks: new Map(s.picks).set(group, row) }));
    },
    setOverride(row, unit) {
      withSession((s) => {
        const overrides = new Map(s.overrides);
        if (unit) overrides.set(row, unit);
        else overrides.delete(row);
        return { ...s, overrides };
      });
    },
    async apply() {
      const p = phase.peek();
      const pv = preview.peek();
      if (p.type !== 'review' || !pv || pv.values.length === 0) return null;
      const s = p.session;
      const dataset: ImportedDataset = {
        id: newImportedId((id) => imported.peek().some((d) => d.id === id)),
        name: s.name.trim() || s.file.name,
        fileName: s.file.name,
        importedAt: new Date().toISOString(),
        keyColumn: s.choice.key ?? '',
        valueColumn: s.choice.value ?? '',
        yearColumn: s.choice.year,
        unit: s.unit.trim(),
        kind: s.kind,
        parseRule: describeRules(pv.rules, 'en'),
        values: pv.values,
        ...(pv.groups.length > 0
          ? { combine: { method: pv.combine, provinces: pv.groups.length, rows: pv.groups.reduce((n, g) => n + g.rows.length, 0) } }
          : {}),
        ...(pv.subProvince ? { subProvince: { level: pv.subProvince.level, rows: pv.subProvince.rows, column: pv.subProvince.column } } : {}),
        ...(s.choice.source ? { sourceColumn: s.choice.source } : {}),
      };
      if (!(await attempt(() => store.datasets.save(dataset)))) return null;
      batch(() => {
        imported.value = [...imported.peek(), dataset];
        phase.value = { type: 'idle' };
      });
      return dataset.id;
    },
    async addFacilities(crs = 'WGS84') {
      const p = phase.peek();
      if (p.type !== 'review') return 0;
      const { file } = p.session;
      // Built where the file was parsed, from every point, those outside China included: coverage
      // lists them as outside rather than dropping them. A file without points has none.
      const built = file.facilities;
      if (!built) return 0;
      const added = await attempt(() =>
        facilities.add({
          id: `f${Date.now().toString(36).slice(-5)}`,
          name: file.name,
          fileName: file.name,
          importedAt: new Date().toISOString(),
          synthetic: false,
          crs,
          facilities: toWgs84(built.facilities, crs),
          // Rows without usable coordinates never became facilities: kept for the facility list export.
          rejected: rejectedRows(file),
        }),
      );
      if (!added) return 0;
      phase.value = { type: 'idle' };
      return built.facilities.length;
    },
    cancel() {
      generation++;
      problem.value = null;
      phase.value = { type: 'idle' };
    },
    async remove(id) {
      if (!(await attempt(() => store.datasets.remove(id)))) return;
      imported.value = imported.peek().filter((d) => d.id !== id);
    },
  };
}

/**
 * Rows of the file that gave no point, with the reason: a table's list is complete (readPoints);
 * GeoJSON has none, so its unreadable features come from the issues (capped at 50 per code).
 */
export function rejectedRows(file: Pick<ParsedFile, 'rejected' | 'issues'>): RejectedRow[] {
  if (file.rejected) return file.rejected;
  return file.issues.flatMap((i) =>
    i.code === 'bad-coordinates' && i.row !== null ? [{ row: i.row, raw: i.raw ?? '', reason: 'unreadable coordinates' as const }] : [],
  );
}

/** The combination in force: the user's, or the one proposed for the kind. */
export function combineOf(s: Pick<ImportSession, 'combine' | 'kind'>): CombineMethod {
  return s.combine ?? proposeCombine(s.kind);
}

/** Kind and unit as the value column reads. */
function proposeFor(file: ParsedFile, value: string | null): { kind: IndicatorKind; unit: string } {
  if (value === null) return { kind: 'count', unit: '' };
  const col = readNumberColumn(file.table, value);
  return proposeKind(value, col.rules, col.values, splitHeaderUnit(value).unit);
}

/** "儿童之家（个）" → name "儿童之家", unit "个"; "Homes (count)" → "Homes", "count". */
export function splitHeaderUnit(header: string): { name: string; unit: string | null } {
  const m = /^(.*?)\s*[（(]([^（()）]{1,20})[)）]\s*$/.exec(header.trim());
  return m ? { name: (m[1] ?? '').trim(), unit: (m[2] ?? '').trim() } : { name: header.trim(), unit: null };
}
