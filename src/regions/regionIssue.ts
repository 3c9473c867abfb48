/**
 * What a planner should know about a file of region boundaries (counties, townships), as plain
 * data. An `error` with `feature === null` rejects the whole file: nothing is applied and nothing
 * the user had changes. Feature-level problems name the feature (1-based, as a GIS program counts
 * rows) and, where it has one, its name and code; the region is left out or repaired as each code says.
 *
 * The sentences live in src/i18n/regionMessages.ts, where a mapped type makes the compiler refuse a
 * code without an English and a Chinese one.
 */
export const REGION_ISSUE_CODES = [
  // whole file (errors)
  'not-geojson', // neither GeoJSON (FeatureCollection, Feature, geometry) nor TopoJSON (Topology)
  'no-regions', // an empty collection, or no feature with any geometry
  'not-polygons', // features, but no polygons: actual = features that are points or lines (a shapefile: detail = 'points' | 'lines')
  'too-many-regions', // expected = MAX_REGIONS, actual = polygon features
  'projected', // coordinates beyond ±180/±90: not longitude/latitude; raw = an example position; detail 'web-mercator' | 'unknown'
  'swapped-axes', // every region lies outside China, but would be inside with [lat, lon] read as [lon, lat]
  // zipped shapefile (readShapefileZip), whole file (errors)
  'not-zip', // the file is not a zip archive (or a damaged one)
  'no-shp', // the zip holds no .shp; raw = the files it holds
  'no-dbf', // a .shp without its .dbf, where codes and names live; raw = the layer
  'shp-unreadable', // the .shp is damaged or of a shape type no reader knows; raw = the layer
  'prj-unreadable', // the .prj cannot be read: an error when the coordinates are not degrees, else a warning (read as longitude/latitude); raw = its start
  // zipped shapefile, notes (warnings)
  'reprojected', // coordinates converted to WGS 84 longitude/latitude; raw = the .prj's projection name
  'encoding-guessed', // no usable .cpg: names read as detail = 'gbk' | 'utf-8', guessed from the bytes
  'cpg-unknown', // the .cpg names an encoding no browser knows; raw = its text
  'several-layers', // the zip holds several shapefiles; raw = the layer used, actual = layers
  // file-level notes (warnings)
  'topojson-object', // a TopoJSON with several objects: raw = the object used, actual = its geometries
  'no-code-field', // no property holds 6-, 9- or 12-digit division codes: regions carry no code, no province
  'no-name-field', // no property holds names
  // per feature (warnings)
  'null-geometry', // no geometry: left out
  'not-polygon', // a point, line or collection among polygons: left out; detail = its type
  'empty-geometry', // a polygon without rings or positions: left out
  'bad-coordinate', // a position that is not two finite numbers: left out; raw = the position
  'too-few-positions', // a ring with fewer than 4 positions: left out; actual = positions
  'unclosed-ring', // a ring whose last position is not its first: left out; raw = first and last
  'self-intersection', // edges that cross (within a ring or between rings): left out; actual = crossings, raw = the first
  'outside-china', // the region's extent is outside China's: kept apart in `outside`
  'duplicate-code', // features sharing a code: merged into one multipolygon; features = all of them
  'unknown-province', // a division code whose first two digits are no province: kept, province unknown
  'missing-code', // a code field, but this feature has no code in it: kept, joins by name only
] as const;

export type RegionIssueCode = (typeof REGION_ISSUE_CODES)[number];

export interface RegionIssue {
  code: RegionIssueCode;
  severity: 'error' | 'warning';
  /** 1-based feature index; null for the whole file. */
  feature: number | null;
  /** The feature's name and code, when it has them, so the message can name it as the user knows it. */
  name?: string | null;
  regionCode?: string | null;
  /** Every feature concerned (duplicate codes), 1-based. */
  features?: number[];
  /** Text from the file, quoted in the message (truncated there). */
  raw?: string;
  /** A machine-readable hint, never shown as the message itself. */
  detail?: string;
  expected?: number;
  actual?: number;
}
