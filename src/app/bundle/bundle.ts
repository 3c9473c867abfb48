import type { ImportedDataset } from '../../data/importedDataset';
import type { FacilitySet } from '../../facilities/facility';
import type { RegionSet } from '../../regions/regionSet';

/**
 * A bundle: one JSON file that carries a view and everything it needs that a link cannot carry, so
 * that opening it in another browser (empty storage included) reproduces the view exactly.
 *
 * ```json
 * { "format": "liushou-atlas-bundle", "version": 1, "createdAt": "2026-12-02T13:00:00.000Z",
 *   "view": "v=1&i=u-k3f9a2&sel=SC&c=104.07,30.67,6", "regionSets": [RegionSet…],
 *   "tables": [ImportedDataset…], "facilitySets": [FacilitySet…] }
 * ```
 * `format` is written first, so a file can be recognised from its first bytes (looksLikeBundle).
 * `view` is the link's query (urlState.ts), read on arrival exactly as a link is; the rest is read
 * field by field (parseBundle.ts). A file from a newer app (a higher `version`) is refused with a
 * message saying so; older versions are brought up to date by BUNDLE_MIGRATIONS.
 */
export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** The view as a link's query, without `?` ('' is the default view). */
  view: string;
  /** The region set the view shows (none while provinces are shown). */
  regionSets: RegionSet[];
  /** Imported tables, with their file names, columns, dates and per-value sources. */
  tables: ImportedDataset[];
  /** Imported facility sets (never the synthetic demonstration, which `demo=1` regenerates). */
  facilitySets: FacilitySet[];
}

export const BUNDLE_FORMAT = 'liushou-atlas-bundle';
/** The bundle format written today. */
export const BUNDLE_VERSION = 1;
/** Bytes of a bundle file: as for any file the app reads (50 MB), and JSON.parse of it stays under a second here. */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;
/** Characters of the view: a link's query is refused by servers above 16 KB anyway. */
export const MAX_VIEW_CHARS = 16_000;
export const MAX_BUNDLE_TABLES = 100;
export const MAX_BUNDLE_FACILITY_SETS = 20;
export const MAX_BUNDLE_REGION_SETS = 20;

/**
 * Ordered, pure migrations, like the link's: BUNDLE_MIGRATIONS[n] turns a version n+1 document into
 * version n+2, so a file of any older version runs every step up to BUNDLE_VERSION. Empty while
 * version 1 is the only one; a change to the format adds a step here and raises BUNDLE_VERSION.
 */
export const BUNDLE_MIGRATIONS: ReadonlyArray<(doc: Record<string, unknown>) => Record<string, unknown>> = [];

/** The file name a bundle is saved under: `liushou-atlas-2026-12-02.json` (the date in UTC). */
export function bundleFileName(createdAt: string): string {
  return `liushou-atlas-${createdAt.slice(0, 10)}.json`;
}
