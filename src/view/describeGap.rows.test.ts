import { describe, expect, it } from 'vitest';
import { rankGaps } from '../facilities/gapScore';
import { coverageOf as cov } from '../facilities/testFixtures';
import { buildRankingRows } from './describeGap';


describe('buildRankingRows (the PNG export’s rows)', () => {
  it('gives the same ranking as the tab, scores to two decimals, no data as a dash', () => {
    const gaps = rankGaps(new Map([cov('SC', 30_000, 1), cov('HA', 20_000, 1), cov('XZ', null, 0)].map((c) => [c.unit, c])));
    const { header, rows } = buildRankingRows(gaps, 'en');
    expect(header).toEqual(['Rank', 'Province', 'Score', 'Children', 'Fac. / 10k', 'Pctl d/s']);
    expect(rows).toEqual([
      ['1', 'Sichuan', '+1.00', '30K', '0.33', '100/0'],
      ['2', 'Henan', '-1.00', '20K', '0.50', '0/100'],
      ['–', 'Tibet', '–', '–', '–', '–'],
    ]);
    expect(buildRankingRows(gaps, 'zh').rows[0]?.[1]).toBe('四川');
  });
});
