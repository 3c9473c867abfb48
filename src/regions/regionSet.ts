import type { Region, RegionSetParse } from './parseRegions';

/**
 * A planner's own region set, as kept in the browser and carried in a bundle: the regions read
 * from their file (geometry already simplified), with what the import found. The shared contract
 * between the region import (app layer), the view model, the map adapter's input and the bundle.
 */
export interface RegionSet {
  /**
   * `r-` + a hash of the regions' codes, names and simplified geometry: the same file gives the
   * same id in any browser, so a link can name the set it needs (`rs=`) and a bundle restores it.
   */
  id: string;
  /** The user's file name, as text (never HTML), e.g. "anhui_counties.geojson". */
  fileName: string;
  /** When it was imported, ISO 8601 (UTC). */
  importedAt: string;
  codeField: RegionSetParse['codeField'];
  codeKind: RegionSetParse['codeKind'];
  nameField: RegionSetParse['nameField'];
  /** Simplified regions, in file order; geometry in [lon, lat] WGS 84 degrees. */
  regions: Region[];
  /** Positions kept after simplification, and before it (the report shows both). */
  vertices: number;
  verticesBefore: number;
}

/** How state, links and joins name a region: its code, or `#` and its feature number without one. */
export function regionKey(r: Pick<Region, 'code' | 'feature'>): string {
  return r.code ?? `#${r.feature}`;
}
