import type { Region, RegionSetParse } from './parseRegions';
import type { RegionIssue } from './regionIssue';

// What a region file's report holds, apart from the reader, so that the page's own bundle (the
// controller, the panel) does not carry the parser, turf and the simplifier to know its shape.

/**
 * Files larger than this are refused before they are read, bytes. 3,000 counties drawn in detail
 * take about 10 MB of GeoJSON; the limit leaves five times that, as the table import does.
 */
export const MAX_REGION_FILE_BYTES = 50 * 1024 * 1024;

/**
 * What is wrong with the file itself, before any feature is read (then the report holds nothing
 * else): too large (actual and limit in bytes), unreadable (the browser could not read it), binary
 * (not text), not JSON (`detail` is the parser's message).
 */
export type RegionFileProblem =
  | { code: 'too-large'; actual: number; limit: number }
  | { code: 'unreadable'; detail: string }
  | { code: 'binary' }
  | { code: 'not-json'; detail: string };

/** Everything the import shows before anything is applied, and the regions it would keep. */
export interface RegionReport {
  fileName: string;
  /** File size, bytes. */
  bytes: number;
  fileProblem: RegionFileProblem | null;
  /** From parseRegions: file errors (feature null), notes and each feature left out, by number. */
  issues: RegionIssue[];
  /** Every property name the features carry, in first-seen order: the columns a user may pick as id or name. */
  fields: string[];
  codeField: RegionSetParse['codeField'];
  codeKind: RegionSetParse['codeKind'];
  nameField: RegionSetParse['nameField'];
  /** The regions kept, simplified; [lon, lat] WGS 84 degrees. */
  regions: Region[];
  /** Regions whose extent lies outside China: named in `issues`, never kept. */
  outside: number;
  /** The id the set gets when applied (hashRegionSet), null when there is nothing to keep. */
  id: string | null;
  /** Positions after and before simplification. */
  vertices: number;
  verticesBefore: number;
  /** Time spent reading, parsing and simplifying, ms (shown as a figure, never asserted). */
  ms: { read: number; parse: number; simplify: number };
}

/** A report that refuses the file: nothing to apply. */
export function isRejected(report: RegionReport): boolean {
  return report.fileProblem !== null || report.regions.length === 0 || report.issues.some((i) => i.severity === 'error' && i.feature === null);
}

/** A report on a file refused as a whole, before its features were read. */
export function fileRejected(fileName: string, bytes: number, fileProblem: RegionFileProblem | null): RegionReport {
  return {
    fileName,
    bytes,
    fileProblem,
    issues: [],
    fields: [],
    codeField: null,
    codeKind: null,
    nameField: null,
    regions: [],
    outside: 0,
    id: null,
    vertices: 0,
    verticesBefore: 0,
    ms: { read: 0, parse: 0, simplify: 0 },
  };
}
