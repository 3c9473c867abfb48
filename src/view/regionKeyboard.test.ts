import { describe, expect, it } from 'vitest';
import { nearestRegion, nextRegionFocus } from './regionKeyboard';

// A 3 × 3 grid of regions 1° apart, keys by position: "r<row><col>", row 0 in the north.
const anchors = new Map<string, readonly [number, number]>();
for (let row = 0; row < 3; row++) for (let col = 0; col < 3; col++) anchors.set(`r${row}${col}`, [115 + col, 32 - row]);

describe('nextRegionFocus', () => {
  it.each([
    ['ArrowRight', 'r11', 'r12'],
    ['ArrowLeft', 'r11', 'r10'],
    ['ArrowUp', 'r11', 'r01'],
    ['ArrowDown', 'r11', 'r21'],
    ['ArrowRight', 'r12', null],
    ['ArrowUp', 'r00', null],
    ['ArrowDown', 'r02', 'r12'],
  ] as const)('%s from %s goes to %s', (key, from, to) => {
    expect(nextRegionFocus(key, from, anchors)).toEqual({ to });
  });

  it('ignores keys that are not arrows', () => {
    expect(nextRegionFocus('Enter', 'r11', anchors)).toBeNull();
  });

  it('reaches every region from the first by arrows', () => {
    const seen = new Set(['r00']);
    const queue = ['r00'];
    while (queue.length) {
      const k = queue.shift() as string;
      for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
        const to = nextRegionFocus(key, k, anchors)?.to;
        if (to && !seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect(seen.size).toBe(9);
  });
});

describe('nearestRegion', () => {
  it('starts at the region nearest the camera centre, or the first without one', () => {
    expect(nearestRegion(anchors, { lon: 116.9, lat: 30.2 })).toBe('r22');
    expect(nearestRegion(anchors, null)).toBe('r00');
    expect(nearestRegion(new Map(), null)).toBeNull();
  });
});
