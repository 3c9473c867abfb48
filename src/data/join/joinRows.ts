/**
 * Join a user's table rows to the 34 units and report everything the user should know:
 * what matched and how, what did not and why (with a suggestion), which units have no row,
 * and which unit-years have more than one. Pure; never throws on data.
 */
import { UNIT_IDS, isUnitId, type UnitId } from '../../geo/units';
import { isPinyinShanxi, matchKey, type KeyMatch, type MatchVia, type UnmatchedReason } from './matchKey';

export interface JoinInputRow {
  /** Row number as the user sees it in their file (supplied by the parser, passed through). */
  row: number;
  key: string;
  year: number | null;
  value: number | null;
}

export interface MatchedRow extends JoinInputRow {
  unit: UnitId;
  via: MatchVia;
}

export interface UnmatchedRow extends JoinInputRow {
  reason: UnmatchedReason;
  suggestion: UnitId | null;
  candidates: UnitId[];
}

/** Two or more matched rows for one unit and year (null year is its own year). */
export interface DuplicateGroup {
  unit: UnitId;
  year: number | null;
  /** Row numbers, in input order. */
  rows: number[];
  /** The row whose value is applied: the first one. */
  used: number;
}

export interface JoinReport {
  /** rows.length; always matched.length + unmatched.length. */
  total: number;
  /** In input order. */
  matched: MatchedRow[];
  /** In input order. */
  unmatched: UnmatchedRow[];
  /** Units with no matched row in any year, in GB order. */
  missing: UnitId[];
  /** In the order of each group's first row. */
  duplicates: DuplicateGroup[];
}

/**
 * `overrides` maps a row number to the unit the user picked for it; that row matches with via
 * 'manual' whatever its key (ids that are not one of the 34 are ignored, not thrown on).
 *
 * Shanxi rule: within one year, if two or more rows are keyed by the toneless pinyin "Shanxi"
 * and no row of that year is Shaanxi by any key (陕西, SN, CN-61, a manual pick, …), the table
 * has spelled both provinces "Shanxi". Guessing would put one value on the wrong province, so
 * every such row of that year without an override is unmatched as 'ambiguous', candidates
 * [SX, SN]. One "Shanxi" per year matches SX as usual. Picking SN for one of them in the UI
 * lets the others match SX.
 */
export function joinRows(rows: readonly JoinInputRow[], overrides?: ReadonlyMap<number, UnitId>): JoinReport {
  // A table repeats each region's key once per year: match every distinct key once.
  const cache = new Map<string, KeyMatch>();
  const matchOnce = (key: string): KeyMatch => {
    let m = cache.get(key);
    if (m === undefined) cache.set(key, (m = matchKey(key)));
    return m;
  };
  const matches: KeyMatch[] = rows.map((r) => {
    const picked = overrides?.get(r.row);
    return picked !== undefined && isUnitId(picked) ? { unit: picked, via: 'manual' } : matchOnce(r.key);
  });
  const ambiguous = findAmbiguousShanxi(rows, matches);

  const matched: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  rows.forEach((r, i) => {
    const m = matches[i]!;
    if (ambiguous.has(i)) {
      unmatched.push({ ...r, reason: 'ambiguous', suggestion: null, candidates: ['SX', 'SN'] });
    } else if (m.unit === null) {
      unmatched.push({ ...r, reason: m.reason, suggestion: m.suggestion, candidates: [...m.candidates] });
    } else {
      matched.push({ ...r, unit: m.unit, via: m.via });
    }
  });

  const seen = new Set(matched.map((m) => m.unit));
  return {
    total: rows.length,
    matched,
    unmatched,
    missing: UNIT_IDS.filter((id) => !seen.has(id)),
    duplicates: findDuplicates(matched),
  };
}

/** Indexes of the rows the Shanxi rule makes ambiguous. */
function findAmbiguousShanxi(rows: readonly JoinInputRow[], matches: readonly KeyMatch[]): Set<number> {
  const pinyin = rows.map((r) => isPinyinShanxi(r.key));
  // Per year (a Map key, so null and NaN are years of their own): count of "Shanxi" keys,
  // overridden rows included, and whether any row is Shaanxi.
  const years = new Map<number | null, { shanxi: number; shaanxi: boolean }>();
  rows.forEach((r, i) => {
    const y = years.get(r.year) ?? { shanxi: 0, shaanxi: false };
    if (pinyin[i]) y.shanxi += 1;
    if (matches[i]!.unit === 'SN') y.shaanxi = true;
    years.set(r.year, y);
  });
  const flagged = new Set<number>();
  rows.forEach((r, i) => {
    const y = years.get(r.year)!;
    const m = matches[i]!;
    const manual = m.unit !== null && m.via === 'manual';
    if (pinyin[i] && !manual && y.shanxi >= 2 && !y.shaanxi) flagged.add(i);
  });
  return flagged;
}

function findDuplicates(matched: readonly MatchedRow[]): DuplicateGroup[] {
  // Nested maps rather than a string key, so year null, NaN and numbers never collide.
  const byUnit = new Map<UnitId, Map<number | null, DuplicateGroup>>();
  const groups: DuplicateGroup[] = [];
  for (const m of matched) {
    const byYear = byUnit.get(m.unit) ?? new Map<number | null, DuplicateGroup>();
    byUnit.set(m.unit, byYear);
    const group = byYear.get(m.year);
    if (group === undefined) {
      const created = { unit: m.unit, year: m.year, rows: [m.row], used: m.row };
      byYear.set(m.year, created);
      groups.push(created);
    } else {
      group.rows.push(m.row);
    }
  }
  return groups.filter((g) => g.rows.length >= 2);
}
