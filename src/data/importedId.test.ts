import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { COVERAGE_INDICATOR_IDS } from './coverageIndicators';
import { isImportedId, newImportedId, toImportedId } from './importedId';

describe('the imported namespace', () => {
  it('holds no built-in or coverage indicator id', () => {
    expect([...CATALOGUE.map((i) => i.id), ...COVERAGE_INDICATOR_IDS].filter(isImportedId)).toEqual([]);
  });

  it.each([
    ['u-k3f9a2', 'u-k3f9a2'],
    ['uk3f9a2', 'u-k3f9a2'],
    ['urban', 'u-rban'],
    ['u', null],
    ['u-', null],
    ['children', null],
    ['u-ABC', null],
    [`u${'a'.repeat(17)}`, null],
  ])('toImportedId(%j) → %j', (id, expected) => {
    expect(toImportedId(id)).toBe(expected);
  });

  it('a new id is in the namespace and not one already taken', () => {
    const ids = ['u-abcde0', 'u-abcde1'];
    // Random draws at the middle of each step of 1/36³, so rounding cannot land on a neighbour.
    const values = [0.5, 1.5, 2.5].map((v) => v / 36 ** 3);
    const id = newImportedId((x) => ids.includes(x), () => parseInt('abcde', 36), () => values.shift() ?? 0.9);
    expect(id).toBe('u-abcde2');
    expect(isImportedId(id)).toBe(true);
  });
});
