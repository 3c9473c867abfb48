import { describe, expect, it } from 'vitest';
import type { UnitId } from '../geo/units';
import { buildFacilityListCsv, rejectionReason } from './buildFacilityListCsv';
import { buildProvinceIndex } from '../facilities/provinceIndex';
import { facilityAt, PROVINCES } from '../facilities/testFixtures';

const index = buildProvinceIndex(PROVINCES);
const locate = (lon: number, lat: number): UnitId | null => {
  const i = index.locate(lon, lat);
  return i < 0 ? null : index.units[i]!;
};

describe('rejectionReason', () => {
  const CASES: [string, number, number, string][] = [
    ['Chengdu with lat and lon swapped', 30.67, 104.07, 'swapped coordinates'],
    ['Paris', 2.35, 48.86, 'outside China'],
    ['the East China Sea', 125, 25, 'outside every province'],
    ['no coordinates', Number.NaN, 30, 'missing coordinates'],
  ];
  it.each(CASES)('%s', (_, lon, lat, reason) => {
    expect(rejectionReason(lon, lat, locate)).toBe(reason);
  });
});

const HEADER = 'set,synthetic,row,id,name,type,capacity,opened,source,lon,lat,status,province_code_gb,iso_3166_2,name_en,name_zh,counted,reason';

describe('buildFacilityListCsv', () => {
  const csv = buildFacilityListCsv({
    sets: [
      {
        id: 'f1',
        name: 'homes.csv',
        fileName: 'homes.csv',
        importedAt: '2026-12-01T10:00:00.000Z',
        synthetic: false,
        facilities: [
          facilityAt(104.07, 30.67, { id: 'a', name: 'Chengdu home', type: 'home', row: 2 }),
          facilityAt(126.63, 45.75, { id: 'b', name: 'Harbin school', type: 'school', row: 3 }),
          facilityAt(125, 25, { id: 'c', name: 'Offshore', row: 4 }),
          facilityAt(30.67, 104.07, { id: 'd', name: 'Swapped', row: 5 }),
        ],
        rejected: [
          { row: 6, raw: ', 30.1', reason: 'missing coordinates' },
          { row: 7, raw: ', ', reason: 'missing coordinates' },
          { row: 8, raw: 'x, 30.1', reason: 'unreadable coordinates' },
          { row: 9, raw: '3e, 30' },
        ],
      },
    ],
    types: ['home'],
    locate,
    exportedAt: '2026-12-02T06:00:00.000Z',
  });
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n').filter((l) => !l.startsWith('#'));
  const cols = lines[0]!.split(',');
  const get = (id: string, col: string) => lines.find((l) => l.split(',')[cols.indexOf('id')] === id)!.split(',')[cols.indexOf(col)];

  it('gives every point its province or the reason it has none', () => {
    expect([get('a', 'iso_3166_2'), get('a', 'status'), get('a', 'counted')]).toEqual(['CN-SC', 'assigned', 'yes']);
    expect([get('b', 'iso_3166_2'), get('b', 'counted')]).toEqual(['CN-HL', 'no']);
    expect([get('c', 'status'), get('c', 'reason')]).toEqual(['rejected', 'outside every province']);
    expect(get('d', 'reason')).toBe('swapped coordinates');
    expect(lines).toHaveLength(1 + 8);
  });

  // #13: rows without a point, each with its row number and reason, the cells as written when any.
  it.each([
    [6, 'missing coordinates; as written: , 30.1'],
    [7, 'missing coordinates'],
    [8, 'unreadable coordinates; as written: x, 30.1'],
    [9, 'unreadable coordinates; as written: 3e, 30'],
  ])('row %i is rejected: %s', (row, reason) => {
    const records = csv.replace(/^\uFEFF/, '').trim().split('\r\n').filter((l) => !l.startsWith('#'));
    const line = records.find((l) => l.split(',')[cols.indexOf('row')] === String(row))!;
    expect(line.split(',')[cols.indexOf('status')]).toBe('rejected');
    // The reason is the last column; a comma in it is quoted by formatCsv.
    expect(line.slice(line.lastIndexOf(',no,') + 4).replace(/^"|"$/g, '')).toBe(reason);
  });
});

describe('buildFacilityListCsv: coordinate systems (#14)', () => {
  const meta = (crs?: 'WGS84' | 'GCJ02' | 'BD09') =>
    buildFacilityListCsv({
      sets: [{ id: 'f1', name: 'amap.csv', fileName: 'amap.csv', importedAt: '2026-12-01', synthetic: false, ...(crs ? { crs } : {}), facilities: [] }],
      types: ['home'],
      locate,
      exportedAt: '2026-12-02',
    })
      .split('\r\n')
      .find((l) => l.startsWith('# facility set'))!;
  it.each([
    [undefined, null],
    ['WGS84', null],
    ['GCJ02', 'coordinates converted from GCJ-02 (Amap, Tencent) to WGS 84'],
    ['BD09', 'coordinates converted from BD-09 (Baidu) to WGS 84'],
  ] as const)('a set in %s says %s', (crs, note) => {
    if (note === null) expect(meta(crs)).not.toContain('converted');
    else expect(meta(crs)).toContain(note);
  });
  it('writes its words in the reader\'s language on a Chinese screen; the column names and type codes stay the same (#13)', () => {
    const zh = buildFacilityListCsv({
      sets: [
        {
          id: 'f1', name: 'amap.csv', fileName: 'amap.csv', importedAt: '2026-12-01', synthetic: false, crs: 'GCJ02',
          facilities: [facilityAt(104.07, 30.67, { id: 'a', type: 'home', row: 2 }), facilityAt(125, 25, { id: 'c', row: 4 })],
          rejected: [{ row: 9, raw: 'x, 30.1', reason: 'unreadable coordinates' }],
        },
      ],
      types: ['home'],
      locate,
      exportedAt: '2026-12-02',
      lang: 'zh',
    }).replace(/^\uFEFF/, '');
    const all = zh.trim().split('\r\n');
    const metaLines = all.filter((l) => l.startsWith('#'));
    // The # lines carry no English words but the file name and the CRS names.
    // (and the column name `counted`, which is the same in both languages).
    for (const l of metaLines) expect(l.replace(/amap\.csv|GCJ-02|WGS 84|BD-09|Natural Earth|GB\/T 2260|counted/g, ''), l).not.toMatch(/[a-z]{3,}/);
    expect(metaLines.join('\n')).toContain('儿童之家');
    expect(metaLines.join('\n')).toContain('坐标已由GCJ-02');
    const rows = all.filter((l) => !l.startsWith('#'));
    expect(rows[0]).toBe(HEADER);
    const cols = HEADER.split(',');
    const c = (id: string, col: string) => rows.find((l) => l.split(',')[cols.indexOf('id')] === id)!.split(',')[cols.indexOf(col)];
    expect(c('a', 'status')).toBe('已归属');
    expect(c('a', 'counted')).toBe('是');
    expect(c('a', 'synthetic')).toBe('否');
    expect(c('a', 'type')).toBe('home');
    expect(c('c', 'reason')).toBe('不在任何省份内');
    const unreadable = rows.find((l) => l.split(',')[cols.indexOf('row')] === '9')!;
    expect(unreadable).toContain('坐标无法识别；原文：x, 30.1');
  });
});
