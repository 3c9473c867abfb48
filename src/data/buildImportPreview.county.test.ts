import { describe, expect, it } from 'vitest';
import { buildImportPreview } from './buildImportPreview';
import { parseBytes } from './import/parseBytes';

const file = (text: string, name = 'counties.csv') => parseBytes(name, new TextEncoder().encode(text));

// Issue #14: a table of Anhui counties showed one county's figure as Anhui's.
const WITH_PROVINCE = ['省份,县,留守儿童', '安徽,金寨县,100', '安徽,岳西县,250', '安徽,霍邱县,37', '安徽,临泉县,13', '河南,固始县,500'].join('\n');
// A table of counties alone: codes give the province.
const CODES_ONLY = ['代码,县,留守儿童', '341524,金寨县,100', '340828,岳西县,250', '341522,霍邱县,37', '411525,固始县,500', '340000,安徽省,9'].join('\n');

describe('buildImportPreview: several rows for one province', () => {
  const f = file(WITH_PROVINCE);
  const choice = { key: '省份', value: '留守儿童', year: null };

  it.each([
    ['sum', 400],
    ['mean', 100],
    ['min', 13],
    ['max', 250],
    ['one', 100],
  ] as const)('%s → Anhui %d, Henan untouched', (combine, anhui) => {
    const p = buildImportPreview(f, choice, { combine });
    expect(p.values.find((v) => v.region === 'AH')?.value).toBe(anhui);
    expect(p.values.find((v) => v.region === 'HA')).toEqual({ region: 'HA', year: 0, value: 500, row: 6 });
  });

  it('says how many rows were combined for each province', () => {
    const p = buildImportPreview(f, choice, { combine: 'sum' });
    expect(p.groups).toEqual([{ key: 'AH|0', unit: 'AH', year: 0, rows: [2, 3, 4, 5], used: null, value: 400 }]);
    expect(p.values.find((v) => v.region === 'AH')).toMatchObject({ combined: 4, row: 2 });
  });

  it('uses the row the user picked for "one row"', () => {
    const p = buildImportPreview(f, choice, { combine: 'one', picks: new Map([['AH|0', 4]]) });
    expect(p.values.find((v) => v.region === 'AH')).toEqual({ region: 'AH', year: 0, value: 37, row: 4 });
    expect(p.groups[0]).toMatchObject({ used: 4, value: 37 });
  });

  it('recognises the county column and counts its rows', () => {
    expect(buildImportPreview(f, choice).subProvince).toEqual({ column: '县', by: 'name', level: 'county', rows: 5 });
  });

  it('leaves no data out of a sum, and a province with only no data stays no data', () => {
    const p = buildImportPreview(file('省份,值\n安徽,1\n安徽,—\n安徽,2\n江西,—\n江西,'), { key: '省份', value: '值', year: null }, { combine: 'sum' });
    expect(p.values).toEqual([{ region: 'AH', year: 0, value: 3, row: 2, combined: 2 }]);
    expect(p.emptyValues).toBe(1);
  });
});

describe('buildImportPreview: county codes', () => {
  const p = buildImportPreview(file(CODES_ONLY), { key: '代码', value: '留守儿童', year: null }, { combine: 'sum' });

  it('finds the province from the first two digits, and sums', () => {
    expect(p.values.map((v) => [v.region, v.value])).toEqual([['AH', 396], ['HA', 500]]);
  });

  it('shows the code as written and says it matched by its first two digits', () => {
    expect(p.pairings.slice(0, 2)).toEqual([
      { row: 2, key: '341524', unit: 'AH', via: 'county-code' },
      { row: 3, key: '340828', unit: 'AH', via: 'county-code' },
    ]);
    expect(p.pairings.at(-1)).toEqual({ row: 6, key: '340000', unit: 'AH', via: 'gb' });
    expect(p.countyRows).toBe(4);
  });

  it('recognises the code column as county level', () => {
    expect(p.subProvince).toMatchObject({ column: '代码', by: 'code', level: 'county', rows: 4 });
  });
});

describe('buildImportPreview: pairings say how each row matched', () => {
  it.each([
    ['510000', 'SC', 'gb'],
    ['CN-SC', 'SC', 'iso'],
    ['Sichuan Province', 'SC', 'en'],
    ['四川省', 'SC', 'zh'],
    ['四川 Sichuan', 'SC', 'zh'],
    ['Szechwan', 'SC', 'alias'],
    ['川', 'SC', 'alias'],
    ['Nei Mongol', 'NM', 'alias'],
  ] as const)('%s → %s via %s', (key, unit, via) => {
    const p = buildImportPreview(file(`province,value\n"${key}",1`), { key: 'province', value: 'value', year: null });
    expect(p.pairings).toEqual([{ row: 2, key, unit, via }]);
  });

  it('tells a picked suggestion from another manual pick', () => {
    const f = file('province,value\nSichaun,1\nAtlantis,2');
    const p = buildImportPreview(f, { key: 'province', value: 'value', year: null }, { overrides: new Map([[2, 'SC' as const], [3, 'HA' as const]]) });
    expect(p.pairings.map((x) => x.via)).toEqual(['suggestion', 'manual']);
  });
});

describe('buildImportPreview: the file’s own source column', () => {
  const f = file('省份,值,来源\n安徽,1,统计年鉴2020\n安徽,2,县报告\n江西,5,统计年鉴2020\n湖南,6,');
  it('keeps each value’s source, joining the sources of combined rows', () => {
    const p = buildImportPreview(f, { key: '省份', value: '值', year: null, source: '来源' }, { combine: 'sum' });
    expect(p.values).toEqual([
      { region: 'AH', year: 0, value: 3, row: 2, combined: 2, source: '统计年鉴2020; 县报告' },
      { region: 'JX', year: 0, value: 5, row: 4, source: '统计年鉴2020' },
      { region: 'HN', year: 0, value: 6, row: 5 },
    ]);
  });
});

describe('buildImportPreview: values beyond what can be drawn', () => {
  it('leaves ±1e308 out as no data and warns, naming the row', () => {
    const p = buildImportPreview(file('province,value\nSichuan,1e308\nHenan,-1e308\nHunan,5'), { key: 'province', value: 'value', year: null });
    expect(p.values.map((v) => v.region)).toEqual(['HN']);
    expect(p.warnings).toContainEqual(expect.objectContaining({ code: 'beyond-drawable', column: 'value', count: 2, row: 2 }));
  });
});
