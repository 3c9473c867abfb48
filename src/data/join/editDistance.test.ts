import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['sichuan', 'sichuan', 0],
    ['sichaun', 'sichuan', 1], // adjacent transposition counts once
    ['guandong', 'guangdong', 1],
    ['jiling', 'jilin', 1],
    ['shannxi', 'shanxi', 1],
    ['shannxi', 'shaanxi', 1],
    ['shanxi', 'shaanxi', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // OSA, not unrestricted Damerau (which gives 2)
    ['四州', '四川', 1],
    ['黑龙港', '黑龙江', 1],
    ['𠀀a', 'a', 1], // astral characters are one unit, not two UTF-16 halves
  ])('%j ↔ %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('is zero exactly for equal strings, symmetric, and within the length bounds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('counts one edit for any single insertion, deletion, substitution or swap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 2, maxLength: 10 }), fc.nat(), (s, n) => {
        const i = n % (s.length - 1);
        const swapped = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
        expect(editDistance(s, swapped)).toBe(s[i] === s[i + 1] ? 0 : 1);
        expect(editDistance(s, s.slice(0, i) + s.slice(i + 1))).toBe(1);
        expect(editDistance(s, s.slice(0, i) + '\u0000' + s.slice(i))).toBe(1);
      }),
    );
  });
});
