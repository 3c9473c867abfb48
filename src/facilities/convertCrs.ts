import gcoord from 'gcoord';
import type { Facility } from './facility';

/**
 * Coordinate systems facility lists arrive in. Chinese web maps do not publish WGS 84: Amap (Gaode)
 * and Tencent use GCJ-02, the state-mandated offset of a few hundred metres; Baidu adds its own
 * BD-09 offset on top. Left unconverted, such points sit in the wrong county or across a
 * provincial border. Conversion is gcoord's (a well-kept, dependency-free implementation of the
 * published approximations, accurate to about a metre), not ours.
 */
export const CRS_LIST = ['WGS84', 'GCJ02', 'BD09'] as const;
export type Crs = (typeof CRS_LIST)[number];

export function isCrs(s: string): s is Crs {
  return (CRS_LIST as readonly string[]).includes(s);
}

/** The facilities in WGS 84 (new objects; the input is not changed). WGS 84 input is returned as is. */
export function toWgs84(facilities: readonly Facility[], crs: Crs): Facility[] {
  if (crs === 'WGS84') return facilities as Facility[];
  const from = crs === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
  return facilities.map((f) => {
    // gcoord positions are [lon, lat], like GeoJSON.
    const [lon, lat] = gcoord.transform([f.lon, f.lat], from, gcoord.WGS84) as [number, number];
    return { ...f, lon, lat };
  });
}

// Header or source words that say which web map the coordinates came from.
const HINTS: readonly { crs: Crs; pattern: RegExp }[] = [
  { crs: 'BD09', pattern: /baidu|bd-?09|bmap|百度|^bd_?(lng|lon|lat)$/i },
  { crs: 'GCJ02', pattern: /gcj-?02|amap|gaode|autonavi|高德|tencent|qq ?map|腾讯|火星|^gd_?(lng|lon|lat)$/i },
];

/**
 * The system a header or source text suggests, with the text that says so, or null. Only a hint:
 * the user chooses, and WGS 84 stays the default.
 */
export function suggestCrs(columns: readonly string[], sources: readonly string[]): { crs: Crs; because: string } | null {
  for (const text of [...columns, ...sources]) {
    for (const h of HINTS) if (h.pattern.test(text.trim())) return { crs: h.crs, because: text.trim().slice(0, 60) };
  }
  return null;
}
