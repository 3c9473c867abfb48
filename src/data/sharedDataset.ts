import { fromBase64Url, toBase64Url } from '../util/base64url';
import type { ImportedDataset } from './importedDataset';
import { newImportedId } from './importedId';
import { readImportedDataset } from './readImportedDataset';
import { createFieldReport, hasIssues } from '../util/readFields';

/**
 * A small imported table carried by a link (`data=`, repeatable), so that whoever opens a shared
 * view of the user's own data sees it too. Opening such a link adds the table to the opener's
 * "Your data", marked as having come from a link (importedSource says so wherever it is cited).
 *
 * Text: base64url of JSON `[2, id, name, fileName, importedAt, keyColumn, valueColumn, yearColumn,
 * unit, kind, numberRules, [[unit, year, value, row], …]]`; 2 is the format's version and
 * numberRules an array of rule keys ('thousands', 'wan'…) or null. Version 1 (before #18) had the
 * English sentence describing those rules in its place; it is still read, and the sentence read
 * back into keys (migrateImportedDataset), so links shared before still open. Version 3 (#15) is a
 * table joined to a region set: the same twelve fields, the values naming region keys, and a
 * thirteenth, `[setId, setFileName]`. Province tables are still written as version 2, so links to
 * them open in apps from before #15.
 */
export const SHARED_PARAM = 'data';
/** Characters of one encoded table: a link of a few thousand characters still opens everywhere. */
export const MAX_SHARED_CHARS = 4000;
/** Tables one link may carry; more are refused with one notice (a link once carried 400). */
export const MAX_LINK_TABLES = 5;
const MAX_VALUES = 400;

/** The table as link text, or null when it is too large for a link (MAX_SHARED_CHARS). */
export function formatSharedDataset(d: ImportedDataset): string | null {
  const text = toBase64Url(
    JSON.stringify([
      d.regionSet ? 3 : 2,
      d.id,
      d.name,
      d.fileName,
      d.importedAt,
      d.keyColumn,
      d.valueColumn,
      d.yearColumn,
      d.unit,
      d.kind,
      d.numberRules,
      d.values.map((v) => [v.region, v.year, v.value, v.row]),
      ...(d.regionSet ? [[d.regionSet.id, d.regionSet.fileName]] : []),
    ]),
  );
  return text.length <= MAX_SHARED_CHARS && d.values.length <= MAX_VALUES ? text : null;
}

/** Never throws: anything that is not a well-formed table gives null. The fields are checked by
 * the same rules as a bundle's tables (readImportedDataset.ts). */
export function parseSharedDataset(text: string): ImportedDataset | null {
  if (text.length > MAX_SHARED_CHARS) return null;
  try {
    const raw: unknown = JSON.parse(fromBase64Url(text));
    if (!Array.isArray(raw) || raw.length !== (raw[0] === 3 ? 13 : 12) || (raw[0] !== 1 && raw[0] !== 2 && raw[0] !== 3)) return null;
    const [version, id, name, fileName, importedAt, keyColumn, valueColumn, yearColumn, unit, kind, rules, values, set] = raw as unknown[];
    // Version 3: the region set the values belong to, checked with the rest (readImportedDataset).
    const regionSet = version !== 3 ? {} : Array.isArray(set) && set.length === 2 ? { regionSet: { id: set[0], fileName: set[1] } } : { regionSet: null };
    const rows = Array.isArray(values)
      ? values.map((v: unknown) => (Array.isArray(v) && v.length === 4 ? { region: v[0], year: v[1], value: v[2], row: v[3] } : null))
      : values;
    // Format 1's rule sentence goes in as the old field, for the migration to read back.
    const table = { id, name, fileName, importedAt, keyColumn, valueColumn, yearColumn, unit, kind, values: rows, ...(version === 1 ? { parseRule: rules } : { numberRules: rules }), ...regionSet };
    const report = createFieldReport(1);
    const dataset = readImportedDataset(table, '', report, MAX_VALUES);
    return dataset && !hasIssues(report) ? { ...dataset, via: 'link' } : null;
  } catch {
    return null;
  }
}

export interface LinkTables {
  /** The first MAX_LINK_TABLES `data=` that read as tables, with their link text. */
  datasets: Array<{ dataset: ImportedDataset; raw: string }>;
  /** The start of each of those first MAX_LINK_TABLES that could not be read. */
  unreadable: string[];
  /** How many `data=` beyond MAX_LINK_TABLES were not even read. */
  ignored: number;
}

/** The tables a link carries: at most MAX_LINK_TABLES are read, the rest counted. */
export function sharedDatasetsIn(search: string): LinkTables {
  const out: LinkTables = { datasets: [], unreadable: [], ignored: 0 };
  const all = new URLSearchParams(search).getAll(SHARED_PARAM);
  for (const raw of all.slice(0, MAX_LINK_TABLES)) {
    const dataset = parseSharedDataset(raw);
    if (dataset) out.datasets.push({ dataset, raw });
    else out.unreadable.push(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  }
  out.ignored = Math.max(0, all.length - MAX_LINK_TABLES);
  return out;
}

/** Same table: same values and description, wherever it came from. */
const sameTable = (a: ImportedDataset, b: ImportedDataset) => formatSharedDataset({ ...a, id: b.id }) === formatSharedDataset(b) && a.values.length === b.values.length;

/**
 * Which of a link's tables to offer, given the tables held: one already held (same id, same
 * content) is not offered again; one whose id is taken by another table, held or earlier in the
 * link, gets a fresh id, and `renamed` maps the link's id to it so that the link's view follows.
 * Pure.
 */
export function planSharedTables(
  incoming: readonly ImportedDataset[],
  held: readonly ImportedDataset[],
  freshId: (taken: (id: string) => boolean) => string = newImportedId,
  /** Whether an incoming table is the one held under its id. A link carries a table's values
   * without their sources, so for links that is the link text; a bundle compares everything. */
  same: (incoming: ImportedDataset, held: ImportedDataset) => boolean = sameTable,
): { offer: ImportedDataset[]; renamed: Map<string, string> } {
  const byId = new Map(held.map((d) => [d.id, d]));
  const offer: ImportedDataset[] = [];
  const renamed = new Map<string, string>();
  // The link's own ids already given to one of its tables: the link's view means that one.
  const kept = new Set<string>();
  for (const d of incoming) {
    const there = byId.get(d.id);
    if (there && same(d, there)) continue;
    const id = there ? freshId((x) => byId.has(x)) : d.id;
    if (id === d.id) kept.add(id);
    else if (!kept.has(d.id) && !renamed.has(d.id)) renamed.set(d.id, id);
    const table = { ...d, id };
    byId.set(id, table);
    offer.push(table);
  }
  return { offer, renamed };
}

/**
 * The link text of the imported tables a view uses (by indicator id), for the share dialog: null
 * when it uses none, or when one of them is too large for a link.
 */
export function linkTables(imported: readonly ImportedDataset[], usedIds: readonly string[]): { params: string[]; values: number } | null {
  const used = imported.filter((d) => usedIds.includes(d.id));
  if (used.length === 0) return null;
  const params = used.map(formatSharedDataset);
  if (params.some((p) => p === null)) return null;
  return { params: params as string[], values: used.reduce((n, d) => n + d.values.length, 0) };
}
