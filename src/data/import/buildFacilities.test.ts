import { describe, expect, it } from 'vitest';
import type { PointRow } from './parseGeoJson';
import { buildFacilities, detectFacilityColumns, parseFacilityType, type FacilityColumns } from './buildFacilities';
import type { Facility, FacilityType } from '../../facilities/facility';

describe('parseFacilityType', () => {
  const CASES: [string, FacilityType][] = [
    // ids
    ['home', 'home'],
    ['centre', 'centre'],
    ['school', 'school'],
    ['other', 'other'],
    // home
    ['儿童之家', 'home'],
    ['留守儿童之家', 'home'],
    ['农村留守儿童之家', 'home'],
    ['儿童家园', 'home'],
    ["children's home", 'home'],
    ['Children’s Home', 'home'],
    ['childrens_home', 'home'],
    ['HOME', 'home'],
    [' Home ', 'home'],
    ['ｈｏｍｅ', 'home'], // full-width letters from an IME
    ['留守儿童之家（活动室）', 'home'], // home rule comes first
    // centre
    ['活动中心', 'centre'],
    ['儿童活动中心', 'centre'],
    ['活动室', 'centre'],
    ['留守儿童活动室', 'centre'],
    ['activity centre', 'centre'],
    ['Activity Center', 'centre'],
    ['activity-room', 'centre'],
    ['center', 'centre'],
    ['community centre', 'centre'],
    ['school activity room', 'centre'], // centre rule comes before school
    // school
    ['寄宿制学校', 'school'],
    ['寄宿学校', 'school'],
    ['学校', 'school'],
    ['boarding school', 'school'],
    ['Boarding_School', 'school'],
    ['schools', 'school'],
    // other: not an error
    ['', 'other'],
    ['   ', 'other'],
    ['其他', 'other'],
    ['clinic', 'other'],
    ['homestead', 'other'], // "home" only as a word
    ['preschool', 'other'], // "school" only as a word
    ['<b>home</b>', 'home'], // the word is there; markup is the name's problem, not the type's
  ];
  it.each(CASES)('%j → %s', (raw, expected) => {
    expect(parseFacilityType(raw)).toBe(expected);
  });
});

describe('detectFacilityColumns', () => {
  const none: FacilityColumns = { name: null, type: null, capacity: null, opened: null, source: null };
  const CASES: [string, string[], FacilityColumns][] = [
    ['English', ['name', 'type', 'capacity', 'opened', 'source', 'lat', 'lon'], { name: 'name', type: 'type', capacity: 'capacity', opened: 'opened', source: 'source' }],
    ['Chinese', ['机构名称', '类别', '床位', '成立年份', '来源', '纬度', '经度'], { name: '机构名称', type: '类别', capacity: '床位', opened: '成立年份', source: '来源' }],
    ['Chinese alternatives', ['名称', '类型', '容量（人）', '建成年份', '数据来源'], { name: '名称', type: '类型', capacity: '容量（人）', opened: '建成年份', source: '数据来源' }],
    ['人数 and year', ['名称', '人数', 'year'], { ...none, name: '名称', capacity: '人数', opened: 'year' }],
    ['case, separators and brackets', ['Facility_Name', 'Facility Type', 'Capacity (children)', 'Year Opened', 'Data-Source'], {
      name: 'Facility_Name', type: 'Facility Type', capacity: 'Capacity (children)', opened: 'Year Opened', source: 'Data-Source',
    }],
    ['exact beats loose whatever the order', ['省名称', '儿童之家名称', '名称'], { ...none, name: '名称' }],
    ['a place name is not the facility name', ['province name', '省名称', 'lat', 'lon'], none],
    ['loose Chinese name', ['序号', '儿童之家名称', '省份'], { ...none, name: '儿童之家名称' }],
    ['nothing recognisable', ['a', 'b', 'lat', 'lon'], none],
    ['no columns', [], none],
  ];
  it.each(CASES)('%s', (_, columns, expected) => {
    expect(detectFacilityColumns(columns)).toEqual(expected);
  });

  it('gives each column one role at most', () => {
    const cols = detectFacilityColumns(['type name']);
    expect([cols.name, cols.type].filter((c) => c === 'type name')).toHaveLength(1);
  });
});

const COLUMNS: FacilityColumns = { name: '名称', type: '类型', capacity: '容量', opened: '年份', source: '来源' };
const point = (row: number, props: Record<string, string>, lon = 104.07, lat = 30.67): PointRow => ({ row, lon, lat, props });
const OPTS = { fileName: 'homes.csv', idPrefix: 'f1' };

describe('buildFacilities', () => {
  it('builds a full row', () => {
    const r = buildFacilities([point(2, { 名称: ' 成都儿童之家 ', 类型: '儿童之家', 容量: '1,200', 年份: '2012', 来源: '民政局' })], COLUMNS, OPTS);
    expect(r).toEqual({
      facilities: [
        { id: 'f1-2', name: '成都儿童之家', type: 'home', capacity: 1200, opened: 2012, source: '民政局', lon: 104.07, lat: 30.67, row: 2 },
      ],
      issues: [],
    });
  });

  it('keeps markup in names as plain text', () => {
    const name = '<img src=x onerror=alert(1)>&amp; 之家';
    expect(buildFacilities([point(2, { 名称: name })], COLUMNS, OPTS).facilities[0]!.name).toBe(name);
  });

  const CAPACITY: [string, number | null, string | null][] = [
    ['', null, null],
    ['-', null, null],
    ['NA', null, null],
    ['无', null, null],
    ['0', 0, null],
    ['35', 35, null],
    ['1.2万', 12000, null],
    ['３５', 35, null],
    ['35人', null, 'unreadable'],
    ['many', null, 'unreadable'],
    ['-5', null, 'negative'],
  ];
  it.each(CAPACITY)('capacity %j → %s (%s)', (raw, value, problem) => {
    const r = buildFacilities([point(7, { 容量: raw })], COLUMNS, OPTS);
    expect(r.facilities[0]!.capacity).toBe(value);
    const expected =
      problem === null
        ? []
        : [{ code: 'not-a-number', severity: 'warning', row: 7, rowKind: 'line', field: '容量', raw, ...(problem === 'negative' ? { detail: 'negative' } : {}) }];
    expect(r.issues).toEqual(expected);
  });

  const OPENED: [string, number | null, string | null][] = [
    ['', null, null],
    ['—', null, null],
    ['2012', 2012, null],
    ['２０１２', 2012, null],
    ['2012年', 2012, null],
    ['2012年6月', 2012, null],
    ['2012-06', 2012, null],
    ['2012/6/1', 2012, null],
    ['12', null, 'not-a-year'],
    ['2012.5', null, 'not-a-year'],
    ['3012', null, 'not-a-year'],
    ['last year', null, 'unreadable'],
  ];
  it.each(OPENED)('opened %j → %s (%s)', (raw, value, problem) => {
    const r = buildFacilities([point(3, { 年份: raw })], COLUMNS, { ...OPTS, rowKind: 'feature' });
    expect(r.facilities[0]!.opened).toBe(value);
    const expected =
      problem === null
        ? []
        : [{ code: 'not-a-number', severity: 'warning', row: 3, rowKind: 'feature', field: '年份', raw, ...(problem === 'not-a-year' ? { detail: 'not-a-year' } : {}) }];
    expect(r.issues).toEqual(expected);
  });

  it('without columns: empty name, type other, no capacity, the file as source', () => {
    const none: FacilityColumns = { name: null, type: null, capacity: null, opened: null, source: null };
    const r = buildFacilities([point(4, { 名称: 'ignored' })], none, OPTS);
    expect(r.facilities).toEqual([{ id: 'f1-4', name: '', type: 'other', capacity: null, opened: null, source: 'homes.csv', lon: 104.07, lat: 30.67, row: 4 }]);
    expect(r.issues).toEqual([]);
  });

  it('uses the file name when the source cell is blank', () => {
    const r = buildFacilities([point(2, { 来源: '  ' }), point(3, { 来源: '县民政局' })], COLUMNS, OPTS);
    expect(r.facilities.map((f) => f.source)).toEqual(['homes.csv', '县民政局']);
  });

  it('keeps ids unique when one row has several points (a GeoJSON MultiPoint)', () => {
    const r = buildFacilities([point(5, {}), point(5, {}, 113.65, 34.76), point(6, {}), point(5, {}, 114, 22)], COLUMNS, OPTS);
    expect(r.facilities.map((f) => f.id)).toEqual(['f1-5', 'f1-5-2', 'f1-6', 'f1-5-3']);
    expect(r.facilities.map((f) => f.row)).toEqual([5, 5, 6, 5]);
  });

  it('caps repeated warnings with a more-issues summary', () => {
    const points = Array.from({ length: 60 }, (_, i) => point(i + 2, { 容量: 'x' }));
    const r = buildFacilities(points, COLUMNS, OPTS);
    expect(r.issues.filter((i) => i.code === 'not-a-number')).toHaveLength(50);
    expect(r.issues.at(-1)).toEqual({ code: 'more-issues', severity: 'warning', row: null, field: null, detail: 'not-a-number', actual: 10 });
  });

  it('returns no facilities for no points', () => {
    expect(buildFacilities([], COLUMNS, OPTS)).toEqual({ facilities: [] satisfies Facility[], issues: [] });
  });

  it('does not mutate its input', () => {
    const points = [point(2, { 名称: ' a ', 容量: 'x', 类型: 'HOME' }), point(2, {})];
    const columns = { ...COLUMNS };
    const before = structuredClone({ points, columns, OPTS });
    buildFacilities(points, columns, OPTS);
    expect({ points, columns, OPTS }).toEqual(before);
  });
});
