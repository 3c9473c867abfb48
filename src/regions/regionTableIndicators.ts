import type { Source } from '../data/figure';
import { importedIndicator, importedRowSources, importedSource, sourceIdOf, type RegionTable, type ImportedDataset } from '../data/importedDataset';
import { REGION_JOIN_MESSAGES } from '../i18n/regionJoinMessages';
import type { RegionIndicator } from './regionCensus';
import { regionKey, type RegionSet } from './regionSet';

const T = REGION_JOIN_MESSAGES;

/**
 * The tables joined to one region set, as indicators of that set (#15): each table its own
 * indicator, so figures under different definitions never share a scale; every region of the set
 * without a value is no data (null), never 0; a value whose key is no region of the set (the set
 * changed) is dropped. Sources: the file, and its own source column's texts, per year. Pure.
 */
export function regionTableIndicators(
  set: Pick<RegionSet, 'id' | 'fileName' | 'regions'>,
  tables: readonly ImportedDataset[],
): { indicators: RegionIndicator[]; sources: Record<string, Source> } {
  const keys = set.regions.map(regionKey);
  const indicators: RegionIndicator[] = [];
  const sources: Record<string, Source> = {};
  const seen = new Set<string>();
  for (const d of tables) {
    if (d.regionSet?.id !== set.id || seen.has(d.id)) continue;
    seen.add(d.id);
    const table = d as RegionTable;
    const rowSources = importedRowSources(table);
    const rowSourceId = new Map(Object.entries(rowSources).map(([id, s]) => [s.title, id]));
    const byYear = new Map<number, Map<string, number | null>>();
    const yearSources = new Map<number, Set<string>>();
    const withValue = new Set<string>();
    for (const v of table.values) {
      let m = byYear.get(v.year);
      if (!m) {
        byYear.set(v.year, (m = new Map(keys.map((k) => [k, null]))));
        yearSources.set(v.year, new Set([sourceIdOf(table)]));
      }
      if (!m.has(v.region)) continue;
      m.set(v.region, v.value);
      withValue.add(v.region);
      const s = v.source === undefined ? undefined : rowSourceId.get(v.source);
      if (s) yearSources.get(v.year)!.add(s);
    }
    const base = importedIndicator(table);
    const n = String(withValue.size);
    const total = String(keys.length);
    indicators.push({
      indicator: {
        ...base,
        definition: {
          en: base.definition.en + T.joinedTo.en(set.fileName, n, total),
          zh: base.definition.zh + T.joinedTo.zh(set.fileName, n, total),
        },
      },
      values: byYear,
      sources: Object.fromEntries([...yearSources].map(([y, ids]) => [y, [...ids]])),
    });
    sources[sourceIdOf(table)] = importedSource(table);
    Object.assign(sources, rowSources);
  }
  return { indicators, sources };
}
