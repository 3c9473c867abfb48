import { describe, expect, it } from 'vitest';
import { buildImportPreview } from './buildImportPreview';
import { parseBytes } from './import/parseBytes';

const file = (text: string, name = 'messy.csv') => parseBytes(name, new TextEncoder().encode(text));

const MESSY = [
  '\uFEFF省份,年份,留守儿童（人）,备注',
  '四川省,2018,"76.5万",MCA',
  'Anhui Province,2018,"705,000",',
  'Sichaun,2018,1,typo',
  '全国,2018,697万,national total',
  'CN-HA,2018,—,no figure',
  '四川,2018,999,duplicate of row 2',
  '<b>Hunan</b>,2018,12x,markup',
].join('\r\n');

describe('buildImportPreview', () => {
  const f = file(MESSY);
  const p = buildImportPreview(f, { key: '省份', value: '留守儿童（人）', year: '年份' });

  it('accounts for every row: matched + unmatched = all rows', () => {
    expect(p.report!.total).toBe(7);
    expect(p.report!.matched.length + p.report!.unmatched.length).toBe(7);
  });

  it('parses 万 and thousands separators and says so', () => {
    expect(p.values).toContainEqual({ region: 'SC', year: 2018, value: 765000, row: 2 });
    expect(p.values).toContainEqual({ region: 'AH', year: 2018, value: 705000, row: 3 });
    expect(p.rules).toEqual(expect.arrayContaining(['wan', 'thousands']));
  });

  it('reports a typo with a suggestion and the national total without one, by file row number', () => {
    const typo = p.report!.unmatched.find((u) => u.row === 4)!;
    expect(typo.suggestion).toBe('SC');
    const total = p.report!.unmatched.find((u) => u.row === 5)!;
    expect(total.suggestion).toBeNull();
  });

  it('keeps a missing value as no data, never zero', () => {
    expect(p.values.find((v) => v.region === 'HA')).toBeUndefined();
    expect(p.emptyValues).toBeGreaterThanOrEqual(1);
  });

  it('applies the first of two rows for one province and year, and lists the duplicate', () => {
    expect(p.report!.duplicates).toEqual([expect.objectContaining({ unit: 'SC', year: 2018, rows: [2, 7] })]);
    expect(p.values.filter((v) => v.region === 'SC')).toHaveLength(1);
  });

  it('names the row and column of a value it cannot read', () => {
    expect(p.issues).toContainEqual(expect.objectContaining({ code: 'not-a-number', row: 8, field: '留守儿童（人）', raw: '12x' }));
  });

  it('lets the user fix a match by picking the province for a row', () => {
    const fixed = buildImportPreview(f, { key: '省份', value: '留守儿童（人）', year: '年份' }, { overrides: new Map([[4, 'SC' as const]]) });
    expect(fixed.report!.unmatched.map((u) => u.row)).not.toContain(4);
  });

  it('has no report until a key column is chosen', () => {
    expect(buildImportPreview(f, { key: null, value: '留守儿童（人）', year: null }).report).toBeNull();
  });
});
