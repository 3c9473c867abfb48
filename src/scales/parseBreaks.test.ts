import { describe, expect, it } from 'vitest';
import { MAX_CLASSES } from './classification';
import { parseBreaks } from './parseBreaks';

describe('parseBreaks', () => {
  it.each([
    ['1000,5000.5', [1000, 5000.5]],
    ['1000, 5000 20000', [1000, 5000, 20000]],
    ['5;1；3，2', [1, 2, 3, 5]],
    ['5,1,5', [1, 5]],
    ['  -2.5e3 , 0 ', [-2500, 0]],
    ['', []],
    ['   ', []],
    ['1,two,3', null],
    ['1,,3', null],
    [',1', null],
    ['1,Infinity', null],
  ] as const)('%j → %j', (text, expected) => {
    expect(parseBreaks(text)).toEqual(expected);
  });

  it(`takes at most ${MAX_CLASSES - 1} distinct breaks`, () => {
    const most = Array.from({ length: MAX_CLASSES - 1 }, (_, i) => i);
    expect(parseBreaks(most.join(','))).toEqual(most);
    expect(parseBreaks([...most, 99].join(','))).toBeNull();
    expect(parseBreaks([...most, 0].join(','))).toEqual(most);
  });
});
