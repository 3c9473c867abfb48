import type { Unit } from '../geo/units';

/** The columns naming a region in every region CSV (the table's and the ranking's), in this order. */
export const REGION_ID_COLUMNS = ['region_key', 'region_code', 'region_name', 'province_code_gb', 'province_name_en', 'province_name_zh'] as const;

/** A region's cells under REGION_ID_COLUMNS: its key, code and name as in the file, and its province. */
export function regionIdCells(key: string, code: string | null | undefined, name: string | null | undefined, province: Unit | null | undefined): Array<string | null> {
  return [key, code ?? null, name ?? null, province?.gb ?? null, province?.en ?? null, province?.zhFull ?? null];
}
