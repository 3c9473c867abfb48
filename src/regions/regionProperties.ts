import type { Region } from './parseRegions';
import { regionKey } from './regionSet';

/** What each region carries on the map: `key` (its feature-state id) and `label` (the file's name, or code, as text). */
export function regionProperties(r: Pick<Region, 'code' | 'feature' | 'name'>): { key: string; label: string } {
  return { key: regionKey(r), label: r.name ?? r.code ?? '' };
}
