import { describe, expect, it } from 'vitest';
import type { ImportIssue } from './importIssue';
import { isGeoJsonHandoff, parseDelimited, parseJson, sniffDelimiter, type ParsedTable } from './parseTable';

/** Issues as compact tuples, so expectations read like the list the user sees. */
const brief = (issues: ImportIssue[]) => issues.map((i) => [i.code, i.severity, i.row, i.field]);

function table(x: ReturnType<typeof parseJson>): ParsedTable {
  if (isGeoJsonHandoff(x)) throw new Error('expected a table');
  return x;
}

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a\tb\n1,000\t2', '\t'],
    ['省份;数值\n四川;1,5\n河南;2,5', ';'], // European decimals: the comma is not the delimiter
    ['name,value\n"Sichuan; west",5', ','],
    ['single\n1\n2', ','],
    ['a,b\r\n1,2\r\n\r\n"x\ny",3\r\n4,5,6', ','],
  ])('%j → %j', (text, d) => {
    expect(sniffDelimiter(text)).toBe(d);
  });
});

describe('parseDelimited', () => {
  it('reads a plain CSV with line numbers (header = line 1)', () => {
    const t = parseDelimited('province,value\nSichuan,765000\nHenan,1234\n');
    expect(t).toEqual({
      columns: ['province', 'value'],
      rows: [['Sichuan', '765000'], ['Henan', '1234']],
      rowNumbers: [2, 3],
      format: 'csv',
      delimiter: ',',
      issues: [],
    });
  });

  it('handles a BOM, CRLF and blank lines, keeping file line numbers', () => {
    const t = parseDelimited('\ufeffprovince,value\r\n\r\nSichuan,765000\r\n   \r\nHenan,1234\r\n\r\n');
    expect(t.columns).toEqual(['province', 'value']);
    expect(t.rows).toEqual([['Sichuan', '765000'], ['Henan', '1234']]);
    expect(t.rowNumbers).toEqual([3, 5]);
    expect(t.issues).toEqual([]);
  });

  it('reads semicolons with decimal commas left in the cells', () => {
    const t = parseDelimited('省份;数值\n四川;12,5\n河南;2,5\n');
    expect(t.delimiter).toBe(';');
    expect(t.format).toBe('csv');
    expect(t.rows).toEqual([['四川', '12,5'], ['河南', '2,5']]);
  });

  it('reads tabs as TSV', () => {
    const t = parseDelimited('省份\t数值\n四川\t1,234\n');
    expect(t.format).toBe('tsv');
    expect(t.delimiter).toBe('\t');
    expect(t.rows).toEqual([['四川', '1,234']]);
  });

  it('honours a forced delimiter', () => {
    const t = parseDelimited('a,b\tc\n1,2\t3\n', { delimiter: '\t' });
    expect(t.columns).toEqual(['a,b', 'c']);
  });

  it('keeps commas and newlines inside quoted fields, and counts the lines they span', () => {
    const t = parseDelimited('name,note,value\n"Sichuan, Chengdu","line one\nline two",1\nHenan,"say ""hi""",2\n');
    expect(t.rows).toEqual([
      ['Sichuan, Chengdu', 'line one\nline two', '1'],
      ['Henan', 'say "hi"', '2'],
    ]);
    expect(t.rowNumbers).toEqual([2, 4]);
    expect(t.issues).toEqual([]);
  });

  it('pads short rows and cuts long ones, warning with the line number', () => {
    const t = parseDelimited('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,\n');
    expect(t.rows).toEqual([['1', '2', '3'], ['4', '5', ''], ['6', '7', '8'], ['10', '11', '12']]);
    expect(t.issues).toEqual([
      { code: 'ragged-row', severity: 'warning', row: 3, field: null, expected: 3, actual: 2 },
      { code: 'ragged-row', severity: 'warning', row: 4, field: null, expected: 3, actual: 4 },
    ]); // line 5's extra field is empty: nothing lost, nothing to say
  });

  it('reports an unterminated quote on the row where it starts', () => {
    const t = parseDelimited('a,b\n1,2\n3,"4\n5,6\n');
    expect(t.rowNumbers).toEqual([2, 3]);
    expect(t.rows[1]?.[0]).toBe('3');
    expect(brief(t.issues)).toContainEqual(['malformed-csv', 'warning', 3, null]);
    expect(t.issues.find((i) => i.code === 'malformed-csv')?.detail).toBe('MissingQuotes');
  });

  it('reports text after a closing quote', () => {
    const t = parseDelimited('a,b\n"1"x,2\n3,4\n');
    expect(brief(t.issues)).toContainEqual(['malformed-csv', 'warning', 2, null]);
  });

  it('makes duplicate and empty header names unique, with a warning each', () => {
    const t = parseDelimited('value,value,,value (2),value\n1,2,3,4,5\n');
    expect(t.columns).toEqual(['value', 'value (3)', 'column 3', 'value (2)', 'value (4)']);
    expect(t.issues).toEqual([
      { code: 'duplicate-column', severity: 'warning', row: 1, field: 'value (3)', raw: 'value' },
      { code: 'blank-column-name', severity: 'warning', row: 1, field: 'column 3', expected: 3 },
      { code: 'duplicate-column', severity: 'warning', row: 1, field: 'value (4)', raw: 'value' },
    ]);
  });

  it("drops Excel's empty trailing columns silently", () => {
    const t = parseDelimited('省份,数值,,\n四川,1,,\n河南,2,,\n');
    expect(t.columns).toEqual(['省份', '数值']);
    expect(t.rows).toEqual([['四川', '1'], ['河南', '2']]);
    expect(t.issues).toEqual([]);
  });

  it('keeps an unnamed trailing column that holds data', () => {
    const t = parseDelimited('省份,数值,\n四川,1,x\n');
    expect(t.columns).toEqual(['省份', '数值', 'column 3']);
    expect(brief(t.issues)).toEqual([['blank-column-name', 'warning', 1, 'column 3']]);
  });

  it('skips title lines above the header (NBS export style)', () => {
    const t = parseDelimited('数据库：分省年度数据\n指标：留守儿童(人)\n地区,2018年,备注\n四川省,765000,\n');
    expect(t.columns).toEqual(['地区', '2018年', '备注']);
    expect(t.rows).toEqual([['四川省', '765000', '']]);
    expect(t.rowNumbers).toEqual([4]);
    expect(brief(t.issues)).toEqual([
      ['title-row-skipped', 'warning', 1, null],
      ['title-row-skipped', 'warning', 2, null],
    ]);
  });

  it('does not take a one-name header for a title when the next line holds numbers', () => {
    const t = parseDelimited('省份,\n四川,765000\n河南,1\n');
    expect(t.columns).toEqual(['省份', 'column 2']);
    expect(t.rows).toEqual([['四川', '765000'], ['河南', '1']]);
  });

  it('reads a one-column file', () => {
    const t = parseDelimited('province\nSichuan\nHenan\n');
    expect(t.columns).toEqual(['province']);
    expect(t.rows).toEqual([['Sichuan'], ['Henan']]);
    expect(t.issues).toEqual([]);
  });

  it('rejects an empty file', () => {
    for (const text of ['', '\ufeff', '  \r\n\n ']) {
      const t = parseDelimited(text);
      expect(t.rows).toEqual([]);
      expect(brief(t.issues)).toEqual([['empty-file', 'error', null, null]]);
    }
  });

  it('rejects a header without rows', () => {
    const t = parseDelimited('province,value\r\n');
    expect(t.columns).toEqual(['province', 'value']);
    expect(t.rows).toEqual([]);
    expect(brief(t.issues)).toEqual([['no-rows', 'error', null, null]]);
  });

  it('keeps markup as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const t = parseDelimited(`name,value\n"${name}",1\n<b>bold</b>,2\n`);
    expect(t.rows).toEqual([[name, '1'], ['<b>bold</b>', '2']]);
  });

  it('stops at maxRows + 1 and rejects the file rather than truncating it', () => {
    const text = 'a,b\n' + '1,2\n'.repeat(11);
    const t = parseDelimited(text, { maxRows: 10 });
    expect(t.rows).toEqual([]);
    expect(t.issues).toEqual([{ code: 'too-many-rows', severity: 'error', row: null, field: null, expected: 10, actual: 11 }]);
    expect(parseDelimited('a,b\n' + '1,2\n'.repeat(10), { maxRows: 10 }).rows).toHaveLength(10);
  });

  it('caps repeated warnings and summarises the rest', () => {
    const text = 'a,b\n' + '1\n'.repeat(60);
    const t = parseDelimited(text);
    expect(t.rows).toHaveLength(60);
    expect(t.issues.filter((i) => i.code === 'ragged-row')).toHaveLength(50);
    expect(t.issues.at(-1)).toEqual({ code: 'more-issues', severity: 'warning', row: null, field: null, detail: 'ragged-row', actual: 10 });
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    parseDelimited('a,b\n' + '1,2\n'.repeat(5000), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });

  it('returns fresh arrays on each call', () => {
    const text = 'a\n1\n';
    expect(parseDelimited(text).rows).not.toBe(parseDelimited(text).rows);
  });
});

describe('parseJson', () => {
  it('reads an array of objects: union of keys in first-seen order, values as text', () => {
    const t = table(
      parseJson(
        JSON.stringify([
          { province: '四川省', value: 765000 },
          { province: '河南省', note: 'x', value: null },
          { value: 1.5, flag: true, nested: { a: 1 }, list: [1, 2] },
        ]),
      ),
    );
    expect(t).toEqual({
      columns: ['province', 'value', 'note', 'flag', 'nested', 'list'],
      rows: [
        ['四川省', '765000', '', '', '', ''],
        ['河南省', '', 'x', '', '', ''],
        ['', '1.5', '', 'true', '{"a":1}', '[1,2]'],
      ],
      rowNumbers: [1, 2, 3],
      format: 'json',
      issues: [],
    });
  });

  it.each(['data', 'rows', 'records'])('reads {%s: [...]}', (k) => {
    const t = table(parseJson(JSON.stringify({ meta: 1, [k]: [{ a: 1 }, { a: 2 }] })));
    expect(t.columns).toEqual(['a']);
    expect(t.rows).toEqual([['1'], ['2']]);
  });

  it('reads an object of province → value', () => {
    const t = table(parseJson('{"四川省": 765000, "河南省": "1,234", "西藏": null}'));
    expect(t.columns).toEqual(['key', 'value']);
    expect(t.rows).toEqual([['四川省', '765000'], ['河南省', '1,234'], ['西藏', '']]);
  });

  it('reads an object of records keyed by code', () => {
    const t = table(parseJson('{"510000": {"name": "四川省", "v": 1}, "410000": {"name": "河南省", "v": 2}}'));
    expect(t.columns).toEqual(['key', 'name', 'v']);
    // JavaScript orders integer-like keys ascending, whatever the file's order: a documented limit.
    expect(t.rows).toEqual([['410000', '河南省', '2'], ['510000', '四川省', '1']]);
  });

  it('reads arrays of arrays with a header row', () => {
    const t = table(parseJson('[["省份","值"],["四川省",765000],["河南省"]]'));
    expect(t.columns).toEqual(['省份', '值']);
    expect(t.rows).toEqual([['四川省', '765000'], ['河南省', '']]);
    expect(t.rowNumbers).toEqual([2, 3]);
    expect(brief(t.issues)).toEqual([['ragged-row', 'warning', 3, null]]);
  });

  it('skips array entries that are not objects, naming them', () => {
    const t = table(parseJson('[{"a":1}, 5, null, {"a":2}]'));
    expect(t.rows).toEqual([['1'], ['2']]);
    expect(t.rowNumbers).toEqual([1, 4]);
    expect(brief(t.issues)).toEqual([
      ['not-an-object', 'warning', 2, null],
      ['not-an-object', 'warning', 3, null],
    ]);
  });

  it('reports malformed JSON with the line and column', () => {
    const t = table(parseJson('[\n  {"a": 1},\n  {"a": 2,}\n]'));
    expect(t.rows).toEqual([]);
    expect(t.issues).toHaveLength(1);
    const [issue] = t.issues;
    expect(issue).toMatchObject({ code: 'malformed-json', severity: 'error', row: null, line: 3, column: 11 });
    expect(issue?.detail).toBeTruthy();
  });

  it('reports truncated JSON at its last line', () => {
    const [issue] = table(parseJson('[\n {"a": 1},\n {"a"')).issues;
    expect(issue).toMatchObject({ code: 'malformed-json', line: 3 });
  });

  it('hands GeoJSON back untouched', () => {
    const fc = { type: 'FeatureCollection', features: [] };
    const r = parseJson(JSON.stringify(fc));
    expect(isGeoJsonHandoff(r)).toBe(true);
    expect(r).toEqual({ geojson: fc });
    expect(parseJson('{"type":"Feature","geometry":null,"properties":{}}')).toMatchObject({ geojson: { type: 'Feature' } });
  });

  it('rejects TopoJSON, scalars, empty arrays and key-less objects with specific errors', () => {
    expect(brief(table(parseJson('{"type":"Topology","objects":{}}')).issues)).toEqual([['topojson', 'error', null, null]]);
    expect(brief(table(parseJson('42')).issues)).toEqual([['unsupported-json', 'error', null, null]]);
    expect(brief(table(parseJson('[]')).issues)).toEqual([['no-rows', 'error', null, null]]);
    expect(brief(table(parseJson('[{}, {}]')).issues)).toEqual([['no-columns', 'error', null, null]]);
    expect(brief(table(parseJson('{"a": 1, "b": {"c": 2}}')).issues)).toEqual([['unsupported-json', 'error', null, null]]);
    expect(brief(table(parseJson('  ')).issues)).toEqual([['empty-file', 'error', null, null]]);
  });

  it('rejects arrays longer than maxRows', () => {
    const t = table(parseJson(JSON.stringify([{ a: 1 }, { a: 2 }, { a: 3 }]), { maxRows: 2 }));
    expect(t.issues).toEqual([{ code: 'too-many-rows', severity: 'error', row: null, field: null, expected: 2, actual: 3 }]);
  });

  it('reads 200,000 arrays without overflowing the stack', () => {
    const items = [['省份', '值'], ...Array.from({ length: 199_999 }, (_, i) => ['四川省', i])];
    const t = table(parseJson(JSON.stringify(items)));
    expect(t.rows).toHaveLength(199_999);
    expect(t.rowNumbers.at(-1)).toBe(200_000);
    expect(t.issues).toEqual([]);
  });

  it('keeps markup as plain text', () => {
    const t = table(parseJson('[{"name": "<img src=x onerror=alert(1)>", "v": 1}]'));
    expect(t.rows[0]?.[0]).toBe('<img src=x onerror=alert(1)>');
  });
});
