import { decodeText } from '../data/import/decodeText';
import { hashRegionSet } from './hashRegionSet';
import { labelPoint } from './labelPoint';
import { parseRegions, type RegionParseOptions } from './parseRegions';
import type { PackedRegions } from './packRegions';
import type { RegionIssue } from './regionIssue';
import { fileRejected, MAX_REGION_FILE_BYTES, type RegionReport } from './regionReport';
import { simplifyRegions } from './simplifyRegions';

/** Main thread → worker. A File is a Blob, and Blobs cross by reference: the worker reads the bytes itself. */
export interface RegionRequest {
  type: 'regions';
  name: string;
  file: Blob;
  options: RegionParseOptions;
}

/**
 * Worker → main thread: exactly one message per request. The worker sends 'packed' (the report's
 * regions in typed arrays, transferred: see packRegions.ts); the in-thread fallback 'done'.
 */
export type RegionResponse =
  | { type: 'done'; report: RegionReport }
  | { type: 'packed'; report: RegionReport; packed: PackedRegions }
  | { type: 'error'; message: string };

/** A zip archive's signature, "PK\x03\x04" (or "PK\x05\x06" for an empty one): a zipped shapefile, whatever its name. */
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Property names of the features of a GeoJSON or of every object of a TopoJSON, in first-seen order. */
export function propertyNames(json: unknown): string[] {
  const names = new Set<string>();
  const add = (p: unknown) => {
    if (p && typeof p === 'object' && !Array.isArray(p)) for (const k of Object.keys(p)) names.add(k);
  };
  const o = json as { type?: unknown; features?: unknown; properties?: unknown; objects?: unknown } | null;
  if (!o || typeof o !== 'object') return [];
  if (Array.isArray(o.features)) for (const f of o.features) add((f as { properties?: unknown } | null)?.properties);
  if (o.type === 'Feature') add(o.properties);
  if (o.type === 'Topology' && o.objects && typeof o.objects === 'object') {
    for (const obj of Object.values(o.objects as Record<string, { geometries?: unknown; properties?: unknown }>)) {
      if (Array.isArray(obj?.geometries)) for (const g of obj.geometries) add((g as { properties?: unknown } | null)?.properties);
      else add(obj?.properties);
    }
  }
  return [...names];
}

/**
 * Reads one file into a report: size check, text and JSON (or a zipped shapefile, readShapefileZip),
 * parseRegions, simplification, label points, the set's id.
 * Shared by the worker and the in-thread fallback, so both give the same answer. Never rejects.
 */
export async function handleRegionRequest(request: RegionRequest): Promise<Exclude<RegionResponse, { type: 'packed' }>> {
  try {
    if (request.file.size > MAX_REGION_FILE_BYTES) {
      return { type: 'done', report: fileRejected(request.name, request.file.size, { code: 'too-large', actual: request.file.size, limit: MAX_REGION_FILE_BYTES }) };
    }
    const t0 = now();
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await request.file.arrayBuffer());
    } catch (e) {
      return { type: 'done', report: fileRejected(request.name, request.file.size, { code: 'unreadable', detail: e instanceof Error ? e.message : String(e) }) };
    }
    let json: unknown;
    // What reading a zipped shapefile found (the layer used, a reprojection, guessed encodings).
    const readIssues: RegionIssue[] = [];
    if (isZip(bytes)) {
      // Loaded only for a zip: shpjs, proj4 and fflate are most of the reader's weight.
      const { readShapefileZip } = await import('./readShapefileZip');
      const shapefile = readShapefileZip(bytes);
      readIssues.push(...shapefile.issues);
      if (shapefile.collection === null) {
        return { type: 'done', report: { ...fileRejected(request.name, request.file.size, null), issues: readIssues, ms: { read: now() - t0, parse: 0, simplify: 0 } } };
      }
      json = shapefile.collection;
    } else {
      const decoded = decodeText(bytes);
      if (decoded.issues.some((i) => i.code === 'binary-file')) return { type: 'done', report: fileRejected(request.name, request.file.size, { code: 'binary' }) };
      try {
        json = JSON.parse(decoded.text);
      } catch (e) {
        return { type: 'done', report: fileRejected(request.name, request.file.size, { code: 'not-json', detail: e instanceof Error ? e.message : String(e) }) };
      }
    }
    const t1 = now();
    const parsed = parseRegions(json, request.options);
    const t2 = now();
    const simplified = simplifyRegions(parsed.regions);
    // Label points here, off the page's thread (polylabel on 3,000 counties: 0.2–0.3 s).
    const regions = simplified.regions.map((r) => ({ ...r, anchor: labelPoint(r.geometry) }));
    const t3 = now();
    return {
      type: 'done',
      report: {
        fileName: request.name,
        bytes: request.file.size,
        fileProblem: null,
        issues: [...readIssues, ...parsed.issues],
        fields: propertyNames(json),
        codeField: parsed.codeField,
        codeKind: parsed.codeKind,
        nameField: parsed.nameField,
        regions,
        outside: parsed.outside.length,
        id: regions.length > 0 ? hashRegionSet(regions) : null,
        vertices: simplified.vertices,
        verticesBefore: parsed.vertices,
        ms: { read: t1 - t0, parse: t2 - t1, simplify: t3 - t2 },
      },
    };
  } catch (e) {
    return { type: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
