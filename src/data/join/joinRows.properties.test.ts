import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNITS, UNIT_IDS, type UnitId } from '../../geo/units';
import { joinRows, type JoinInputRow, type JoinReport } from './joinRows';
import { isPinyinShanxi, matchKey } from './matchKey';
import { UNIT_SPELLINGS } from './unitSpellings.fixture';

// Keys: valid spellings (heavy on Shanxi / Shaanxi so the ambiguity rule fires), typos,
// aggregates, junk and empty strings.
const validKeys = UNITS.flatMap((u) => [u.gb, u.iso, u.en, u.zh, u.zhFull]).concat(
  UNIT_SPELLINGS.map((s) => s.traditional),
);
const keyArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...validKeys) },
  { weight: 3, arbitrary: fc.constantFrom('Shanxi', 'shanxi province', 'Shaanxi', '陕西', '山西', 'Shannxi') },
  { weight: 1, arbitrary: fc.constantFrom('Sichaun', 'Guandong', '全国', 'Total', '四州', 'SC') },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\uFEFF') },
);
// Few distinct years, so rows collide into duplicates and Shanxi pairs often; NaN because a
// parser may hand one over, and joinRows must still treat it as one year.
const yearArb = fc.constantFrom<number | null>(2019, 2020, 2021, null, Number.NaN);
const valueArb = fc.option(fc.double({ noNaN: false }), { nil: null });

const rowsArb: fc.Arbitrary<JoinInputRow[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 100_000 }), { maxLength: 60, size: '+1' })
  .chain((rowNumbers) =>
    fc.tuple(...rowNumbers.map((row) => fc.record({ row: fc.constant(row), key: keyArb, year: yearArb, value: valueArb }))),
  );

const overridesArb = (rows: readonly JoinInputRow[]) =>
  fc
    .subarray(rows.map((r) => r.row))
    .chain((picked) => fc.tuple(...picked.map((row) => fc.tuple(fc.constant(row), fc.constantFrom(...UNIT_IDS)))))
    .map((pairs) => new Map<number, UnitId>(pairs));

const rowsWithOverridesArb = rowsArb.chain((rows) => fc.tuple(fc.constant(rows), overridesArb(rows)));

/** Position of each row number in the input. */
const positions = (rows: readonly JoinInputRow[]) => new Map(rows.map((r, i) => [r.row, i]));

function checkInvariants(rows: readonly JoinInputRow[], report: JoinReport) {
  expect(report.total).toBe(rows.length);
  expect(report.matched.length + report.unmatched.length).toBe(report.total);

  // Every input row exactly once, unchanged, each list in input order.
  const pos = positions(rows);
  const seen = [...report.matched, ...report.unmatched].map((r) => r.row);
  expect([...seen].sort((a, b) => a - b)).toEqual(rows.map((r) => r.row).sort((a, b) => a - b));
  for (const list of [report.matched, report.unmatched]) {
    const order = list.map((r) => pos.get(r.row)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const r of list) {
      const input = rows[pos.get(r.row)!]!;
      expect({ row: r.row, key: r.key, year: r.year, value: r.value }).toEqual(input);
    }
  }

  // missing and matched units partition the 34.
  const matchedUnits = new Set(report.matched.map((r) => r.unit));
  expect(report.missing.filter((id) => matchedUnits.has(id))).toEqual([]);
  expect(new Set([...report.missing, ...matchedUnits]).size).toBe(34);
  expect(report.missing).toEqual(UNIT_IDS.filter((id) => report.missing.includes(id)));

  // Duplicates: exactly the unit-years with two or more matched rows, rows in input order.
  const byRow = new Map(report.matched.map((r) => [r.row, r]));
  const expectedGroups = new Map<string, number[]>();
  for (const r of report.matched) {
    const k = `${r.unit}|${String(r.year)}`;
    expectedGroups.set(k, [...(expectedGroups.get(k) ?? []), r.row]);
  }
  const multi = [...expectedGroups.values()].filter((g) => g.length >= 2);
  expect(report.duplicates).toHaveLength(multi.length);
  for (const g of report.duplicates) {
    expect(g.rows.length).toBeGreaterThanOrEqual(2);
    expect(g.used).toBe(g.rows[0]);
    for (const row of g.rows) expect(byRow.get(row)).toMatchObject({ unit: g.unit, year: g.year });
    expect(g.rows).toEqual(expectedGroups.get(`${g.unit}|${String(g.year)}`));
  }
}

// 1,300 generated tables: seconds alone, longer with the whole suite on two busy cores.
describe('joinRows, properties', { timeout: 60_000 }, () => {
  it('keeps its invariants for any table', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => checkInvariants(rows, joinRows(rows))),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants with overrides, and every overridden row matches its pick', () => {
    fc.assert(
      fc.property(rowsWithOverridesArb, ([rows, overrides]) => {
        const report = joinRows(rows, overrides);
        checkInvariants(rows, report);
        for (const [row, unit] of overrides) {
          expect(report.matched.find((r) => r.row === row)).toMatchObject({ row, unit, via: 'manual' });
        }
        for (const r of report.matched) expect(r.via === 'manual').toBe(overrides.has(r.row));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with matchKey row by row, except for rows the Shanxi rule flags', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const report = joinRows(rows);
        for (const r of report.matched) expect(matchKey(r.key)).toEqual({ unit: r.unit, via: r.via });
        for (const r of report.unmatched) {
          if (r.reason === 'ambiguous') continue;
          expect(matchKey(r.key)).toEqual({ unit: null, reason: r.reason, suggestion: r.suggestion, candidates: r.candidates });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('flags as ambiguous exactly the "Shanxi" rows of years with two of them and no Shaanxi', () => {
    fc.assert(
      fc.property(rowsWithOverridesArb, ([rows, overrides]) => {
        const report = joinRows(rows, overrides);
        const unitOf = new Map(report.matched.map((r) => [r.row, r.unit]));
        const sameYear = (y: number | null) => rows.filter((r) => Object.is(r.year, y));
        const expected = rows.filter((r) => {
          if (!isPinyinShanxi(r.key) || overrides.has(r.row)) return false;
          const year = sameYear(r.year);
          return year.filter((o) => isPinyinShanxi(o.key)).length >= 2 && !year.some((o) => unitOf.get(o.row) === 'SN');
        });
        const flagged = report.unmatched.filter((r) => r.reason === 'ambiguous');
        expect(flagged.map((r) => r.row)).toEqual(expected.map((r) => r.row));
        for (const r of flagged) expect(r).toMatchObject({ suggestion: null, candidates: ['SX', 'SN'] });
      }),
      { numRuns: 300 },
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(rowsWithOverridesArb, ([rows, overrides]) => {
        const before = structuredClone({ rows, overrides: [...overrides] });
        joinRows(rows, overrides);
        expect({ rows, overrides: [...overrides] }).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
