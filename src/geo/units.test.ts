import { describe, expect, it } from 'vitest';
import unitsJson from './units.json';
import { UNITS, UNIT_BY_ID, UNIT_IDS, isUnitId, type UnitId, type UnitKind } from './units';

describe('UNITS', () => {
  it('lists the 34 ids of UNIT_IDS, in the same order', () => {
    expect(UNITS.map((u) => u.id)).toEqual([...UNIT_IDS]);
    expect(new Set(UNIT_IDS).size).toBe(34);
  });

  it('is ordered by strictly increasing GB/T 2260 code', () => {
    const codes = UNITS.map((u) => Number(u.gb));
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(UNITS.map((u) => [u.id, u] as const))('%s has consistent codes and names', (id, u) => {
    expect(u.iso).toBe(`CN-${id}`);
    expect(u.gb).toMatch(/^[1-8]\d0000$/);
    expect(u.en).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
    expect(u.zh).toMatch(/^\p{Script=Han}{2,3}$/u);
    expect(u.zhFull.startsWith(u.zh)).toBe(true);
    const suffix: Record<UnitKind, string> = {
      province: '省',
      municipality: '市',
      autonomous_region: '自治区',
      sar: '特别行政区',
    };
    expect(u.zhFull.endsWith(suffix[u.kind])).toBe(true);
  });

  // The ids that are easy to confuse, and the units whose names are easy to get wrong.
  it.each<[UnitId, string, string, string, string, UnitKind]>([
    ['HE', '130000', 'Hebei', '河北', '河北省', 'province'],
    ['SX', '140000', 'Shanxi', '山西', '山西省', 'province'],
    ['NM', '150000', 'Inner Mongolia', '内蒙古', '内蒙古自治区', 'autonomous_region'],
    ['HA', '410000', 'Henan', '河南', '河南省', 'province'],
    ['HB', '420000', 'Hubei', '湖北', '湖北省', 'province'],
    ['HN', '430000', 'Hunan', '湖南', '湖南省', 'province'],
    ['GX', '450000', 'Guangxi', '广西', '广西壮族自治区', 'autonomous_region'],
    ['HI', '460000', 'Hainan', '海南', '海南省', 'province'],
    ['CQ', '500000', 'Chongqing', '重庆', '重庆市', 'municipality'],
    ['SC', '510000', 'Sichuan', '四川', '四川省', 'province'],
    ['XZ', '540000', 'Tibet', '西藏', '西藏自治区', 'autonomous_region'],
    ['SN', '610000', 'Shaanxi', '陕西', '陕西省', 'province'],
    ['NX', '640000', 'Ningxia', '宁夏', '宁夏回族自治区', 'autonomous_region'],
    ['XJ', '650000', 'Xinjiang', '新疆', '新疆维吾尔自治区', 'autonomous_region'],
    ['TW', '710000', 'Taiwan', '台湾', '台湾省', 'province'],
    ['HK', '810000', 'Hong Kong', '香港', '香港特别行政区', 'sar'],
    ['MO', '820000', 'Macao', '澳门', '澳门特别行政区', 'sar'],
  ])('%s is %s %s %s', (id, gb, en, zh, zhFull, kind) => {
    expect(UNIT_BY_ID.get(id)).toEqual({ id, gb, iso: `CN-${id}`, en, zh, zhFull, kind });
  });

  it('counts 23 provinces, 4 municipalities, 5 autonomous regions and 2 SARs', () => {
    const count = (kind: UnitKind) => UNITS.filter((u) => u.kind === kind).length;
    expect([count('province'), count('municipality'), count('autonomous_region'), count('sar')]).toEqual([23, 4, 5, 2]);
    expect(UNITS.filter((u) => u.kind === 'municipality').map((u) => u.id)).toEqual(['BJ', 'TJ', 'SH', 'CQ']);
  });

  it('is the units.json the geo build reads, unchanged', () => {
    expect(UNITS).toBe(unitsJson);
  });
});

describe('UNIT_BY_ID', () => {
  it('finds every unit by its id', () => {
    expect(UNIT_BY_ID.size).toBe(34);
    for (const u of UNITS) expect(UNIT_BY_ID.get(u.id)).toBe(u);
  });
});

describe('isUnitId', () => {
  it.each(UNIT_IDS.map((id) => [id]))('accepts %s', (id) => {
    expect(isUnitId(id)).toBe(true);
  });

  it.each([['sc'], [' SC'], ['SC '], ['CN-SC'], ['510000'], [''], ['XX'], ['CN'], ['toString'], ['__proto__']])(
    'rejects %j',
    (s) => {
      expect(isUnitId(s)).toBe(false);
    },
  );

  it('narrows a string to UnitId so it can key UNIT_BY_ID', () => {
    const input: string = ['Q', 'H'].join('');
    if (!isUnitId(input)) throw new Error('QH should be an id');
    expect(UNIT_BY_ID.get(input)?.en).toBe('Qinghai');
  });
});
