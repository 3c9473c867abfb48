import { indicatorSourceIds } from '../data/indicatorValues';
import type { Datasets } from './buildViewModel';

/** Which indicators rest on each source, for the sources view. Pure; rebuilt only when data changes. */
export function buildSourceUsage(data: Datasets): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  for (const ind of data.indicators.values()) {
    for (const id of indicatorSourceIds(ind, data.index)) {
      const list = usage.get(id) ?? [];
      list.push(ind.id);
      usage.set(id, list);
    }
  }
  return usage;
}
