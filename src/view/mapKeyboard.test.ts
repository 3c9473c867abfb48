import { describe, expect, it } from 'vitest';
import { asUnitId, buildAnchors, nearestToCentre, nextFocus } from './mapKeyboard';

const point = (id: string, lon: number, lat: number) => ({
  type: 'Feature' as const,
  properties: { id },
  geometry: { type: 'Point' as const, coordinates: [lon, lat] },
});
// Sichuan with Chongqing to its east and Gansu to its north (label anchors, [lon, lat]).
const anchors = buildAnchors({
  type: 'FeatureCollection',
  features: [point('SC', 102.7, 30.6), point('CQ', 107.9, 30.0), point('GS', 103.8, 36.1), point('zz', 120, 20)],
});
const adjacency = { SC: ['CQ', 'GS'], CQ: ['SC'], GS: ['SC'] };

describe('mapKeyboard', () => {
  it('reads point labels as [lon, lat] anchors', () => {
    expect(anchors.get('SC')).toEqual([102.7, 30.6]);
    expect(anchors.size).toBe(4);
  });

  it.each([
    ['ArrowRight', 'SC', { to: 'CQ' }],
    ['ArrowUp', 'SC', { to: 'GS' }],
    ['ArrowLeft', 'SC', { to: null }],
    ['ArrowLeft', 'CQ', { to: 'SC' }],
    ['Enter', 'SC', null],
  ] as const)('%s from %s', (key, from, expected) => {
    expect(nextFocus(key, from, adjacency, anchors)).toEqual(expected);
  });

  it('starts at the unit nearest the centre, never at a non-unit', () => {
    expect(nearestToCentre(anchors, { lon: 107, lat: 30 })).toBe('CQ');
    expect(nearestToCentre(anchors, { lon: 119, lat: 20 })).not.toBe('zz');
    expect(nearestToCentre(anchors, null)).toBe('SC'); // (104.5, 33): 3.0° from Sichuan, 3.2° from Gansu
    expect(nearestToCentre(new Map(), null)).toBeNull();
  });

  it('takes unit ids only', () => {
    expect(asUnitId('SC')).toBe('SC');
    expect(asUnitId('zz')).toBeNull();
    expect(asUnitId(null)).toBeNull();
  });
});
