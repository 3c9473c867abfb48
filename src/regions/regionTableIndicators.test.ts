import { describe, expect, it } from 'vitest';
import type { ImportedDataset, RegionTable } from '../data/importedDataset';
import { buildDatasets } from '../data/buildDatasets';
import { regionTableIndicators } from './regionTableIndicators';
import { FIXTURE_SET } from './testFixtures';

const table = (id: string, setId: string, values: RegionTable['values'], extra: Partial<RegionTable> = {}): RegionTable => ({
  id,
  name: `table ${id}`,
  fileName: `${id}.csv`,
  importedAt: '2026-12-02T15:00:00.000Z',
  keyColumn: '县',
  valueColumn: '儿童之家',
  yearColumn: '年份',
  unit: '个',
  kind: 'count',
  numberRules: ['plain'],
  values,
  regionSet: { id: setId, fileName: 'fuyang.geojson' },
  ...extra,
});

const HOMES = table('u-homes1', FIXTURE_SET.id, [
  { region: '341221', year: 2019, value: 12, row: 2, source: '县民政局 <b>' },
  { region: '341225', year: 2019, value: 0, row: 3 },
  { region: '#5', year: 2020, value: 4, row: 4 },
  { region: '999999', year: 2020, value: 99, row: 5 },
]);

describe('regionTableIndicators', () => {
  it('makes each table of the set its own indicator: values by year and region key, no data (null, never 0) elsewhere', () => {
    const other = table('u-other1', 'r-othrset', [{ region: '341221', year: 2019, value: 1, row: 2 }]);
    const { indicators, sources } = regionTableIndicators(FIXTURE_SET, [HOMES, other]);
    expect(indicators.map((i) => i.indicator.id)).toEqual(['u-homes1']);
    const ri = indicators[0]!;
    expect(ri.indicator.years).toEqual([2019, 2020]);
    expect([...ri.values.get(2019)!]).toEqual([['341221', 12], ['341225', 0], ['341282', null], ['349999', null], ['#5', null]]);
    expect([...ri.values.get(2020)!]).toEqual([['341221', null], ['341225', null], ['341282', null], ['349999', null], ['#5', 4]]);
    // A key that is no region of the set (999999) is dropped, not drawn.
    expect([...ri.values.get(2020)!.keys()]).not.toContain('999999');
    expect(ri.sources[2019]).toEqual(['user:u-homes1', 'user:u-homes1:s1']);
    expect(ri.sources[2020]).toEqual(['user:u-homes1']);
    expect(sources['user:u-homes1']).toMatchObject({ title: 'u-homes1.csv', publisher: 'Your file' });
    expect(sources['user:u-homes1:s1']?.title).toBe('县民政局 <b>');
    expect(ri.indicator.definition.en).toContain('Joined to the regions of “fuyang.geojson”: 3 of 5 regions have a value');
    expect(ri.indicator.definition.zh).toContain('“fuyang.geojson”的区域：5个区域中3个有数值');
  });

  it('gives none for a set without joined tables', () => {
    expect(regionTableIndicators(FIXTURE_SET, [])).toEqual({ indicators: [], sources: {} });
  });
});

describe('buildDatasets and region tables', () => {
  it('never turns a table joined to regions into a province indicator or figure', () => {
    const d = buildDatasets({ units: [], indicators: [], figures: [], sources: {} }, [HOMES as ImportedDataset]);
    expect(d.indicators.has('u-homes1')).toBe(false);
    expect(d.figures).toEqual([]);
    expect(d.sources['user:u-homes1']).toBeUndefined();
  });
});
