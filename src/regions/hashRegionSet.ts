import type { Position } from 'geojson';
import type { Region } from './parseRegions';

/**
 * Positions enter the hash rounded to 1e-7 degrees (about 1 cm): the same file, simplified the same
 * way, gives the same id in any browser, whatever the last bit of a float on that engine.
 */
const SCALE = 1e7;

/**
 * A 128-bit hash over a stream of 32-bit words (cyrb128's mixing, four lanes). Not cryptographic: it
 * names a region set, it does not guard one. Written out rather than `crypto.subtle`, which exists
 * only in secure contexts (the atlas also runs from a USB stick or a classroom's LAN address).
 */
function createHasher() {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  const word = (k: number) => {
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  };
  return {
    word,
    /** Text by UTF-16 code unit, with its length first so that ["ab","c"] and ["a","bc"] differ; null is its own marker. */
    text(s: string | null) {
      if (s === null) return word(-1);
      word(s.length);
      for (let i = 0; i < s.length; i++) word(s.charCodeAt(i));
    },
    number(x: number) {
      const n = Math.round(x * SCALE);
      // Two words: |n| up to 1.8e9 for 180 degrees fits one, but an odd file's values may not.
      word(n | 0);
      word(Math.floor(n / 4294967296) | 0);
    },
    digest(): string {
      h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
      h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
      h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
      h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
      h1 ^= h2 ^ h3 ^ h4;
      h2 ^= h1;
      h3 ^= h1;
      h4 ^= h1;
      // 96 bits in base 36: at most 19 characters, within the link codec's `r-[0-9a-z]{4,24}`.
      const big = (BigInt(h1 >>> 0) << 64n) | (BigInt(h2 >>> 0) << 32n) | BigInt(h3 >>> 0);
      return big.toString(36).padStart(4, '0');
    },
  };
}

/**
 * The id of a region set, `r-` and a hash of its regions' codes, names and (simplified) geometry in
 * file order. Pure: the same regions give the same id in any browser, so a link's `rs=` names the
 * set it needs and a bundle restores it under the same id. The file name and import time are not
 * part of it: the same boundaries imported twice are one set.
 */
export function hashRegionSet(regions: readonly Pick<Region, 'code' | 'name' | 'geometry'>[]): string {
  const h = createHasher();
  h.word(regions.length);
  for (const r of regions) {
    h.text(r.code);
    h.text(r.name);
    const polys = (r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates) as Position[][][];
    h.word(polys.length);
    for (const poly of polys) {
      h.word(poly.length);
      for (const ring of poly) {
        h.word(ring.length);
        for (const p of ring) {
          h.number(p[0] as number);
          h.number(p[1] as number);
        }
      }
    }
  }
  return `r-${h.digest()}`;
}
