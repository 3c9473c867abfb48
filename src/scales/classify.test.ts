import { describe, expect, it } from 'vitest';
import { classify, type ClassifyOptions } from './classify';
import { classIndexOf, colorOf } from './classification';
import { NO_DATA_COLOR, paletteColors } from './palettes';

const seq = (over: Partial<ClassifyOptions> = {}): ClassifyOptions => ({
  method: 'quantile',
  classes: 4,
  palette: 'Oranges',
  ...over,
});

describe('classify: thresholds by method', () => {
  const cases: Array<[string, Array<number | null>, ClassifyOptions, number[]]> = [
    ['quantile, 8 evenly spread values, 4 classes', [1, 2, 3, 4, 5, 6, 7, 8], seq(), [2.75, 4.5, 6.25]],
    ['equal interval over 0..100', [0, 10, 50, 100], seq({ method: 'equal' }), [25, 50, 75]],
    ['jenks separates three obvious clusters', [1, 2, 3, 50, 51, 52, 100, 101], seq({ method: 'jenks', classes: 3 }), [50, 100]],
    ['custom breaks are sorted and kept inside the data range', [0, 5, 10], seq({ method: 'custom', breaks: [8, 3, 99, -4] }), [3, 8]],
    ['ties collapse duplicate quantile thresholds', [1, 1, 1, 1, 1, 2, 3, 4, 9, 9], seq(), [1.5, 3.75]],
    ['two distinct values give two classes however tied', [1, 1, 1, 1, 1, 1, 9, 9], seq(), [9]],
    ['all-equal values give one class', [7, 7, 7], seq(), []],
    ['fewer distinct values than classes: one class per value', [1, 2, 2], seq({ method: 'quantile', classes: 5 }), [2]],
    ['three distinct values, equal interval, five classes asked', [0, 5, 10], seq({ method: 'equal', classes: 5 }), [5, 10]],
    ['log breaks on skewed counts', [1, 10, 100, 1000, 10000], seq({ method: 'equal', log: true }), [10, 100, 1000]],
  ];
  it.each(cases)('%s', (_name, values, options, expected) => {
    const c = classify(values, options);
    expect(c.thresholds.map((t) => +t.toPrecision(10))).toEqual(expected);
    expect(c.bins).toHaveLength(expected.length + (values.some((v) => v !== null) ? 1 : 0));
  });
});

describe('classify: counts, no data and colours', () => {
  it('counts every finite value once and NaN, null and Infinity as no data', () => {
    const c = classify([1, 2, null, Number.NaN, 3, 4, Number.POSITIVE_INFINITY], seq({ classes: 3 }));
    expect(c.bins.reduce((n, b) => n + b.count, 0)).toBe(4);
    expect(c.noData).toEqual({ color: NO_DATA_COLOR, count: 3 });
  });

  it('treats no data as no data, never as zero', () => {
    const c = classify([0, 10, null], seq({ method: 'equal', classes: 3 }));
    expect(classIndexOf(c, null)).toBeNull();
    expect(classIndexOf(c, 0)).toBe(0);
    expect(colorOf(c, null)).toBe(NO_DATA_COLOR);
    expect(colorOf(c, 0)).not.toBe(NO_DATA_COLOR);
  });

  it('uses the palette in order, lowest class lightest', () => {
    const c = classify([1, 2, 3, 4, 5, 6], seq({ classes: 3 }));
    expect(c.bins.map((b) => b.color)).toEqual(paletteColors('Oranges', 3));
  });

  it('gives bins contiguous ranges from the minimum to the maximum', () => {
    const c = classify([3, 9, 27, 81], seq({ method: 'equal', classes: 3 }));
    expect(c.bins[0]?.lower).toBe(3);
    expect(c.bins.at(-1)?.upper).toBe(81);
    for (let i = 1; i < c.bins.length; i++) expect(c.bins[i]?.lower).toBe(c.bins[i - 1]?.upper);
  });

  it('classifies nothing when there are no values', () => {
    const c = classify([null, null], seq());
    expect(c.bins).toEqual([]);
    expect(classIndexOf(c, 5)).toBeNull();
    expect(c.noData.count).toBe(2);
  });

  it('throws a precise message for an unknown method', () => {
    expect(() => classify([1, 2], seq({ method: 'magic' as never }))).toThrow('invalid method: magic');
  });

  it('does not mutate its input', () => {
    const input = [5, 1, null, 3];
    classify(input, seq());
    expect(input).toEqual([5, 1, null, 3]);
  });
});

describe('classify: diverging around a midpoint', () => {
  const div = (over: Partial<ClassifyOptions> = {}) =>
    seq({ palette: 'PuOr', midpoint: 0, classes: 6, ...over });

  it('always breaks at the midpoint and puts negatives and positives on opposite sides', () => {
    const c = classify([-30, -20, -10, -5, 5, 10, 20, 30], div());
    expect(c.kind).toBe('diverging');
    expect(c.thresholds).toContain(0);
    const neg = classIndexOf(c, -1) as number;
    const pos = classIndexOf(c, 1) as number;
    expect(neg).toBeLessThan(pos);
    expect(c.bins[neg]?.upper).toBe(0);
    expect(c.bins[pos]?.lower).toBe(0);
  });

  it('takes colours outward from the centre, so the two classes nearest zero are equally light', () => {
    const c = classify([-30, -20, -10, -5, 5, 10, 20, 30], div());
    const full = paletteColors('PuOr', 6);
    expect(c.bins.map((b) => b.color)).toEqual(full);
  });

  it('with values only above the midpoint uses only the upper half of the palette', () => {
    const c = classify([1, 2, 3, 4], div({ classes: 3 }));
    const full = paletteColors('PuOr', 6);
    expect(c.bins.map((b) => b.color)).toEqual(full.slice(3));
  });

  it('ignores the midpoint for a sequential palette', () => {
    const c = classify([-2, -1, 1, 2], seq({ midpoint: 0 }));
    expect(c.kind).toBe('sequential');
    expect(c.midpoint).toBeNull();
  });

  it('gives the extra class of an odd count to the side with more values', () => {
    const c = classify([-9, -8, -7, -6, -5, -4, 1, 2], div({ classes: 5 }));
    const below = c.bins.filter((b) => b.upper <= 0).length;
    expect(below).toBe(3);
    expect(c.bins).toHaveLength(5);
  });
});

describe('classify: categorical', () => {
  it('makes one class per distinct value, rank 1 darkest when descending', () => {
    const c = classify([3, 1, 2, null, 1], seq({ method: 'categorical', descending: true }));
    expect(c.bins.map((b) => b.category)).toEqual([1, 2, 3]);
    expect(c.bins.map((b) => b.count)).toEqual([2, 1, 1]);
    expect(c.bins[0]?.color).toBe(paletteColors('Oranges', 3)[2]);
    expect(classIndexOf(c, 4)).toBeNull();
  });
});
