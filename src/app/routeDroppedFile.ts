import { looksLikeBundle } from './bundle/formatBundle';

/** Where a file dropped anywhere on the page goes: the bundle review, the region import, or the table (and facility) import. */
export type DropRoute = 'bundle' | 'regions' | 'table';

/** How much of a file routeDroppedFile looks at, bytes: enough for the first feature's geometry type after long properties. */
export const DROP_HEAD_BYTES = 64 * 1024;

/** A zip archive's signature, "PK\x03\x04" (or "PK\x05\x06", empty): a zipped shapefile, whatever its name. */
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

/** The first GeoJSON geometry type named in the text (a region file's polygons, a facility file's points). */
const FIRST_GEOMETRY = /"type"\s*:\s*"(Point|MultiPoint|LineString|MultiLineString|Polygon|MultiPolygon|GeometryCollection)"/;

/**
 * Sends a dropped file where it belongs, from its name, type and first bytes (`head` as text, the
 * same as bytes in `magic`). Pure.
 * - a bundle (its `format` comes first) → its review;
 * - a zip (by signature, name or type) → the region import: the table import reads no zip;
 * - a TopoJSON, or a GeoJSON whose first geometry is a polygon → the region import;
 * - everything else (CSV, TSV, JSON tables, GeoJSON points of facilities) → the table import, as before.
 */
export function routeDroppedFile(file: { name: string; type: string }, head: string, magic: Uint8Array): DropRoute {
  if (looksLikeBundle(head)) return 'bundle';
  if (isZip(magic) || /\.zip$/i.test(file.name) || /zip/i.test(file.type)) return 'regions';
  if (/\.topojson$/i.test(file.name) || /^\uFEFF?\s*\{[\s\S]*?"type"\s*:\s*"Topology"/.test(head)) return 'regions';
  const geometry = FIRST_GEOMETRY.exec(head)?.[1];
  return geometry === 'Polygon' || geometry === 'MultiPolygon' ? 'regions' : 'table';
}

/** Reads the first DROP_HEAD_BYTES of a file and routes it; a file that cannot be read goes to the table import, which says why. */
export async function routeFile(file: Blob & { name: string }): Promise<DropRoute> {
  try {
    const bytes = new Uint8Array(await file.slice(0, DROP_HEAD_BYTES).arrayBuffer());
    return routeDroppedFile(file, new TextDecoder().decode(bytes), bytes);
  } catch {
    return 'table';
  }
}
