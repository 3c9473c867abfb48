import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import figures from '../data/embedded/figures.json';
import type { RegionalFigure } from '../data/figure';
import { parseCountyCensus, type CountyCensus, type CountyRecord } from '../data/counties/countyCensus';
import { buildCountyTable, DEFAULT_COUNTY_SORT, searchKey, sortCountyRows, type CountyRow, type CountySort } from './buildCountyTable';

const census = parseCountyCensus(JSON.parse(readFileSync(new URL('../../public/data/counties.json', import.meta.url), 'utf8')));
const regional = figures.regional as RegionalFigure[];

const rec = (year: 2010 | 2020, code: string, name: string, latin: string, resident: number | null, age0_14: number | null, hukou: number | null = null): CountyRecord => ({
  year,
  code,
  name,
  latin,
  province: 'AH',
  resident,
  age0_14,
  urban: null,
  rural: null,
  hukou,
});

/** A small province: a unit in both years, one renamed under the same code, one per year only, one without a code. */
const fixture: CountyCensus = {
  sources: { 2010: 'S2010', 2020: 'S2020' },
  latinNote: 'note',
  records: {
    2010: [
      rec(2010, '341221', '临泉县', 'Linquan Xian', 1500, 400, 2100),
      rec(2010, '341003', '黄山区', 'Huangshan Qu', 150, 20, 160),
      rec(2010, '340111', '郊区', 'Jiao Qu', 300, null, null),
      rec(2010, '', '某管理区', 'Mou Guanliqu', 10, 2, 9),
      { ...rec(2010, '340000', '外省县', 'Waisheng Xian', 1, 1, 1), province: 'HA' },
    ],
    2020: [
      rec(2020, '341221', '临泉县', 'Linquan Xian', 1500, 380),
      rec(2020, '341003', '黄山新区', 'Huangshan Xinqu', 160, 25),
      rec(2020, '341171', '合肥经济技术开发区', 'Hefei Jingji Jishu Kaifaqu', 400, 50),
      rec(2020, '', '某管理区', 'Mou Guanliqu', 12, null),
    ],
  },
};

const names = (rows: readonly CountyRow[]) => rows.map((r) => r.name);

describe('buildCountyTable', () => {
  const view = buildCountyTable(fixture, 'AH', { key: 'name', ascending: true }, '', 'en');

  it('pairs the two censuses by code, units without a code by name, and keeps unpaired units as their own rows', () => {
    expect(view.total).toBe(5);
    const byKey = new Map(view.rows.map((r) => [r.key, r]));
    expect(byKey.get('341221')).toMatchObject({ years: [2010, 2020], name2010: null, values: { age2010: 400, age2020: 380, res2010: 1500, res2020: 1500, net2010: 600, per1000: 400 } });
    expect(byKey.get('341003')).toMatchObject({ name: '黄山新区', name2010: '黄山区', years: [2010, 2020] });
    expect(byKey.get('340111')).toMatchObject({ years: [2010], values: { age2010: null, age2020: null, res2020: null, net2010: null, per1000: null } });
    expect(byKey.get('341171')).toMatchObject({ years: [2020], values: { age2010: null, net2010: null } });
    expect(byKey.get('某管理区')).toMatchObject({ code: '', years: [2010, 2020], values: { net2010: -1, age2020: null } });
    expect(byKey.has('340000')).toBe(false);
  });

  it('sums each measure over the province, skipping blanks and counting them', () => {
    expect(view.sums.age2010).toEqual({ sum: 422, blanks: 2 });
    expect(view.sums.net2010).toEqual({ sum: 609, blanks: 2 });
    expect(view.sums.res2020).toEqual({ sum: 2072, blanks: 1 });
  });

  it.each([
    ['', 5],
    ['临泉', 1],
    ['linquan', 1],
    ['Lín Quán', 1],
    ['LINQUANXIAN', 1],
    ['黄山区', 1], // the 2010 name finds the renamed unit
    ['3412', 1], // digits search codes by prefix
    ['34', 4],
    ['nothing', 0],
  ])('search %j finds %i rows', (query, n) => {
    expect(buildCountyTable(fixture, 'AH', DEFAULT_COUNTY_SORT, query, 'en').rows).toHaveLength(n);
  });

  it('keeps the query and sort it was built with', () => {
    const v = buildCountyTable(fixture, 'AH', { key: 'res2020', ascending: true }, ' lin ', 'zh');
    expect(v).toMatchObject({ query: ' lin ', sort: { key: 'res2020', ascending: true }, sources: { 2010: 'S2010', 2020: 'S2020' } });
  });
});

describe('sortCountyRows', () => {
  const rows = buildCountyTable(fixture, 'AH', DEFAULT_COUNTY_SORT, '', 'en').rows;
  it.each<[CountySort, string[]]>([
    [{ key: 'net2010', ascending: false }, ['临泉县', '黄山新区', '某管理区', '合肥经济技术开发区', '郊区']],
    [{ key: 'net2010', ascending: true }, ['某管理区', '黄山新区', '临泉县', '合肥经济技术开发区', '郊区']],
    [{ key: 'age2020', ascending: false }, ['临泉县', '合肥经济技术开发区', '黄山新区', '郊区', '某管理区']],
    [{ key: 'code', ascending: true }, ['郊区', '黄山新区', '合肥经济技术开发区', '临泉县', '某管理区']],
    [{ key: 'code', ascending: false }, ['临泉县', '合肥经济技术开发区', '黄山新区', '郊区', '某管理区']],
    [{ key: 'name', ascending: false }, ['某管理区', '临泉县', '郊区', '黄山新区', '合肥经济技术开发区']],
  ])('%j (no data and no code always last)', (sort, expected) => {
    expect(names(sortCountyRows(rows, sort, 'en'))).toEqual(expected);
  });

  it('sorts names by pinyin order in Chinese', () => {
    expect(names(sortCountyRows(rows, { key: 'name', ascending: true }, 'zh'))).toEqual(['合肥经济技术开发区', '黄山新区', '郊区', '临泉县', '某管理区']);
  });

  it('does not mutate its input', () => {
    const before = names(rows);
    sortCountyRows(rows, { key: 'name', ascending: false }, 'en');
    expect(names(rows)).toEqual(before);
  });
});

describe('searchKey', () => {
  it.each([
    ["Xi'an Qu", 'xianqu'],
    ['Lǚshunkou', 'lushunkou'],
    ['lv', 'lu'],
    ['沙巿区', '沙市区'],
    ['  Gu Shi ', 'gushi'],
  ])('%j → %j', (s, key) => expect(searchKey(s)).toBe(key));
});

describe('buildCountyTable on the committed census', () => {
  const provincial = (series: string, region: string) => regional.find((r) => r.series === series && r.year === 2010 && r.region === region)?.value;

  it.each(['HA', 'AH', 'SC', 'CQ', 'GD', 'BJ', 'HI', 'XZ'] as const)('%s: the rows sum to the provincial 2010 proxy and 0–14 (pairing loses and doubles nothing)', (p) => {
    const v = buildCountyTable(census, p, DEFAULT_COUNTY_SORT, '', 'en');
    expect(v.sums.net2010.sum).toBe(provincial('hukou_minus_resident_population_derived', p));
    expect(v.sums.res2010.sum).toBe(provincial('resident_population', p));
  });

  it('opens Henan on 固始县, the largest sender, and finds it in both scripts', () => {
    const v = buildCountyTable(census, 'HA', DEFAULT_COUNTY_SORT, '', 'zh');
    expect(v.rows[0]).toMatchObject({ name: '固始县', code: '411525', values: { net2010: 683523 } });
    expect(buildCountyTable(census, 'HA', DEFAULT_COUNTY_SORT, 'gushi', 'en').rows.map((r) => r.name)).toEqual(['固始县']);
    expect(buildCountyTable(census, 'HA', DEFAULT_COUNTY_SORT, '固始', 'zh').rows.map((r) => r.name)).toEqual(['固始县']);
  });

  it('shows 开县 (2010) and 开州区 (2020) as two rows: their codes differ', () => {
    const v = buildCountyTable(census, 'CQ', DEFAULT_COUNTY_SORT, 'kai', 'en');
    expect(v.rows.map((r) => [r.name, r.years])).toEqual([
      ['开县', [2010]],
      ['开州区', [2020]],
    ]);
  });
});
