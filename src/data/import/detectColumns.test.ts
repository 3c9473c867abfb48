import { describe, expect, it } from 'vitest';
import { checkColumns, detectColumns, detectLatLon, type ColumnGuess } from './detectColumns';
import { parseDelimited, type ParsedTable } from './parseTable';
import { readNumberColumn } from './readNumberColumn';
import { readPoints } from './readPoints';
import { isUnitKey } from '../join/matchKey';

// A stand-in for the app's matcher: names with or without 省/市/自治区, and GB codes.
const NAMES = ['四川', '河南', '安徽', '湖南', '贵州', '江西', '重庆', '西藏', '广东', '北京'];
const CODES = ['510000', '410000', '340000', '430000', '520000', '360000', '500000', '540000', '440000', '110000'];
const isRegionKey = (s: string) =>
  CODES.includes(s) || NAMES.includes(s.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, ''));

const MESSY = [
  '省份,年份,留守儿童（人）,备注',
  '四川省,2018,"76.5万",',
  '河南省,2018,"1,234,567",含县级数据',
  '安徽省,2018,—,暂无统计',
  '湖南省,2018,"12,5x",录入错误',
  '贵州省,2018,５６万,',
  '江西,2018,"430,000",',
  '重庆市,2018,120000,',
  '西藏自治区,2018,NA,',
  '合计,2018,"6,102万",全国',
  '',
  '注：数据来源于民政部,,,',
].join('\r\n');

describe('detectColumns', () => {
  it('guesses a realistic messy Chinese table', () => {
    const t = parseDelimited(MESSY);
    expect(t.columns).toEqual(['省份', '年份', '留守儿童（人）', '备注']);
    expect(detectColumns(t, isRegionKey)).toEqual<ColumnGuess>({
      key: '省份',
      value: '留守儿童（人）',
      year: '年份',
      lat: null,
      lon: null,
      source: null,
      numeric: ['年份', '留守儿童（人）'],
    });
  });

  // Issue #14: capacities 51 and 41 are two-digit codes (Sichuan, Hubei); a points file had its
  // capacity guessed as the province column, "561 of 2000 rows matched".
  it('does not take a column of small integers for the province', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `Home ${i},${[51, 41, 12, 130, 7, 88, 23, 64][i % 8]},${(104 + i / 100).toFixed(4)},${(30 + i / 100).toFixed(4)}`);
    const t = parseDelimited(['name,capacity,lon,lat', ...rows].join('\n'));
    expect(detectColumns(t, isUnitKey)).toMatchObject({ key: null, lat: 'lat', lon: 'lon' });
  });

  it.each([
    ['code', '510000,410000,999', 'code'],
    ['代码', '51,41,44', '代码'],
    ['n', '51,41,44', null], // codes, but the header says nothing of a place
    ['code', '51,7,130', null], // a place header, but mostly not codes
  ])('a numeric column named %j holding %s is the key: %j', (header, cells, key) => {
    const t = parseDelimited([`${header},v`, ...cells.split(',').map((c, i) => `${c},${i}`)].join('\n'));
    expect(detectColumns(t, isUnitKey).key).toBe(key);
  });

  it.each([
    ['gcj02_lng', 'gcj02_lat'],
    ['bd_lng', 'bd_lat'],
    ['lng_wgs84', 'lat_wgs84'],
    ['高德经度', '高德纬度'],
  ])('finds coordinates named by their system: %s, %s', (lon, lat) => {
    const t = parseDelimited(`name,${lon},${lat}\nA,116.3974,39.9087`);
    expect(detectColumns(t, isUnitKey)).toMatchObject({ lat, lon });
  });

  it.each([['来源'], ['Source'], ['data_source'], ['出处'], ['citation'], ['数据来源']])('finds the source column %j', (name) => {
    const t = parseDelimited(`省份,值,${name}\n四川,1,年鉴\n河南,2,年鉴`);
    expect(detectColumns(t, isRegionKey).source).toBe(name);
  });

  it('reads the guessed value column with the rules used and one warning per unreadable cell', () => {
    const t = parseDelimited(MESSY);
    const col = readNumberColumn(t, '留守儿童（人）');
    expect(col.values).toEqual([765000, 1234567, null, null, 560000, 430000, 120000, null, 61020000, null]);
    expect(col.rules).toEqual(['fullwidth', 'thousands', 'wan']);
    expect(col.missing).toBe(3); // '—', 'NA' and the footnote's empty cell
    expect(col.unreadable).toBe(1);
    expect(col.issues).toEqual([
      { code: 'not-a-number', severity: 'warning', row: 5, field: '留守儿童（人）', raw: '12,5x' },
    ]);
  });

  it('prefers a province-named column when names and codes match equally often', () => {
    const t = parseDelimited('code,province,value\n510000,四川,1\n410000,河南,2\n');
    expect(detectColumns(t, isRegionKey)).toMatchObject({ key: 'province', value: 'value', year: null, numeric: ['code', 'value'] });
  });

  it('never takes a code or serial-number column as the value', () => {
    const t = parseDelimited('序号,行政区划,name,count\n1,510000,四川,5\n2,410000,河南,6\n');
    const g = detectColumns(t, isRegionKey);
    expect(g.value).toBe('count');
    expect(g.numeric).toEqual(['序号', '行政区划', 'count']);
  });

  it('excludes a column of GB province codes even when it is not the key and has no telling name', () => {
    const t = parseDelimited('name,gb,v\n四川,510000,5\n河南,410000,6\n');
    expect(detectColumns(t, isRegionKey)).toMatchObject({ key: 'name', value: 'v' });
  });

  it('finds a year column by its values when its name says nothing', () => {
    const t = parseDelimited('地区,t,v\n四川,2010,1.5\n四川,2020,2.5\n');
    expect(detectColumns(t, isRegionKey)).toMatchObject({ year: 't', value: 'v' });
  });

  it('does not take a notes column that mentions a province for the key', () => {
    const t = parseDelimited('item,note,v\nA,参考四川,1\nB,x,2\nC,y,3\nD,z,4\nE,w,5\nF,四川,6\n');
    expect(detectColumns(t, isRegionKey).key).toBeNull();
  });

  it('finds lat/lon by name, in either order', () => {
    const t = parseDelimited('name,经度,纬度\n成都,104.07,30.67\n郑州,113.62,34.75\n');
    expect(detectColumns(t, isRegionKey)).toMatchObject({ lat: '纬度', lon: '经度', value: null });
    const u = parseDelimited('name,Latitude (°),lng\n成都,30.67,104.07\n');
    expect(detectColumns(u, isRegionKey)).toMatchObject({ lat: 'Latitude (°)', lon: 'lng' });
  });

  it('swaps lat/lon columns whose values say the names are the wrong way round', () => {
    const t = parseDelimited('name,lat,lon\n成都,104.07,30.67\n郑州,113.62,34.75\n');
    expect(detectLatLon(t)).toEqual({ lat: 'lon', lon: 'lat', swapped: true });
  });

  it('finds unnamed coordinates by their ranges', () => {
    const t = parseDelimited('name,a,b\n成都,30.6586,104.0648\n郑州,34.7466,113.6253\n');
    expect(detectLatLon(t)).toEqual({ lat: 'a', lon: 'b', swapped: false });
  });

  it('does not turn a percentage and an index into coordinates', () => {
    const t = parseDelimited('地区,share,index\n四川,20.5,101.2\n河南,18.1,99.8\n');
    expect(detectLatLon(t)).toEqual({ lat: null, lon: null, swapped: false });
  });

  it('ignores x/y columns that do not hold degrees', () => {
    const t = parseDelimited('name,x,y\na,1,2\nb,3,4\n');
    expect(detectLatLon(t)).toEqual({ lat: null, lon: null, swapped: false });
  });

  it('counts a column as numeric at 80% and not below', () => {
    const rows = (bad: number) => ['v', ...Array.from({ length: 10 }, (_, i) => (i < bad ? 'x' : String(i)))].join('\n');
    expect(detectColumns(parseDelimited(rows(2)), isRegionKey).numeric).toEqual(['v']);
    expect(detectColumns(parseDelimited(rows(3)), isRegionKey).numeric).toEqual([]);
  });
});

describe('checkColumns', () => {
  const t: ParsedTable = parseDelimited('a,b\nx,y\n');
  it('says when there is nothing to map and no key', () => {
    expect(checkColumns(t, detectColumns(t, isRegionKey)).map((i) => [i.code, i.severity])).toEqual([
      ['no-numeric-column', 'error'],
      ['no-region-column', 'warning'],
    ]);
  });
  it('says nothing for a point layer', () => {
    expect(checkColumns(t, detectColumns(t, isRegionKey), 3)).toEqual([]);
  });
});

describe('readPoints', () => {
  it('reads points, reports bad ones by line and keeps outside ones apart', () => {
    const t = parseDelimited('name,lat,lon\n成都,30.67,104.07\n无坐标,,\n坏,abc,104\n巴黎,48.86,2.35\n');
    const r = readPoints(t, 'lat', 'lon');
    expect(r.points).toEqual([{ row: 2, lon: 104.07, lat: 30.67, props: { name: '成都', lat: '30.67', lon: '104.07' } }]);
    expect(r.outside.map((p) => p.props['name'])).toEqual(['巴黎']);
    expect(r.issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ['missing-coordinates', 3, null],
      ['bad-coordinates', 4, 'lat'],
      ['point-outside-china', 5, null],
    ]);
  });
});
