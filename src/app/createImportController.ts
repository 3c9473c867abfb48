import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { buildImportPreview, type ImportChoice, type ImportPreview } from '../data/buildImportPreview';
import { detectColumns } from '../data/import/detectColumns';
import { isRejected } from '../data/import/importIssue';
import { parseFile, type ParsedFile } from '../data/import/parseFile';
import { describeRules } from '../view/importMessages';
import type { IndicatorKind } from '../data/indicator';
import type { ImportedDataset } from '../data/importedDataset';
import type { ImportStore } from '../data/importStore';
import { isUnitKey } from '../data/join/matchKey';
import type { UnitId } from '../geo/units';
import type { FacilityController } from './createFacilityController';

/** Points a parsed file holds (inside China and outside), for the panel's "add as facilities". */
export { pointCount } from '../data/import/parseBytes';

/** A file being reviewed before it is applied. */
export interface ImportSession {
  file: ParsedFile;
  choice: ImportChoice;
  name: string;
  unit: string;
  kind: IndicatorKind;
  overrides: ReadonlyMap<number, UnitId>;
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
  persistent: boolean;
  open(file: File): Promise<void>;
  update(patch: Partial<Omit<ImportSession, 'file'>>): void;
  setOverride(row: number, unit: UnitId | null): void;
  /** Applies the reviewed table as a new dataset and returns its indicator id. */
  apply(): Promise<string | null>;
  cancel(): void;
  remove(id: string): Promise<void>;
  /** Adds the reviewed file's points (inside and outside China) as a facility set. */
  addFacilities(): Promise<number>;
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
    return p.type === 'review' ? buildImportPreview(p.session.file, p.session.choice, p.session.overrides) : null;
  });
  let generation = 0;

  const withSession = (f: (s: ImportSession) => ImportSession) => {
    const p = phase.peek();
    if (p.type === 'review') phase.value = { type: 'review', session: f(p.session) };
  };

  return {
    phase,
    preview,
    imported,
    persistent: store.persistent,
    async open(file) {
      const mine = ++generation;
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
      const anyPercent = guess.value !== null && /%|percent|比例|占比|率/i.test(guess.value);
      const header = splitHeaderUnit(guess.value ?? '');
      phase.value = {
        type: 'review',
        session: {
          file: parsed,
          choice: { key: guess.key, value: guess.value, year: guess.year },
          name: header.name || file.name,
          unit: header.unit ?? (anyPercent ? '%' : ''),
          kind: anyPercent ? 'share' : 'count',
          overrides: new Map(),
        },
      };
    },
    update(patch) {
      withSession((s) => ({ ...s, ...patch, choice: patch.choice ? { ...s.choice, ...patch.choice } : s.choice }));
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
        id: `u${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`,
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
      };
      await store.datasets.save(dataset);
      batch(() => {
        imported.value = [...imported.peek(), dataset];
        phase.value = { type: 'idle' };
      });
      return dataset.id;
    },
    async addFacilities() {
      const p = phase.peek();
      if (p.type !== 'review') return 0;
      const { file } = p.session;
      // Built where the file was parsed, from every point, those outside China included: coverage
      // lists them as outside rather than dropping them. A file without points has none.
      const built = file.facilities;
      if (!built) return 0;
      await facilities.add({
        id: `f${Date.now().toString(36).slice(-5)}`,
        name: file.name,
        fileName: file.name,
        importedAt: new Date().toISOString(),
        synthetic: false,
        facilities: built.facilities,
      });
      phase.value = { type: 'idle' };
      return built.facilities.length;
    },
    cancel() {
      generation++;
      phase.value = { type: 'idle' };
    },
    async remove(id) {
      await store.datasets.remove(id);
      imported.value = imported.peek().filter((d) => d.id !== id);
    },
  };
}

/** "儿童之家（个）" → name "儿童之家", unit "个"; "Homes (count)" → "Homes", "count". */
export function splitHeaderUnit(header: string): { name: string; unit: string | null } {
  const m = /^(.*?)\s*[（(]([^（()）]{1,20})[)）]\s*$/.exec(header.trim());
  return m ? { name: (m[1] ?? '').trim(), unit: (m[2] ?? '').trim() } : { name: header.trim(), unit: null };
}
