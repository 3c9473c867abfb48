import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../data/import/parseTable';
import { detectColumns } from '../data/import/detectColumns';
import { buildRegionImportPreview, detectProvinceColumn } from './buildRegionImportPreview';
import { regionKeyTest } from './joinRegionRows';
import { namedRegion } from './testFixtures';

const region = namedRegion;

/** Two 朝阳区 (Beijing, Changchun), a county, a county-level city. */
const REGIONS = [region(0, '110105', '朝阳区', 'BJ'), region(1, '220104', '朝阳区', 'JL'), region(2, '341221', '临泉县', 'AH'), region(3, '341282', '界首市', 'AH')];

const table = (columns: string[], rows: string[][]): ParsedTable => ({ columns, rows, rowNumbers: rows.map((_, i) => i + 2), format: 'csv', issues: [] });

const FILE = table(
  ['县', '省', '儿童之家', '来源'],
  [
    ['临泉', '安徽', '12', '县民政局'], // short name
    ['朝阳区', '北京', '3', ''], // namesake, told apart by the province column
    ['界首巿', '安徽', '—', ''], // 巿 for 市; no data
    ['不知县', '安徽', '5', ''], // unknown
    ['临泉县', '安徽', '99', ''], // duplicate of row 2
  ],
);
const CHOICE = { key: '县', value: '儿童之家', year: null, source: '来源', province: '省' };

describe('buildRegionImportPreview', () => {
  it('joins by name, short name and province; one value per region (the first row); no data kept as none', () => {
    const pv = buildRegionImportPreview({ table: FILE }, CHOICE, { regions: REGIONS });
    expect(pv.via).toEqual({ code: 0, name: 2, 'short-name': 1, province: 1, manual: 0 });
    expect(pv.pairings.map((p) => [p.row, p.region, p.via])).toEqual([
      [2, '341221', 'short-name'],
      [3, '110105', 'province'],
      [4, '341282', 'name'],
      [6, '341221', 'name'],
    ]);
    expect(pv.report?.unmatched.map((u) => [u.row, u.key, u.reason])).toEqual([[5, '不知县', 'unknown']]);
    expect(pv.report?.duplicates).toEqual([{ region: '341221', year: null, rows: [2, 6], used: 2 }]);
    expect(pv.values).toEqual([
      { region: '341221', year: 0, value: 12, row: 2, source: '县民政局' },
      { region: '110105', year: 0, value: 3, row: 3 },
    ]);
    expect(pv.emptyValues).toBe(1);
  });

  it('leaves a namesake unmatched without a province column, and takes the user’s pick', () => {
    const pv = buildRegionImportPreview({ table: FILE }, { ...CHOICE, province: null }, { regions: REGIONS });
    expect(pv.report?.unmatched.find((u) => u.row === 3)).toMatchObject({ reason: 'ambiguous', candidates: ['110105', '220104'] });
    const fixed = buildRegionImportPreview({ table: FILE }, CHOICE, { regions: REGIONS }).report;
    expect(fixed?.unmatched).toHaveLength(1);
    const picked = buildRegionImportPreview({ table: FILE }, CHOICE, { regions: REGIONS }, { overrides: new Map([[5, '220104']]) });
    expect(picked.via.manual).toBe(1);
    expect(picked.values.find((v) => v.row === 5)).toEqual({ region: '220104', year: 0, value: 5, row: 5 });
  });

  it('finds the key column by the set’s names and the province column by province names', () => {
    expect(detectColumns(FILE, regionKeyTest(REGIONS)).key).toBe('县');
    expect(detectProvinceColumn(FILE, '县')).toBe('省');
    expect(detectProvinceColumn(table(['县', 'x'], [['临泉', '1']]), '县')).toBeNull();
  });

  it('combines a region’s rows as chosen (sum of the rows with a number), naming the sources of all of them', () => {
    const pv = buildRegionImportPreview({ table: FILE }, CHOICE, { regions: REGIONS }, { combine: 'sum' });
    expect(pv.combine).toBe('sum');
    expect(pv.values[0]).toEqual({ region: '341221', year: 0, value: 111, row: 2, combined: 2, source: '县民政局' });
    expect(buildRegionImportPreview({ table: FILE }, CHOICE, { regions: REGIONS }, { combine: 'max' }).values[0]?.value).toBe(99);
  });
});
