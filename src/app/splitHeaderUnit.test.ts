import { describe, expect, it } from 'vitest';
import { splitHeaderUnit } from './createImportController';

describe('splitHeaderUnit', () => {
  it.each([
    ['儿童之家（个）', { name: '儿童之家', unit: '个' }],
    ['Homes (count)', { name: 'Homes', unit: 'count' }],
    ['留守儿童(人)', { name: '留守儿童', unit: '人' }],
    ['value', { name: 'value', unit: null }],
    ['a (b) (c)', { name: 'a (b)', unit: 'c' }],
    ['', { name: '', unit: null }],
  ])('%s', (header, expected) => {
    expect(splitHeaderUnit(header)).toEqual(expected);
  });
});
