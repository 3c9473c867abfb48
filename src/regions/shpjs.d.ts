// shpjs 6 ships no types; these are the two parsers readShapefileZip uses (lib/index.js).
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, one per record (null for a null shape); reprojected to WGS 84 with proj4 when `prj` is a readable projection. Throws on a shape type it does not know. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string): Array<Geometry | null>;
  /** Rows of a .dbf; text decoded with the encoding `cpg` names (UTF-8 without one). */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, cpg?: string): Array<Record<string, unknown>>;
}
