import { describe, expect, it } from 'vitest';
import { UNITS } from '../geo/units';
import { buildDatasets } from './buildDatasets';
import { buildImportPreview } from './buildImportPreview';
import { buildIndicatorCsv } from './exportCsv';
import { parseBytes } from './import/parseBytes';
import { figureNote } from './figureNotes';
import { importedFigures, type ImportedDataset } from './importedDataset';

// Issue #14: the file's own source column was dropped, and how rows were combined was not recorded.
const TEXT = '省份,县,留守儿童,来源\n安徽,金寨县,100,县民政局\n安徽,岳西县,250,县统计公报\n河南,固始县,500,县民政局\n江西,于都县,7,';
const file = parseBytes('counties.csv', new TextEncoder().encode(TEXT));
const pv = buildImportPreview(file, { key: '省份', value: '留守儿童', year: null, source: '来源' }, { combine: 'sum' });
const dataset: ImportedDataset = {
  id: 'u-test1',
  name: 'Counties',
  fileName: 'counties.csv',
  importedAt: '2026-12-02T06:00:00.000Z',
  keyColumn: '省份',
  valueColumn: '留守儿童',
  yearColumn: null,
  unit: 'persons',
  kind: 'count',
  numberRules: ['plain'],
  values: pv.values,
  combine: { method: 'sum', provinces: 1, rows: 2 },
  subProvince: { level: 'county', rows: 4, column: '县' },
  sourceColumn: '来源',
};
const ds = buildDatasets({ units: UNITS, indicators: [], figures: [], sources: {} }, [dataset]);
const csv = buildIndicatorCsv(ds.indicators.get('u-test1')!, ds.index, UNITS, ds.sources);
const line = (gb: string) => csv.split('\r\n').find((l) => l.startsWith(gb))!;

describe('an imported dataset carries its choices and its file’s sources', () => {
  it('says in its definition that the rows were counties and were summed', () => {
    const d = ds.indicators.get('u-test1')!.definition;
    expect(d.en).toContain('The file’s 4 rows are counties (column “县”). Where a province had several rows (1 provinces, 2 rows), the value is their sum.');
    expect(d.zh).toContain('文件的4行是县级数据（“县”列）。一个省有多行时（1个省，2行），取其合计。');
  });

  it('exports each value with its own source from the file, beside the file itself', () => {
    expect(line('340000')).toContain('350');
    expect(line('340000')).toContain('sum of 2 rows of counties.csv');
    expect(line('340000')).toMatch(/Your file, counties\.csv.* \| As stated in your file \(column “来源”\), 县民政局; 县统计公报/);
    expect(line('410000')).toMatch(/\| As stated in your file \(column “来源”\), 县民政局/);
    // No source in the file's row: only the file is cited.
    expect(line('360000')).not.toContain('As stated');
  });

  it('lists each distinct source once among the sources', () => {
    expect(Object.keys(ds.sources).filter((k) => k.startsWith('user:u-test1:'))).toHaveLength(2);
  });
});

describe('an imported value’s note is made in the UI language (#18)', () => {
  const notes = new Map(importedFigures(dataset).map((f) => [f.region, figureNote(f.note, f.noteText)]));
  it.each([
    ['AH', 'persons (sum of 2 rows of counties.csv, from row 2)', 'persons（counties.csv中2行的合计，首行为第2行）'],
    ['HA', 'persons (row 4 of counties.csv)', 'persons（counties.csv第4行）'],
  ])('%s', (unit, en, zh) => {
    expect(notes.get(unit as never)).toEqual({ en, zh });
  });
});
