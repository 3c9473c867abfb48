import { toBase64Url } from '../util/base64url';
import type { ImportedDataset } from './importedDataset';

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
 *
 * This module writes the text (Share, in the first view); readSharedDatasets reads it, and loads
 * only when a link carries tables.
 */
export const SHARED_PARAM = 'data';
/** Characters of one encoded table: a link of a few thousand characters still opens everywhere. */
export const MAX_SHARED_CHARS = 4000;
/** Tables one link may carry; more are refused with one notice (a link once carried 400). */
export const MAX_LINK_TABLES = 5;
/** Values one linked table may hold. */
export const MAX_LINK_VALUES = 400;

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
  return text.length <= MAX_SHARED_CHARS && d.values.length <= MAX_LINK_VALUES ? text : null;
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
