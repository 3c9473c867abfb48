import { describe, expect, it } from 'vitest';
import type { GapRow } from '../facilities/gapScore';
import type { Lang } from '../i18n/lang';
import { describeGap, describeRankingBasis } from './describeGap';

const row = (demandPercentile: number | null, supplyPercentile: number | null, supplyKind: GapRow['supplyKind'] = 'facilities'): GapRow => ({
  unit: 'SC',
  score: demandPercentile === null || supplyPercentile === null ? null : demandPercentile - supplyPercentile,
  demand: 1,
  supply: 1,
  supplyKind,
  demandPercentile,
  supplyPercentile,
  rank: 1,
});

describe('describeGap (#13: never "top 0%")', () => {
  const CASES: [string, GapRow, Lang, { demand: string; supply: string } | null][] = [
    ['most children, least supply', row(1, 0), 'en', { demand: 'the most children', supply: 'the fewest facilities per child' }],
    // The old text said "demand in the top 0%, supply in the bottom 97%" for the province with the most supply.
    ['most supply, fewest children', row(0, 1), 'en', { demand: 'the fewest children', supply: 'the most facilities per child' }],
    ['97% and 80%', row(0.97, 0.2), 'en', { demand: 'more children than 97% of provinces', supply: 'fewer facilities per child than 80%' }],
    ['rounded down, never overstated', row(0.9696, 0.2121), 'en', { demand: 'more children than 96% of provinces', supply: 'fewer facilities per child than 78%' }],
    ['capacity', row(0.5, 0.5, 'capacity'), 'en', { demand: 'more children than 50% of provinces', supply: 'fewer places per child than 50%' }],
    ['Chinese', row(0.97, 0.2), 'zh', { demand: '儿童数多于 97% 的省份', supply: '每名儿童设施数少于 80% 的省份' }],
    ['unscored', row(null, null), 'en', null],
  ];
  it.each(CASES)('%s', (_, r, lang, expected) => {
    expect(describeGap(r, lang)).toEqual(expected);
  });
});

describe('describeRankingBasis', () => {
  const basis = {
    demand: { en: 'Children aged 0–14', zh: '0–14岁儿童' },
    demandYear: 2010,
    supply: 'capacity' as const,
    types: ['home' as const, 'school' as const],
    radiusKm: 20,
    sets: [
      { name: 'homes.csv', synthetic: false },
      { name: 'Synthetic demonstration facilities', synthetic: true },
    ],
    planned: 0,
  };
  it('states demand and year, supply, types, radius and sets, with synthetic where it applies', () => {
    expect(describeRankingBasis(basis, 'en')).toBe(
      'Ranked on demand: Children aged 0–14, 2010 · supply: capacity per 10,000 children (places stated) · types: children\'s homes, boarding schools · radius: 20 km (area share only) · facility sets: homes.csv; Synthetic demonstration facilities (synthetic)',
    );
    expect(describeRankingBasis({ ...basis, planned: 12, types: ['home', 'centre', 'school', 'other'] }, 'zh')).toBe(
      '排名依据 需求：0–14岁儿童，2010年；供给：每万名儿童设施容量（所述名额）；类型：全部类型；半径：20 公里（仅用于面积比例）；设施数据集：homes.csv、Synthetic demonstration facilities（合成）；规划：12',
    );
  });
});
