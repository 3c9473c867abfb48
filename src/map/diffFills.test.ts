import { describe, expect, it } from 'vitest';
import { diffFills, noDataIds, type FillState } from './diffFills';

const s = (fill: string, noData = false, dim = false): FillState => ({ fill, noData, dim });

describe('diffFills', () => {
  const cases: Array<[string, Record<string, FillState>, Record<string, FillState>, string[]]> = [
    ['first paint writes every unit', {}, { SC: s('#f00'), HA: s('#0f0') }, ['SC', 'HA']],
    ['no change writes nothing', { SC: s('#f00') }, { SC: s('#f00') }, []],
    ['a colour change writes that unit only', { SC: s('#f00'), HA: s('#0f0') }, { SC: s('#00f'), HA: s('#0f0') }, ['SC']],
    ['becoming no data with the same colour is a change', { SC: s('#ddd') }, { SC: s('#ddd', true) }, ['SC']],
    ['dimming for a legend highlight is a change', { SC: s('#f00'), HA: s('#f00') }, { SC: s('#f00', false, true), HA: s('#f00') }, ['SC']],
  ];
  it.each(cases)('%s', (_n, prev, next, ids) => {
    expect(diffFills(prev, next).map((c) => c.id)).toEqual(ids);
  });

  it('does not mutate its inputs', () => {
    const prev = { SC: s('#f00') };
    const next = { SC: s('#00f') };
    diffFills(prev, next);
    expect(prev).toEqual({ SC: s('#f00') });
    expect(next).toEqual({ SC: s('#00f') });
  });
});

describe('noDataIds', () => {
  it.each([
    ['none', { SC: s('#f00'), HA: s('#0f0') }, []],
    ['sorted, whatever the order of the view', { TW: s('#ddd', true), SC: s('#f00'), HK: s('#ddd', true) }, ['HK', 'TW']],
    ['a dimmed unit with data is not hatched', { SC: s('#f00', false, true) }, []],
  ] as const)('%s', (_n, fills, ids) => {
    expect(noDataIds(fills)).toEqual(ids);
  });
});
