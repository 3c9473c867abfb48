import { describe, expect, it } from 'vitest';
import { proposeKind } from './proposeKind';

// Issue #14: after "% kept as percentage points" the kind stayed count, so 12.5 showed as 13.
describe('proposeKind', () => {
  it.each([
    ['a column read as percentages is a share with %', 'rate', ['percent'], [12.5, 9.17, 2.9], null, { kind: 'share', unit: '%' }],
    ['a header that says share', '留守儿童占比', ['plain'], [12.5], null, { kind: 'share', unit: '%' }],
    ['decimals without % are a rate', 'per 1,000', ['plain'], [12.5, 3], null, { kind: 'rate', unit: '' }],
    ['whole numbers are a count', 'children', ['thousands'], [765000, 12], null, { kind: 'count', unit: '' }],
    ['the header’s unit wins', 'children', ['wan'], [765000], '人', { kind: 'count', unit: '人' }],
    ['no column', null, [], [], null, { kind: 'count', unit: '' }],
  ] as const)('%s', (_, column, rules, values, unit, expected) => {
    expect(proposeKind(column, rules, values, unit)).toEqual(expected);
  });
});
