import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { neighbourInDirection, type Direction } from './neighbourInDirection';

const adjacency: Record<string, string[]> = JSON.parse(readFileSync('public/geo/adjacency.json', 'utf8'));
const labels: FeatureCollection<Point> = JSON.parse(readFileSync('public/geo/labels.json', 'utf8'));
const anchors = new Map(labels.features.map((f) => [f.properties!['id'] as string, f.geometry.coordinates as [number, number]]));

describe('neighbourInDirection on the real provinces', () => {
  const cases: Array<[string, Direction, string | null]> = [
    ['SC', 'right', 'CQ'],
    ['CQ', 'right', 'HB'],
    ['HB', 'up', 'HA'],
    ['SC', 'up', 'GS'],
    ['SC', 'down', 'YN'],
    ['SC', 'left', 'XZ'],
    ['HA', 'down', 'HB'],
    ['SX', 'left', 'SN'],
    ['SN', 'right', 'HA'],
    ['MO', 'right', 'HK'],
    ['HI', 'up', 'GX'],
    ['HI', 'right', 'GD'],
    ['FJ', 'right', 'TW'],
    ['TW', 'left', 'FJ'],
    ['HL', 'up', null],
  ];
  it.each(cases)('%s %s → %s', (from, dir, to) => {
    expect(neighbourInDirection(from, dir, adjacency, anchors)).toBe(to);
  });

  it('only ever moves to a neighbour', () => {
    for (const from of Object.keys(adjacency)) {
      for (const dir of ['up', 'down', 'left', 'right'] as const) {
        const to = neighbourInDirection(from, dir, adjacency, anchors);
        if (to !== null) expect(adjacency[from]).toContain(to);
      }
    }
  });

  it('reaches every unit from Sichuan by arrow keys alone', () => {
    const seen = new Set(['SC']);
    const queue = ['SC'];
    while (queue.length) {
      const u = queue.shift()!;
      for (const dir of ['up', 'down', 'left', 'right'] as const) {
        const v = neighbourInDirection(u, dir, adjacency, anchors);
        if (v && !seen.has(v)) {
          seen.add(v);
          queue.push(v);
        }
      }
    }
    expect(seen.size).toBe(34);
  });

  it('gives null for an unknown unit', () => {
    expect(neighbourInDirection('ZZ', 'up', adjacency, anchors)).toBeNull();
  });
});
