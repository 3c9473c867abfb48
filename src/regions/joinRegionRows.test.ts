import { describe, expect, it } from 'vitest';
import type { UnitId } from '../geo/units';
import { joinRegionRows, regionNameKey, shortRegionName, type RegionJoinInputRow } from './joinRegionRows';
import type { Region } from './parseRegions';

let feature = 0;
/** A region as parseRegions gives it; geometry does not matter to the join. */
const region = (code: string | null, name: string | null, province: UnitId | null): Region => ({
  feature: ++feature,
  code,
  name,
  province,
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
  bbox: [0, 0, 1, 1],
  vertices: 4,
});

// Counties, with the namesakes the issue names: 朝阳区 in Beijing and in Changchun, 朝阳县 in
// Liaoning, 鼓楼区 in Xuzhou, Nanjing and Fuzhou; one township without a code; one non-numeric id.
const COUNTIES: Region[] = [
  region('110105', '朝阳区', 'BJ'),
  region('220104', '朝阳区', 'JL'),
  region('211321', '朝阳县', 'LN'),
  region('341221', '临泉县', 'AH'),
  region('341225', '阜南县', 'AH'),
  region('341226', '颍上县', 'AH'),
  region('131028', '大厂回族自治县', 'HE'),
  region('341282', '界首市', 'AH'),
  region('320302', '鼓楼区', 'JS'),
  region('320106', '鼓楼区', 'JS'),
  region('350102', '鼓楼区', 'FJ'),
  region('320322', '沛县', 'JS'),
  region('150724', '鄂温克族自治旗', 'NM'),
  region(null, '中关村街道', null),
  region('ABC-1', '试验区', null),
];

const row = (n: number, key: string, province: string | null = null, year: number | null = 2020): RegionJoinInputRow => ({ row: n, key, province, year, value: n });

describe('joinRegionRows over county names and codes', () => {
  const cases: Array<[string, string | null, string]> = [
    // [key, province column, expected: region key + via (+ "by province"), or "unmatched:reason:candidates"]
    ['110105', null, '110105 code'],
    ['110105000000', null, '110105 code'],
    ['110105.0', null, '110105 code'],
    ['朝阳区', null, 'unmatched:ambiguous:110105,220104'],
    ['朝阳区', '北京', '110105 name by province'],
    ['朝阳区', '北京市', '110105 name by province'],
    ['朝阳区', '吉林省', '220104 name by province'],
    ['朝阳区', '22', '220104 name by province'],
    ['朝阳区', 'CN-JL', '220104 name by province'],
    ['朝阳', '吉林省', '220104 short-name by province'],
    ['朝阳', null, 'unmatched:ambiguous:110105,220104,211321'],
    ['朝阳', '辽宁', '211321 short-name by province'],
    ['朝阳县', null, '211321 name'],
    ['北京市朝阳区', null, '110105 name by province'],
    ['吉林朝阳区', null, '220104 name by province'],
    ['朝阳区', '四川', 'unmatched:other-province:110105,220104'],
    ['临泉', null, '341221 short-name'],
    ['临泉县', null, '341221 name'],
    ['  临泉县 ', null, '341221 name'],
    ['阜南县', '安徽', '341225 name'],
    ['颍上', null, '341226 short-name'],
    ['大厂', null, '131028 short-name'],
    ['大厂回族自治县', null, '131028 name'],
    ['界首巿', null, '341282 name'],
    ['界首', null, '341282 short-name'],
    ['鼓楼区', '江苏', 'unmatched:ambiguous:320302,320106'],
    ['鼓楼区', '福建省', '350102 name by province'],
    ['鼓楼', null, 'unmatched:ambiguous:320302,320106,350102'],
    ['320106', null, '320106 code'],
    ['沛县', null, '320322 name'],
    ['沛', null, 'unmatched:unknown:'],
    ['鄂温克族自治旗', null, '150724 name'],
    ['中关村街道', null, '#14 name'],
    ['中关村街道办事处', null, '#14 name'],
    ['中关村', null, '#14 short-name'],
    ['abc-1', null, 'ABC-1 code'],
    ['ＡＢＣ－１', null, 'ABC-1 code'],
    ['340000', null, 'unmatched:unknown-code:'],
    ['341299', null, 'unmatched:unknown-code:'],
    ['', null, 'unmatched:empty:'],
    ['\u200b ', null, 'unmatched:empty:'],
    ['临泉具', null, 'unmatched:unknown:341221'],
    ['Linquan', null, 'unmatched:unknown:'],
  ];
  it.each(cases)('%j (province %j) → %s', (key, province, expected) => {
    const report = joinRegionRows([row(1, key, province)], COUNTIES);
    const m = report.matched[0];
    const u = report.unmatched[0];
    const got = m ? `${m.region} ${m.via}${m.byProvince ? ' by province' : ''}` : `unmatched:${u!.reason}:${u!.candidates.join(',')}`;
    expect(got).toBe(expected);
    expect(report.total).toBe(1);
  });

  it('suggests the one region a typo is one character from', () => {
    expect(joinRegionRows([row(1, '临泉具')], COUNTIES).unmatched[0]).toMatchObject({ reason: 'unknown', suggestion: '341221', candidates: ['341221'] });
  });

  it('reports regions without a row, duplicates per year, and keeps row numbers', () => {
    const rows = [row(2, '110105'), row(3, '北京市朝阳区'), row(4, '110105', null, 2010), row(7, '临泉县'), row(9, '不存在县')];
    const report = joinRegionRows(rows, COUNTIES);
    expect(report.matched.map((m) => [m.row, m.region])).toEqual([[2, '110105'], [3, '110105'], [4, '110105'], [7, '341221']]);
    expect(report.unmatched.map((u) => [u.row, u.key, u.reason])).toEqual([[9, '不存在县', 'unknown']]);
    expect(report.duplicates).toEqual([{ region: '110105', year: 2020, rows: [2, 3], used: 2 }]);
    expect(report.missing).toHaveLength(COUNTIES.length - 2);
    expect(report.missing).not.toContain('110105');
    expect(report.missing[0]).toBe('220104');
    expect(report.matched.length + report.unmatched.length).toBe(report.total);
  });

  it('takes the user’s pick for a row, and ignores picks that are no region of the set', () => {
    const rows = [row(1, '朝阳区'), row(2, '朝阳区'), row(3, '鼓楼区')];
    const report = joinRegionRows(rows, COUNTIES, new Map([[1, '220104'], [3, '999999']]));
    expect(report.matched).toMatchObject([{ row: 1, region: '220104', via: 'manual' }]);
    expect(report.unmatched.map((u) => u.row)).toEqual([2, 3]);
  });

  it('does not mutate its inputs', () => {
    const rows = [row(1, '朝阳区', '北京')];
    const before = JSON.stringify([rows, COUNTIES]);
    joinRegionRows(rows, COUNTIES);
    expect(JSON.stringify([rows, COUNTIES])).toBe(before);
  });
});

describe('joinRegionRows over township names', () => {
  // Two 城关镇 in one province (临泉县 and 太和县): only the code tells them apart.
  const TOWNSHIPS: Region[] = [
    region('341221100', '城关镇', 'AH'),
    region('341222100', '城关镇', 'AH'),
    region('110108001', '万寿路街道', 'BJ'),
    region('150726201', '甘珠尔苏木', 'NM'),
    region('130926203', '大营回族乡', 'HE'),
    region('150783200', '敖鲁古雅鄂温克族乡', 'NM'),
    region('522729101', '摆所镇', 'GZ'),
    region('341221200', '韦寨乡', 'AH'),
  ];
  const cases: Array<[string, string | null, string]> = [
    ['341222100', null, '341222100 code'],
    ['341222100000', null, '341222100 code'],
    ['城关镇', '安徽', 'unmatched:ambiguous:341221100,341222100'],
    ['城关', null, 'unmatched:ambiguous:341221100,341222100'],
    ['万寿路街道', null, '110108001 name'],
    ['万寿路街道办事处', null, '110108001 name'],
    ['万寿路', null, '110108001 short-name'],
    ['甘珠尔', null, '150726201 short-name'],
    ['甘珠尔苏木', '内蒙古自治区', '150726201 name'],
    ['大营', null, '130926203 short-name'],
    ['大营回族乡', null, '130926203 name'],
    ['敖鲁古雅', null, '150783200 short-name'],
    ['摆所', '贵州', '522729101 short-name'],
    ['摆所镇', '云南', 'unmatched:other-province:522729101'],
    ['韦寨', null, '341221200 short-name'],
    ['韦寨镇', null, 'unmatched:unknown:341221200'],
  ];
  it.each(cases)('%j (province %j) → %s', (key, province, expected) => {
    const report = joinRegionRows([row(1, key, province)], TOWNSHIPS);
    const m = report.matched[0];
    const u = report.unmatched[0];
    expect(m ? `${m.region} ${m.via}${m.byProvince ? ' by province' : ''}` : `unmatched:${u!.reason}:${u!.candidates.join(',')}`).toBe(expected);
  });
});

describe('shortRegionName', () => {
  it.each([
    ['朝阳区', '朝阳'],
    ['临泉县', '临泉'],
    ['沛县', '沛县'],
    ['界首市', '界首'],
    ['大厂回族自治县', '大厂'],
    ['长阳土家族自治县', '长阳'],
    ['鄂温克族自治旗', '鄂温克族自治旗'],
    ['中关村街道', '中关村'],
    ['甘珠尔苏木', '甘珠尔'],
    ['大营回族乡', '大营'],
    ['浦东新区', '浦东'],
    ['神农架林区', '神农架'],
    ['城区', '城区'],
    ['朝阳', '朝阳'],
  ])('%s → %s', (name, short) => {
    expect(shortRegionName(regionNameKey(name))).toBe(short);
  });

  it('folds 巿 into 市 and 街道办事处 into 街道', () => {
    expect(regionNameKey('界首巿')).toBe('界首市');
    expect(regionNameKey('万寿路街道办事处')).toBe('万寿路街道');
  });
});
