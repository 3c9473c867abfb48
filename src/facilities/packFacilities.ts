import { FACILITY_TYPES, type Facility, type FacilitySet } from './facility';

/**
 * A facility list as a few large values instead of one object per facility, for storage.
 *
 * Why: IndexedDB copies what it stores (structured clone) synchronously on the main thread. Storing
 * 50,000 facility objects blocked the page for about 0.15 s; a JSON text and five typed arrays
 * are copied almost as fast as memory.
 *
 * - Text fields (id, name, source) are one JSON text, so any character a file held, markup
 *   included, comes back exactly; JSON needs no separator that a name could contain.
 * - Numbers are Float64Arrays; NaN stands for null (capacity or year not stated), never for 0.
 * - `type` is an index into FACILITY_TYPES; `row` an Int32Array (files are capped at 200,000 rows).
 */
export interface PackedFacilities {
  count: number;
  /** JSON of { id: string[], name: string[], source: string[] }. */
  text: string;
  type: Uint8Array;
  capacity: Float64Array;
  opened: Float64Array;
  /** WGS 84 degrees. */
  lon: Float64Array;
  lat: Float64Array;
  row: Int32Array;
}

/** A FacilitySet as stored: its facilities packed. */
export type StoredFacilitySet = Omit<FacilitySet, 'facilities'> & { packed: PackedFacilities };

const orNaN = (x: number | null) => (x === null ? Number.NaN : x);
const orNull = (x: number) => (Number.isNaN(x) ? null : x);

export function packFacilities(facilities: readonly Facility[]): PackedFacilities {
  const n = facilities.length;
  const p: PackedFacilities = {
    count: n,
    text: JSON.stringify({ id: facilities.map((f) => f.id), name: facilities.map((f) => f.name), source: facilities.map((f) => f.source) }),
    type: new Uint8Array(n),
    capacity: new Float64Array(n),
    opened: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    row: new Int32Array(n),
  };
  facilities.forEach((f, i) => {
    p.type[i] = FACILITY_TYPES.indexOf(f.type);
    p.capacity[i] = orNaN(f.capacity);
    p.opened[i] = orNaN(f.opened);
    p.lon[i] = f.lon;
    p.lat[i] = f.lat;
    p.row[i] = f.row;
  });
  return p;
}

export function unpackFacilities(p: PackedFacilities): Facility[] {
  const text = JSON.parse(p.text) as { id: string[]; name: string[]; source: string[] };
  return Array.from({ length: p.count }, (_, i): Facility => ({
    id: text.id[i] as string,
    name: text.name[i] as string,
    type: FACILITY_TYPES[p.type[i] as number] ?? 'other',
    capacity: orNull(p.capacity[i] as number),
    opened: orNull(p.opened[i] as number),
    source: text.source[i] as string,
    lon: p.lon[i] as number,
    lat: p.lat[i] as number,
    row: p.row[i] as number,
  }));
}

export function packFacilitySet({ facilities, ...meta }: FacilitySet): StoredFacilitySet {
  return { ...meta, packed: packFacilities(facilities) };
}

/** Reads a stored set; sets saved before packing (a `facilities` array) read as they are. */
export function unpackFacilitySet(stored: StoredFacilitySet | FacilitySet): FacilitySet {
  if ('facilities' in stored) return stored;
  const { packed, ...meta } = stored;
  return { ...meta, facilities: unpackFacilities(packed) };
}
