import { describe, expect, it } from 'vitest';
import { PALETTE_IDS, paletteColors, paletteKind } from './palettes';

describe('paletteColors', () => {
  it.each(PALETTE_IDS.flatMap((id) => [1, 2, 3, 5, 9].map((n) => [id, n] as const)))('%s gives %d distinct colours', (id, n) => {
    const colors = paletteColors(id, n);
    expect(colors).toHaveLength(n);
    expect(new Set(colors).size).toBe(n);
  });

  // Direction matters for meaning: sending provinces warm, and higher counts darker.
  const ends: Array<[Parameters<typeof paletteColors>[0], string, string]> = [
    ['PuOr', '#998ec3', '#f1a340'],
    ['RdBu', '#67a9cf', '#ef8a62'],
    ['Oranges', '#fee6ce', '#e6550d'],
    ['Cividis', '#fdea45', '#002051'],
  ];
  it.each(ends)('%s runs from %s (low) to %s (high)', (id, low, high) => {
    const c = paletteColors(id, 3);
    expect([c[0], c[2]]).toEqual([low, high]);
  });

  it('knows which palettes diverge', () => {
    expect(paletteKind('PuOr')).toBe('diverging');
    expect(paletteKind('Oranges')).toBe('sequential');
  });
});
