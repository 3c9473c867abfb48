import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import { classify } from '../scales/classify';
import { buildLegend, type RegionView } from './buildViewModel';

const ind = (id: string) => CATALOGUE.find((i) => i.id === id)!;
const noRegions: RegionView[] = [];

describe('legend labels in both languages', () => {
  const counts = classify([-8e6, -6e6, -2e6, 2e6, 6e6, 8e6], { method: 'quantile', classes: 4, palette: 'PuOr', midpoint: 0 });
  const cases: Array<['en' | 'zh', string[]]> = [
    ['en', ['-8M – -6M', '-6M – 0', '0 – +6M', '+6M – +8M', 'No data']],
    ['zh', ['-800万 – -600万', '-600万 – 0', '0 – +600万', '+600万 – +800万', '无数据']],
  ];
  it.each(cases)('%s: ranges in compact numbers with signs for a balance', (lang, labels) => {
    expect(buildLegend(counts, ind('netsend'), lang, noRegions).map((e) => e.label)).toEqual(labels);
  });

  it('labels shares with a percent sign', () => {
    const c = classify([10, 20, 30, 40], { method: 'equal', classes: 3, palette: 'Blues' });
    expect(buildLegend(c, ind('childshare'), 'en', noRegions)[0]?.label).toBe('10% – 20%');
    expect(buildLegend(c, ind('childshare'), 'zh', noRegions)[2]?.label).toBe('30% – 40%');
  });

  it('labels ranks and flags by their value, not as ranges', () => {
    const ranks = classify([1, 2, 3], { method: 'categorical', classes: 3, palette: 'Oranges', descending: true });
    expect(buildLegend(ranks, ind('mca2018rank'), 'zh', noRegions).map((e) => e.label)).toEqual(['1', '2', '3', '无数据']);
    const flags = classify([1, 1], { method: 'categorical', classes: 3, palette: 'Purples' });
    expect(buildLegend(flags, ind('acwfhalf'), 'en', noRegions).map((e) => e.label)).toEqual(['Named in source', 'No data']);
    expect(buildLegend(flags, ind('acwfhalf'), 'zh', noRegions)[0]?.label).toBe('来源中列出');
  });

  it('lists each class’s member units for highlighting', () => {
    const c = classify([1, 5], { method: 'equal', classes: 3, palette: 'Blues' });
    const regions = [
      { id: 'SC', classIndex: 0 },
      { id: 'HA', classIndex: 1 },
      { id: 'TW', classIndex: null },
    ] as RegionView[];
    expect(buildLegend(c, ind('children'), 'en', regions).map((e) => e.members)).toEqual([['SC'], ['HA'], ['TW']]);
  });
});
