import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from './parseTable';

// Issue #14: mixed line endings merged rows ("2 rows and 0 values").
describe('parseDelimited: line endings', () => {
  it('reads the issue’s file, CRLF, LF and CR mixed, as six rows', () => {
    const t = parseDelimited('province,value\r\nSichuan,1\nHenan,2\rHunan,3\r\n\r\nAnhui,4\n\rJiangxi,5');
    expect(t.rows).toEqual([['Sichuan', '1'], ['Henan', '2'], ['Hunan', '3'], ['Anhui', '4'], ['Jiangxi', '5']]);
    // Each CR, LF or CRLF is one line break, as an editor counts them: Anhui is on line 6, the
    // LF CR after it is a blank line 7, Jiangxi line 8.
    expect(t.rowNumbers).toEqual([2, 3, 4, 6, 8]);
    expect(t.issues).toEqual([]);
  });

  it('keeps a line break inside a quoted field as one cell', () => {
    const t = parseDelimited('name,value\r\n"Si\rchuan",1\n"He\r\nnan",2\r');
    expect(t.rows).toEqual([['Si\nchuan', '1'], ['He\nnan', '2']]);
    expect(t.rowNumbers).toEqual([2, 4]);
  });

  it('any mix of CRLF, LF and CR gives the same rows', () => {
    const cell = fc.stringMatching(/^[A-Za-z0-9四川省 ]{1,8}$/);
    const record = fc.tuple(cell, cell);
    const eol = fc.constantFrom('\r\n', '\n', '\r');
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 20 }), fc.array(eol, { minLength: 21, maxLength: 21 }), (records, eols) => {
        const lf = ['name,value', ...records.map((r) => r.join(','))].join('\n');
        const mixed = ['name,value', ...records.map((r) => r.join(','))].map((l, i) => l + eols[i]).join('');
        const a = parseDelimited(lf);
        const b = parseDelimited(mixed);
        expect(b.rows).toEqual(a.rows);
        expect(b.rowNumbers).toEqual(a.rowNumbers);
      }),
    );
  });
});
