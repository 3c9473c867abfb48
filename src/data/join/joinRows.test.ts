import { describe, expect, it } from 'vitest';
import { UNITS, UNIT_IDS, type UnitId } from '../../geo/units';
import { joinRows, type JoinInputRow } from './joinRows';

/** Rows numbered from 2, as a spreadsheet shows them under a header row. */
function table(keys: readonly string[], year: number | null = 2020): JoinInputRow[] {
  return keys.map((key, i) => ({ row: i + 2, key, year, value: i * 10 }));
}

const unitsOf = (rows: readonly { unit: UnitId }[]) => rows.map((r) => r.unit);

describe('joinRows', () => {
  it('reports matched, unmatched and missing units for a small table', () => {
    const report = joinRows(table(['四川省', 'Sichaun', 'Guangdong', '', 'Total']));
    expect(report.total).toBe(5);
    expect(report.matched).toEqual([
      { row: 2, key: '四川省', year: 2020, value: 0, unit: 'SC', via: 'zh' },
      { row: 4, key: 'Guangdong', year: 2020, value: 20, unit: 'GD', via: 'en' },
    ]);
    expect(report.unmatched).toEqual([
      { row: 3, key: 'Sichaun', year: 2020, value: 10, reason: 'unknown', suggestion: 'SC', candidates: ['SC'] },
      { row: 5, key: '', year: 2020, value: 30, reason: 'empty', suggestion: null, candidates: [] },
      { row: 6, key: 'Total', year: 2020, value: 40, reason: 'unknown', suggestion: null, candidates: [] },
    ]);
    expect(report.missing).toEqual(UNIT_IDS.filter((id) => id !== 'SC' && id !== 'GD'));
    expect(report.duplicates).toEqual([]);
  });

  it('matches a full table of the 34 full Chinese names with nothing missing', () => {
    const report = joinRows(table(UNITS.map((u) => u.zhFull)));
    expect(unitsOf(report.matched)).toEqual([...UNIT_IDS]);
    expect(report.unmatched).toEqual([]);
    expect(report.missing).toEqual([]);
  });

  it('returns an empty report for no rows', () => {
    expect(joinRows([])).toEqual({ total: 0, matched: [], unmatched: [], missing: [...UNIT_IDS], duplicates: [] });
  });

  it('passes row numbers through untouched, even when not consecutive', () => {
    const rows = [
      { row: 17, key: 'Beijing', year: null, value: 1 },
      { row: 3, key: 'junk', year: null, value: null },
    ];
    const report = joinRows(rows);
    expect(report.matched.map((r) => r.row)).toEqual([17]);
    expect(report.unmatched.map((r) => r.row)).toEqual([3]);
  });
});

describe('joinRows, duplicates', () => {
  it('groups matched rows of one unit and year, whatever key they used, and uses the first', () => {
    const rows = table(['四川', 'Beijing', 'CN-SC', '510000', 'Sichuan']);
    const report = joinRows(rows);
    expect(report.duplicates).toEqual([{ unit: 'SC', year: 2020, rows: [2, 4, 5, 6], used: 2 }]);
    expect(report.matched).toHaveLength(5);
  });

  it('keeps different years apart, and treats a null year as its own year', () => {
    const rows: JoinInputRow[] = [
      { row: 2, key: 'Hebei', year: 2019, value: 1 },
      { row: 3, key: 'Hebei', year: 2020, value: 2 },
      { row: 4, key: '河北', year: null, value: 3 },
      { row: 5, key: '河北省', year: null, value: 4 },
      { row: 6, key: 'Hunan', year: 2020, value: 5 },
      { row: 7, key: '湖南', year: 2020, value: 6 },
    ];
    expect(joinRows(rows).duplicates).toEqual([
      { unit: 'HE', year: null, rows: [4, 5], used: 4 },
      { unit: 'HN', year: 2020, rows: [6, 7], used: 6 },
    ]);
  });

  it('counts a manual pick like any other match', () => {
    const report = joinRows(table(['Sichuan', 'Sichaun']), new Map([[3, 'SC']]));
    expect(report.duplicates).toEqual([{ unit: 'SC', year: 2020, rows: [2, 3], used: 2 }]);
  });
});

describe('joinRows, overrides', () => {
  it('matches an overridden row with via manual, whatever its key', () => {
    const report = joinRows(table(['Sichaun', '', 'Beijing']), new Map<number, UnitId>([[2, 'SC'], [3, 'MO'], [4, 'TJ']]));
    expect(report.matched.map((r) => [r.row, r.unit, r.via])).toEqual([
      [2, 'SC', 'manual'],
      [3, 'MO', 'manual'],
      [4, 'TJ', 'manual'],
    ]);
    expect(report.unmatched).toEqual([]);
  });

  it('ignores an override that is not one of the 34 ids, and one for a row that does not exist', () => {
    const report = joinRows(table(['Sichaun']), new Map([[2, 'sc' as UnitId], [99, 'BJ' as UnitId]]));
    expect(report.matched).toEqual([]);
    expect(report.unmatched.map((r) => r.row)).toEqual([2]);
  });
});

describe('joinRows, the Shanxi rule', () => {
  const ambiguous = { reason: 'ambiguous', suggestion: null, candidates: ['SX', 'SN'] };

  it('matches a single "Shanxi" to SX', () => {
    const report = joinRows(table(['Shanxi', 'Hebei']));
    expect(report.matched.map((r) => [r.row, r.unit])).toEqual([[2, 'SX'], [3, 'HE']]);
  });

  it('matches one "Shanxi" per year to SX', () => {
    const rows = [...table(['Shanxi'], 2019), ...table(['Shanxi'], 2020)].map((r, i) => ({ ...r, row: i + 2 }));
    expect(unitsOf(joinRows(rows).matched)).toEqual(['SX', 'SX']);
  });

  it('flags every "Shanxi" row of a year that has two of them and no Shaanxi', () => {
    const report = joinRows(table(['Shanxi', 'Hebei', 'SHANXI PROVINCE']));
    expect(report.unmatched).toEqual([
      { row: 2, key: 'Shanxi', year: 2020, value: 0, ...ambiguous },
      { row: 4, key: 'SHANXI PROVINCE', year: 2020, value: 20, ...ambiguous },
    ]);
    expect(report.missing).toContain('SX');
    expect(report.missing).toContain('SN');
  });

  it('flags only the year that has two', () => {
    const rows: JoinInputRow[] = [
      { row: 2, key: 'Shanxi', year: 2019, value: 1 },
      { row: 3, key: 'Shanxi', year: 2020, value: 2 },
      { row: 4, key: 'Shanxi', year: 2020, value: 3 },
    ];
    const report = joinRows(rows);
    expect(report.matched.map((r) => [r.row, r.unit])).toEqual([[2, 'SX']]);
    expect(report.unmatched.map((r) => [r.row, r.reason])).toEqual([[3, 'ambiguous'], [4, 'ambiguous']]);
  });

  it.each(['陕西', 'Shaanxi', 'CN-SN', '610000', 'Shensi'])('does not flag when the year also has Shaanxi as %j', (sn) => {
    const report = joinRows(table(['Shanxi', 'Shanxi', sn]));
    expect(report.matched.map((r) => [r.row, r.unit])).toEqual([[2, 'SX'], [3, 'SX'], [4, 'SN']]);
    expect(report.duplicates).toEqual([{ unit: 'SX', year: 2020, rows: [2, 3], used: 2 }]);
  });

  it('does not flag when the other row spells Shanxi unambiguously (山西, Shansi, CN-SX)', () => {
    for (const other of ['山西', 'Shansi', 'CN-SX', '140000']) {
      const report = joinRows(table(['Shanxi', other]));
      expect(unitsOf(report.matched), other).toEqual(['SX', 'SX']);
      expect(report.unmatched, other).toEqual([]);
    }
  });

  it('lets a manual pick of SN for one row resolve the others to SX', () => {
    const report = joinRows(table(['Shanxi', 'Shanxi']), new Map([[3, 'SN']]));
    expect(report.matched.map((r) => [r.row, r.unit, r.via])).toEqual([[2, 'SX', 'en'], [3, 'SN', 'manual']]);
    expect(report.unmatched).toEqual([]);
  });

  it('keeps the other row ambiguous when the manual pick is SX', () => {
    const report = joinRows(table(['Shanxi', 'Shanxi']), new Map([[2, 'SX']]));
    expect(report.matched.map((r) => [r.row, r.unit, r.via])).toEqual([[2, 'SX', 'manual']]);
    expect(report.unmatched.map((r) => [r.row, r.reason])).toEqual([[3, 'ambiguous']]);
  });
});

describe('joinRows does not mutate its input', () => {
  it('leaves rows and overrides as they were', () => {
    const rows = table(['Shanxi', 'Shanxi', 'Sichuan', 'Sichaun', '', '四川']);
    const overrides = new Map<number, UnitId>([[5, 'SC']]);
    const before = structuredClone({ rows, overrides: [...overrides] });
    for (const r of rows) Object.freeze(r);
    Object.freeze(rows);
    const report = joinRows(rows, overrides);
    expect({ rows, overrides: [...overrides] }).toEqual(before);
    // The report shares no objects with the input, so editing it cannot reach the input.
    for (const r of [...report.matched, ...report.unmatched]) expect(rows).not.toContain(r);
  });
});
