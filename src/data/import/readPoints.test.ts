import { describe, expect, it } from 'vitest';
import { parseDelimited } from './parseTable';
import { readPoints } from './readPoints';

// #13: a facility row without coordinates is a rejected point with its row number, never dropped
// silently; a row whose coordinates cannot be read is rejected as unreadable.
describe('readPoints: rows without a usable point', () => {
  const CASES: [string, string, { issue: [string, number, string | null]; reason: string; raw: string } | null][] = [
    ['both cells empty', '无坐标,,', { issue: ['missing-coordinates', 2, null], reason: 'missing coordinates', raw: ', ' }],
    ['both cells a missing marker', '无坐标,NA,—', { issue: ['missing-coordinates', 2, null], reason: 'missing coordinates', raw: '—, NA' }],
    ['latitude empty', '半个,,104.07', { issue: ['missing-coordinates', 2, 'lat'], reason: 'missing coordinates', raw: '104.07, ' }],
    ['longitude empty', '半个,30.67,', { issue: ['missing-coordinates', 2, 'lon'], reason: 'missing coordinates', raw: ', 30.67' }],
    ['latitude not a number', '坏,abc,104', { issue: ['bad-coordinates', 2, 'lat'], reason: 'unreadable coordinates', raw: '104, abc' }],
    ['a readable point', '成都,30.67,104.07', null],
  ];
  it.each(CASES)('%s', (_, line, expected) => {
    const r = readPoints(parseDelimited(`name,lat,lon\n${line}\n`), 'lat', 'lon');
    if (expected === null) {
      expect(r.points).toHaveLength(1);
      expect(r.rejected).toEqual([]);
      expect(r.issues).toEqual([]);
      return;
    }
    expect(r.points).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.row, i.field])).toEqual([expected.issue]);
    expect(r.rejected).toEqual([{ row: 2, raw: expected.raw, reason: expected.reason }]);
  });

  it('lists every rejected row, beyond the 50 issues listed per code', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `n${i},,`).join('\n');
    const r = readPoints(parseDelimited(`name,lat,lon\n${lines}\n`), 'lat', 'lon');
    expect(r.rejected.map((x) => x.row)).toEqual(Array.from({ length: 120 }, (_, i) => i + 2));
    expect(r.issues.filter((i) => i.code === 'missing-coordinates')).toHaveLength(50);
    expect(r.issues.at(-1)).toMatchObject({ code: 'more-issues', detail: 'missing-coordinates', actual: 70 });
  });
});
