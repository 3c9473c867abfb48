import { readImportedDataset } from '../../data/readImportedDataset';
import { readFacilitySet } from '../../facilities/readFacilitySet';
import { readRegionSet } from '../../regions/readRegionSet';
import { at, createFieldReport, fail, hasIssues, item, readDate, readList, readText, type FieldIssue, type FieldReport } from '../../util/readFields';
import {
  BUNDLE_FORMAT,
  BUNDLE_MIGRATIONS,
  BUNDLE_VERSION,
  MAX_BUNDLE_BYTES,
  MAX_BUNDLE_FACILITY_SETS,
  MAX_BUNDLE_REGION_SETS,
  MAX_BUNDLE_TABLES,
  MAX_VIEW_CHARS,
  type Bundle,
} from './bundle';

/** Why a file was not read as a bundle; nothing the user has changes in any case. */
export type BundleRefusal =
  /** Larger than the limit, in bytes (UTF-16 code units of the text when only the text is known). */
  | { reason: 'too-big'; size: number; max: number }
  /** Not JSON at all; `detail` is the parser's own message. */
  | { reason: 'not-json'; detail: string }
  /** JSON, but not a Liushou Atlas bundle (no `format`, or another one). */
  | { reason: 'not-bundle'; raw: string }
  /** Written by a newer version of the app than this one reads. */
  | { reason: 'newer'; version: number; max: number }
  /** A bundle with fields that do not read: each named by its path, at most `max` listed, `more` counted. */
  | { reason: 'fields'; issues: FieldIssue[]; more: number };

export type BundleRead = { ok: true; bundle: Bundle } | { ok: false; refusal: BundleRefusal };

export interface ParseBundleOptions {
  maxBytes?: number;
  /** The version this app writes, and the migrations up to it (tests pass their own). */
  version?: number;
  migrations?: ReadonlyArray<(doc: Record<string, unknown>) => Record<string, unknown>>;
  /** Issues listed before the rest are only counted. */
  maxIssues?: number;
}

const refuse = (refusal: BundleRefusal): BundleRead => ({ ok: false, refusal });

/**
 * Reads a bundle file's text, validated on arrival like a link: never throws; a file that is too
 * large, not JSON, not a bundle, from a newer app, or with any field that does not read is refused
 * with the reason, each bad field named by its path (`tables[2].values[14].value`). Older versions
 * run the ordered migrations first. Names and other text are kept exactly, as text. Pure.
 */
export function parseBundle(text: string, options: ParseBundleOptions = {}): BundleRead {
  const { maxBytes = MAX_BUNDLE_BYTES, version: current = BUNDLE_VERSION, migrations = BUNDLE_MIGRATIONS, maxIssues = 20 } = options;
  if (text.length > maxBytes) return refuse({ reason: 'too-big', size: text.length, max: maxBytes });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return refuse({ reason: 'not-json', detail: err instanceof Error ? err.message.slice(0, 200) : String(err) });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BUNDLE_FORMAT) {
    const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : json;
    return refuse({ reason: 'not-bundle', raw: format === undefined ? '' : String(JSON.stringify(format)).slice(0, 60) });
  }
  let doc = json as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const r = createFieldReport(maxIssues);
    fail(r, 'version', version === undefined ? 'missing' : 'range', `1–${current}`, version);
    return refuse({ reason: 'fields', issues: r.issues, more: r.more });
  }
  if (version > current) return refuse({ reason: 'newer', version, max: current });
  for (let v = version; v < current; v++) {
    const step = migrations[v - 1];
    if (step) doc = step(doc);
  }
  const r = createFieldReport(maxIssues);
  const bundle = readBody(doc, r);
  if (!bundle || hasIssues(r)) return refuse({ reason: 'fields', issues: r.issues, more: r.more });
  return { ok: true, bundle };
}

function readBody(doc: Record<string, unknown>, r: FieldReport): Bundle | undefined {
  const createdAt = readDate(doc.createdAt, 'createdAt', r);
  const view = readText(doc.view ?? '', 'view', r, MAX_VIEW_CHARS);
  const regionSets = readAll(doc.regionSets, 'regionSets', r, MAX_BUNDLE_REGION_SETS, readRegionSet);
  const tables = readAll(doc.tables, 'tables', r, MAX_BUNDLE_TABLES, readImportedDataset);
  const facilitySets = readAll(doc.facilitySets, 'facilitySets', r, MAX_BUNDLE_FACILITY_SETS, readFacilitySet);
  if (createdAt === undefined || view === undefined || !regionSets || !tables || !facilitySets) return undefined;
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, createdAt, view: view.replace(/^\?/, ''), regionSets, tables, facilitySets };
}

/** A list of records, absent = none; ids unique within the list (a second one would shadow the first). */
function readAll<T extends { id: string }>(v: unknown, field: string, r: FieldReport, max: number, read: (v: unknown, path: string, r: FieldReport) => T | undefined): T[] | undefined {
  if (v === undefined) return [];
  const list = readList(v, field, r, max);
  if (!list) return undefined;
  const out: T[] = [];
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    const x = read(raw, item(field, i), r);
    if (!x) return;
    if (ids.has(x.id)) return fail(r, at(item(field, i), 'id'), 'duplicate', undefined, x.id);
    ids.add(x.id);
    out.push(x);
  });
  return out.length === list.length ? out : undefined;
}
