import { CHINA_BOUNDS } from './parseGeoJson';
import type { ImportIssue } from './importIssue';
import { parseNumber } from './parseNumber';
import type { ParsedTable } from './parseTable';

/** A guess at each column's role, for the import dialog to pre-select; the user can override. */
export interface ColumnGuess {
  /** The column naming the province (name or GB code), matched by isRegionKey. */
  key: string | null;
  /** The first numeric column that is not key, year, lat, lon or an identifier. */
  value: string | null;
  year: string | null;
  lat: string | null;
  lon: string | null;
  /** The file's own source column (source, 来源, citation, 出处 …), kept per row. */
  source: string | null;
  /** Columns where ≥ 80% of non-missing values parse as numbers, in table order. */
  numeric: string[];
}

/** Share of non-missing values that must parse for a column to count as numeric. */
export const NUMERIC_SHARE = 0.8;
/** Detection looks at this many rows at most, evenly spread over the table. */
// Detection runs on the main thread: 1,000 evenly spread rows are enough to tell a column's role,
// and 5,000 blocked the page for about 0.5 s on a 50,000-row file (npm run bench).
export const DETECT_SAMPLE_ROWS = 1000;
/** A key column must match isRegionKey on at least this share of its non-empty cells, so that a
 * notes column that mentions one province is not taken for the key. */
const KEY_MIN_SHARE = 0.2;

/** Name preferences when two columns match isRegionKey equally often; earlier wins. */
const KEY_NAMES: readonly RegExp[] = [/province|省/i, /region|地区|区域|地方/i, /name|名称|名/i, /code|代码|编码/i];
/** A numeric column is taken for the province only with a header that says place or code. */
const PLACE_OR_CODE_NAME = /province|region|place|area|admin|code|adcode|gb|iso|省|地区|区域|地方|行政区|代码|编码|区划/i;
/** …and when most of its values are province codes (capacities such as 51 and 41 are also
 * two-digit codes: Sichuan and Hubei). */
const NUMERIC_KEY_MIN_SHARE = 0.5;
const SOURCE_NAME = /^(sources?|data ?source|citations?|references?|cited from|出处|来源|数据来源|资料来源|引用|引文|文献)$/i;
const YEAR_NAME = /year|年份|年度|^年$/i;
/** Identifiers that are numbers but never the value to map: GB codes, serial numbers, ranks. */
const ID_NAME = /code|代码|编码|编号|序号|^id$|[_ ]id$|^no\.?$|^index$|^#$|^rank|排名|排序|^fid$|^objectid$/i;
const GB_PROVINCE_CODE = /^[1-9]\d0000$/;
// Web-map exports prefix the system: gcj02_lat, bd_lng, gd_lon (Gaode), lat_bd09 (convertCrs hints).
const CRS_TAG = '(?:wgs84|gcj02|gcj|bd09|bd|gd|amap|baidu)';
const LAT_NAME = new RegExp(`^(?:${CRS_TAG}[_ ]?)?(?:lat|latitude)(?:[_ ]?${CRS_TAG})?$|纬度`, 'i');
const LON_NAME = new RegExp(`^(?:${CRS_TAG}[_ ]?)?(?:lon|lng|long|longitude)(?:[_ ]?${CRS_TAG})?$|经度`, 'i');
const WEAK_LAT = /^y$/i;
const WEAK_LON = /^x$/i;

interface ColumnStats {
  name: string;
  nonEmpty: number;
  numbers: number[];
  /** Raw text of the numbers, for the decimal-places test. */
  numberTexts: string[];
  notNumbers: number;
  regionMatches: number;
}

/**
 * Guesses the role of each column. Pure; looks at up to DETECT_SAMPLE_ROWS rows.
 * - key: the column whose cells pass isRegionKey most often (at least 20% of its non-empty
 *   cells); ties go to names like province/省, then region/地区, name/名称, code/代码. A numeric
 *   column qualifies only when at least half its cells are province codes and its header says
 *   place or code: a capacity column of 51s and 41s is not Sichuan and Hubei.
 * - source: a column named source/来源/citation/出处/reference.
 * - numeric: ≥ 80% of non-missing cells parse with parseNumber (missing markers don't count).
 * - year: a column named year/年份/年度/年, else a numeric column of integers 1949–2100.
 * - lat/lon: see detectLatLon.
 * - value: the first numeric column that is none of the above and not an identifier (named
 *   code/代码/序号/id/rank…, or holding only GB province codes like 510000).
 */
export function detectColumns(table: ParsedTable, isRegionKey: (s: string) => boolean): ColumnGuess {
  const stats = columnStats(table, isRegionKey);
  const numeric = stats.filter(isNumeric).map((s) => s.name);

  let key: ColumnStats | null = null;
  for (const s of stats) {
    if (s.regionMatches === 0 || s.regionMatches < KEY_MIN_SHARE * s.nonEmpty) continue;
    if (isNumeric(s) && (s.regionMatches < NUMERIC_KEY_MIN_SHARE * s.nonEmpty || !PLACE_OR_CODE_NAME.test(bareName(s.name)))) continue;
    if (!key || s.regionMatches > key.regionMatches || (s.regionMatches === key.regionMatches && keyRank(s.name) < keyRank(key.name))) {
      key = s;
    }
  }
  const keyName = key?.name ?? null;

  const year =
    stats.find((s) => s.name !== keyName && YEAR_NAME.test(bareName(s.name)))?.name ??
    stats.find((s) => s.name !== keyName && isNumeric(s) && s.numbers.every((n) => Number.isInteger(n) && n >= 1949 && n <= 2100))
      ?.name ??
    null;

  const { lat, lon } = detectLatLonFromStats(stats, new Set([keyName, year].filter((x): x is string => x !== null)));
  const taken = new Set([keyName, year, lat, lon]);
  const value =
    stats.find(
      (s) =>
        !taken.has(s.name) &&
        isNumeric(s) &&
        !ID_NAME.test(bareName(s.name)) &&
        !s.numberTexts.every((t) => GB_PROVINCE_CODE.test(t)),
    )?.name ?? null;

  const source = stats.find((s) => !taken.has(s.name) && s.name !== value && SOURCE_NAME.test(bareName(s.name).replace(/[_-]/g, ' ')))?.name ?? null;
  return { key: keyName, value, year, lat, lon, source, numeric };
}

export interface LatLonGuess {
  lat: string | null;
  lon: string | null;
  /** The columns named lat/lon hold each other's ranges, so they were swapped. */
  swapped: boolean;
}

/**
 * Finds latitude/longitude columns (WGS 84 degrees).
 * By name: lat, latitude, 纬度 / lon, lng, long, longitude, 经度 (brackets such as "纬度（度）"
 * are ignored); x/y only when their values fall in China's ranges. When the named columns hold
 * each other's ranges (lat in 73–136, lon in 3–54), they are swapped and `swapped` is set.
 * By value, when no names match: one column ≥ 90% within 73–136 and another within 3–54, both
 * with at least two decimals in ≥ 80% of cells (coordinates are written with decimals; percentages
 * and index numbers usually are not, and must not become a point layer).
 */
export function detectLatLon(table: ParsedTable, exclude: ReadonlySet<string> = new Set()): LatLonGuess {
  return detectLatLonFromStats(columnStats(table, () => false), exclude);
}

function detectLatLonFromStats(stats: ColumnStats[], exclude: ReadonlySet<string>): LatLonGuess {
  const none: LatLonGuess = { lat: null, lon: null, swapped: false };
  const usable = stats.filter((s) => !exclude.has(s.name));
  const byName = (re: RegExp) => usable.find((s) => re.test(bareName(s.name)) && isNumeric(s));

  const namedLat = byName(LAT_NAME);
  const namedLon = byName(LON_NAME);
  if (namedLat && namedLon) {
    if (inLonRange(namedLat) >= 0.8 && inLatRange(namedLon) >= 0.8 && inLatRange(namedLat) < 0.8) {
      return { lat: namedLon.name, lon: namedLat.name, swapped: true };
    }
    return { lat: namedLat.name, lon: namedLon.name, swapped: false };
  }

  const y = byName(WEAK_LAT);
  const x = byName(WEAK_LON);
  if (x && y) {
    if (inLonRange(x) >= 0.5 && inLatRange(y) >= 0.5) return { lat: y.name, lon: x.name, swapped: false };
    if (inLonRange(y) >= 0.5 && inLatRange(x) >= 0.5) return { lat: x.name, lon: y.name, swapped: true };
  }
  if (namedLat || namedLon || x || y) return none;

  const candidates = usable.filter((s) => isNumeric(s) && decimalShare(s) >= 0.8);
  const lon = candidates.find((s) => inLonRange(s) >= 0.9);
  const lat = candidates.find((s) => s !== lon && inLatRange(s) >= 0.9);
  return lon && lat ? { lat: lat.name, lon: lon.name, swapped: false } : none;
}

/** Report for a guess: 'no-numeric-column' (error: nothing to map) and 'no-region-column'
 * (warning: the user must pick the key). A file with points needs neither. */
export function checkColumns(table: ParsedTable, guess: ColumnGuess, pointCount = 0): ImportIssue[] {
  if (table.columns.length === 0 || table.rows.length === 0 || pointCount > 0) return [];
  const issues: ImportIssue[] = [];
  if (guess.numeric.length === 0) issues.push({ code: 'no-numeric-column', severity: 'error', row: null, field: null });
  if (guess.key === null) issues.push({ code: 'no-region-column', severity: 'warning', row: null, field: null });
  return issues;
}

function columnStats(table: ParsedTable, isRegionKey: (s: string) => boolean): ColumnStats[] {
  const stats: ColumnStats[] = table.columns.map((name) => ({
    name, nonEmpty: 0, numbers: [], numberTexts: [], notNumbers: 0, regionMatches: 0,
  }));
  const n = table.rows.length;
  const step = n > DETECT_SAMPLE_ROWS ? n / DETECT_SAMPLE_ROWS : 1;
  for (let f = 0; f < n; f += step) {
    const row = table.rows[Math.floor(f)]!;
    row.forEach((cell, c) => {
      const s = stats[c];
      if (!s || cell === '') return;
      s.nonEmpty++;
      if (isRegionKey(cell)) s.regionMatches++;
      const p = parseNumber(cell);
      if (p.value !== null) {
        s.numbers.push(p.value);
        s.numberTexts.push(cell);
      } else if (!p.ok) {
        s.notNumbers++;
      }
    });
  }
  return stats;
}

function isNumeric(s: ColumnStats): boolean {
  const total = s.numbers.length + s.notNumbers;
  return s.numbers.length > 0 && s.numbers.length >= NUMERIC_SHARE * total;
}

function share(s: ColumnStats, test: (x: number) => boolean): number {
  return s.numbers.length === 0 ? 0 : s.numbers.filter(test).length / s.numbers.length;
}
const inLonRange = (s: ColumnStats) => share(s, (x) => x >= CHINA_BOUNDS.west && x <= CHINA_BOUNDS.east);
const inLatRange = (s: ColumnStats) => share(s, (x) => x >= CHINA_BOUNDS.south && x <= CHINA_BOUNDS.north);
const decimalShare = (s: ColumnStats) =>
  s.numberTexts.length === 0 ? 0 : s.numberTexts.filter((t) => /\.\d{2,}/.test(t)).length / s.numberTexts.length;

function keyRank(name: string): number {
  const i = KEY_NAMES.findIndex((re) => re.test(name));
  return i < 0 ? KEY_NAMES.length : i;
}

/** The name without a bracketed unit or note: "留守儿童（人）" → "留守儿童", "lat (°)" → "lat". */
export function bareName(name: string): string {
  return name.replace(/[（(［\[【][^）)］\]】]*[）)］\]】]/g, '').trim();
}
