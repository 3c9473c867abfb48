import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { buildImportPreview, type ImportChoice, type ImportPreview } from '../data/buildImportPreview';
import { proposeCombine, type CombineMethod } from '../data/import/combineValues';
import { detectColumns } from '../data/import/detectColumns';
import { proposeKind } from '../data/import/proposeKind';
import { readNumberColumn } from '../data/import/readNumberColumn';
import { isRejected } from '../data/import/importIssue';
import { parseFile, type ParsedFile } from '../data/import/parseFile';
import type { IndicatorKind } from '../data/indicator';
import type { ImportedDataset } from '../data/importedDataset';
import { newImportedId } from '../data/importedId';
import type { ImportStore } from './storage/importStore';
import { isUnitKey } from '../data/join/matchKey';
import { suggestCrs, toWgs84, type Crs } from '../facilities/convertCrs';
import { pointCount } from '../data/import/parseBytes';
import type { UnitId } from '../geo/units';
import type { RejectedRow } from '../facilities/facility';
import type { FacilityController } from './createFacilityController';
import { problemOf, type StorageProblem } from './storage/storageProblem';
import { buildRegionImportPreview, detectProvinceColumn, type RegionImportPreview } from '../regions/buildRegionImportPreview';
import { regionKeyTest } from '../regions/joinRegionRows';
import type { RegionSet } from '../regions/regionSet';


/** What a table is joined to: the 34 provincial units, or the regions of the set shown (#15). */
export type ImportTarget = 'provinces' | 'regions';

/** A file being reviewed before it is applied. */
export interface ImportSession {
  file: ParsedFile;
  choice: ImportChoice;
  /** 'regions' only while a region set is shown; proposed when its names match more rows than the provinces'. */
  target: ImportTarget;
  /** The key column proposed for each target: found by province names, and by the shown set's codes and names. */
  proposedKeys: Record<ImportTarget, string | null>;
  /** Rows each target matched with its proposed key column when the file was opened (the choice's hint); null without a set. */
  targetRows: Record<ImportTarget, number> | null;
  /** For regions: the column naming each row's province (tells namesakes such as 朝阳区 apart). */
  provinceColumn: string | null;
  /** For regions: row number → the region key the user picked. */
  regionOverrides: ReadonlyMap<number, string>;
  /** For regions: how several rows for one region and year combine; the first row by default (a repeated county is more often a repeated row than its parts). */
  regionCombine: CombineMethod;
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

/** What the review offers for a file of points: how many, and the coordinate system its headers
 * or source column suggest (only a hint: WGS 84 stays the default). */
export interface PointsReview {
  /** Points the file holds, inside China and outside. */
  points: number;
  hint: { crs: Crs; because: string } | null;
}

export interface ImportController {
  phase: ReadonlySignal<ImportPhase>;
  /** The preview of the session under review (null otherwise): recomputed on every choice. */
  preview: ReadonlySignal<ImportPreview | null>;
  /** The preview of a table joined to the shown region set (target 'regions'; null otherwise). */
  regionPreview: ReadonlySignal<RegionImportPreview | null>;
  /** The region set a table would be joined to: the one shown, or null. */
  regionSet: ReadonlySignal<RegionSet | null>;
  /** Null unless the file under review holds points. */
  pointsReview: ReadonlySignal<PointsReview | null>;
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
  /** For regions: picks the region for every unmatched row with this key (and this province cell). */
  setRegionOverrideForKey(key: string, province: string | null, region: string | null): void;
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
  /** The region set shown (null: provinces): a table may be joined to its regions instead. */
  regionSet: ReadonlySignal<RegionSet | null> = signal(null),
): ImportController {
  const phase = signal<ImportPhase>({ type: 'idle' });
  const toRegions = (s: ImportSession) => s.target === 'regions' && regionSet.value !== null;
  const preview = computed(() => {
    const p = phase.value;
    if (p.type !== 'review' || toRegions(p.session)) return null;
    const s = p.session;
    return buildImportPreview(s.file, s.choice, { overrides: s.overrides, combine: combineOf(s), picks: s.picks, kind: s.kind });
  });
  const regionPreview = computed(() => {
    const p = phase.value;
    const set = regionSet.value;
    if (p.type !== 'review' || !set || !toRegions(p.session)) return null;
    const s = p.session;
    return buildRegionImportPreview(s.file, { ...s.choice, province: s.provinceColumn }, set, { overrides: s.regionOverrides, kind: s.kind, combine: s.regionCombine });
  });
  const pointsReview = computed(() => {
    const p = phase.value;
    return p.type === 'review' ? reviewPoints(p.session) : null;
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
    regionPreview,
    regionSet,
    pointsReview,
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
      const choice = { key: guess.key, value: guess.value, year: guess.year, source: guess.source ?? null };
      const regions = proposeRegions(parsed, choice, regionSet.peek());
      phase.value = {
        type: 'review',
        session: {
          file: parsed,
          choice: regions.target === 'regions' ? { ...choice, key: regions.proposedKeys.regions } : choice,
          ...regions,
          regionOverrides: new Map(),
          regionCombine: 'one',
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
        // Another target: the key column found for it.
        if (patch.target !== undefined && patch.target !== s.target && !patch.choice) next.choice = { ...next.choice, key: s.proposedKeys[patch.target] ?? s.choice.key };
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
    setRegionOverrideForKey(key, province, region) {
      // The name's unmatched rows, and those already picked (a pick can be changed or undone).
      const report = regionPreview.peek()?.report;
      const rows = [...(report?.unmatched ?? []), ...(report?.matched ?? []).filter((m) => m.via === 'manual')]
        .filter((u) => u.key === key && (u.province ?? null) === province)
        .map((u) => u.row);
      withSession((s) => {
        const regionOverrides = new Map(s.regionOverrides);
        for (const row of rows) {
          if (region) regionOverrides.set(row, region);
          else regionOverrides.delete(row);
        }
        return { ...s, regionOverrides };
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
      const rpv = regionPreview.peek();
      const set = regionSet.peek();
      if (p.type !== 'review') return null;
      const s = p.session;
      const fields = {
        id: newImportedId((id) => imported.peek().some((d) => d.id === id)),
        name: s.name.trim() || s.file.name,
        fileName: s.file.name,
        importedAt: new Date().toISOString(),
        keyColumn: s.choice.key ?? '',
        valueColumn: s.choice.value ?? '',
        yearColumn: s.choice.year,
        unit: s.unit.trim(),
        kind: s.kind,
        ...(s.choice.source ? { sourceColumn: s.choice.source } : {}),
      };
      let dataset: ImportedDataset;
      if (rpv && set) {
        if (rpv.values.length === 0) return null;
        const dup = rpv.report?.duplicates ?? [];
        dataset = {
          ...fields,
          numberRules: [...rpv.rules],
          values: rpv.values,
          regionSet: { id: set.id, fileName: set.fileName },
          // `provinces` counts the regions with several rows here (the stored format's one name for the group count).
          ...(dup.length > 0 ? { combine: { method: rpv.combine, provinces: dup.length, rows: dup.reduce((n, g) => n + g.rows.length, 0) } } : {}),
        };
      } else {
        if (!pv || pv.values.length === 0) return null;
        dataset = {
          ...fields,
          numberRules: [...pv.rules],
          values: pv.values,
          ...(pv.groups.length > 0
            ? { combine: { method: pv.combine, provinces: pv.groups.length, rows: pv.groups.reduce((n, g) => n + g.rows.length, 0) } }
            : {}),
          ...(pv.subProvince ? { subProvince: { level: pv.subProvince.level, rows: pv.subProvince.rows, column: pv.subProvince.column } } : {}),
        };
      }
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
 * The region side of a new session: with a set shown, the key column its codes and names find,
 * a province column, and the target: regions when their names match at least half the rows or as
 * many as the provinces' (a county table with a province column matches every row to provinces
 * too, summed; the set is what the planner is looking at). Without a set: provinces.
 */
function proposeRegions(
  file: ParsedFile,
  choice: ImportChoice,
  set: RegionSet | null,
): Pick<ImportSession, 'target' | 'proposedKeys' | 'targetRows' | 'provinceColumn'> {
  if (!set) return { target: 'provinces', proposedKeys: { provinces: choice.key, regions: null }, targetRows: null, provinceColumn: null };
  const key = detectColumns(file.table, regionKeyTest(set.regions)).key;
  const provinceColumn = detectProvinceColumn(file.table, key);
  const regionRows = key === null ? 0 : (buildRegionImportPreview(file, { ...choice, key, province: provinceColumn }, set).report?.matched.length ?? 0);
  const provinceRows = choice.key === null ? 0 : (buildImportPreview(file, choice).report?.matched.length ?? 0);
  return {
    target: regionRows > 0 && (regionRows >= provinceRows || regionRows >= file.table.rows.length / 2) ? 'regions' : 'provinces',
    proposedKeys: { provinces: choice.key, regions: key },
    targetRows: { provinces: provinceRows, regions: regionRows },
    provinceColumn,
  };
}

/** Points in the session's file and the coordinate system its headers or first 50 source texts suggest. */
export function reviewPoints(s: Pick<ImportSession, 'file' | 'choice'>): PointsReview | null {
  const points = pointCount(s.file);
  if (points === 0) return null;
  const c = s.choice.source ? s.file.table.columns.indexOf(s.choice.source) : -1;
  const sources = c < 0 ? [] : [...new Set(s.file.table.rows.slice(0, 50).map((r) => r[c] ?? ''))].filter((x) => x !== '');
  return { points, hint: suggestCrs(s.file.table.columns, sources) };
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
