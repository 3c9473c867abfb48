import { describe, expect, it } from 'vitest';
import { roundCamera } from './roundCamera';

describe('roundCamera', () => {
  it.each([
    [{ lon: 104.123456, lat: 35.987, zoom: 3.46 }, { lonLat: 2, zoom: 1 }, { lon: 104.12, lat: 35.99, zoom: 3.5 }],
    [{ lon: -0.001, lat: -0.004, zoom: 0.04 }, { lonLat: 2, zoom: 1 }, { lon: 0, lat: 0, zoom: 0 }],
    [{ lon: 104.16, lat: 35.94, zoom: 3.46 }, { lonLat: 1, zoom: 0 }, { lon: 104.2, lat: 35.9, zoom: 3 }],
  ])('%o at %o', (c, d, expected) => {
    const out = roundCamera(c, d);
    expect(out).toEqual(expected);
    for (const v of Object.values(out)) expect(Object.is(v, -0)).toBe(false);
  });
});
