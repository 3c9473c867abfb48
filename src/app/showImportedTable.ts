import type { ImportedDataset } from '../data/importedDataset';
import type { Store } from '../state/createStore';

/**
 * Shows an imported table: a province table as the indicator; a table joined to a region set
 * with that set shown too (the camera fits it when it was not shown already), so Show in the
 * Your data list and Apply both land on the table's own regions.
 */
export function showImportedTable(store: Pick<Store, 'state' | 'setIndicator' | 'replace'>, tables: readonly ImportedDataset[], id: string): void {
  const set = tables.find((d) => d.id === id)?.regionSet;
  const state = store.state.peek();
  if (!set || state.regionSet === set.id) return store.setIndicator(id);
  store.replace({ ...state, indicator: id, year: null, breaks: [], ...(state.method === 'custom' ? { method: null } : {}), regionSet: set.id, regionFile: set.fileName, region: null, camera: null });
}
