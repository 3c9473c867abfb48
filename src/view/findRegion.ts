import { cleanKey } from '../data/join/normaliseKey';
import { regionNameKey, shortRegionName } from '../regions/regionNames';
import type { LonLatZoom } from '../util/roundCamera';
import type { RegionSetView } from './buildRegionView';

/** What the search needs of a region row. */
export interface RegionSearchRow {
  key: string;
  code: string | null;
  name: string | null;
  label: string;
}

/** Found (its key), or not: the rows that match equally well (none, or several). */
export type RegionFind = { key: string } | { key: null; matches: RegionSearchRow[] };

/**
 * A region of the shown set from what the user typed, in this order: its code (or key, "#12" for
 * a region without one); its name as in the file (NFKC, case and spacing folded, traditional
 * characters of province names simplified: regionNameKey); the name without its administrative
 * suffix (临泉 finds 临泉县: shortRegionName); the start of a name (two characters or more). The first
 * step with exactly one region finds it; a step with several says which.
 */
export function findRegion(text: string, rows: readonly RegionSearchRow[]): RegionFind {
  const q = regionNameKey(text);
  if (q === '') return { key: null, matches: [] };
  const typed = cleanKey(text);
  const short = shortRegionName(q);
  // A region's name in the same form; '' for a region without one, which only its code finds.
  const steps: Array<(r: RegionSearchRow, name: string) => boolean> = [
    (r) => r.key === typed || (r.code !== null && cleanKey(r.code) === typed),
    (_, name) => name === q,
    (_, name) => name !== '' && shortRegionName(name) === short,
    (_, name) => name !== '' && [...q].length >= 2 && name.startsWith(q),
  ];
  const names = rows.map((r) => (r.name === null ? '' : regionNameKey(r.name)));
  for (const step of steps) {
    const matches = rows.filter((r, i) => step(r, names[i]!));
    if (matches.length === 1) return { key: matches[0]!.key };
    if (matches.length > 1) return { key: null, matches };
  }
  return { key: null, matches: [] };
}

/** Where the map looks for a found region: its label point, zoomed to where region names show. */
export function regionCamera(view: Pick<RegionSetView, 'features'>, key: string): LonLatZoom | null {
  const at = view.features.anchors.get(key);
  if (!at) return null;
  return { lon: at[0], lat: at[1], zoom: Math.min(9, view.features.labelMinZoom + 0.5) };
}
