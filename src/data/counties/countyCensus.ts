import { isUnitId, type UnitId } from '../../geo/units';

/** Census years held by county. The 2020 sheet has no hukou-registered column. */
export const COUNTY_YEARS = [2010, 2020] as const;
export type CountyYear = (typeof COUNTY_YEARS)[number];

/**
 * One county-level unit (区, 县, 县级市, 旗, and the development zones and management areas the
 * yearbooks list as units of their own) in one census. Counts are persons at 00:00 on 1 November;
 * null is a blank in the source: no data, never 0.
 */
export interface CountyRecord {
  year: CountyYear;
  /** NBS statistical-division code, six digits as text; "" where the sheet has none (42 units in 2020, 11 in 2010). */
  code: string;
  /** Chinese name as the yearbook prints it. */
  name: string;
  /** Toneless pinyin, machine-made with hand-checked readings (see `CountyCensus.latinNote`). */
  latin: string;
  /** The province the yearbook lists the unit under (not derived from the code). */
  province: UnitId;
  /** 常住人口. */
  resident: number | null;
  /** Residents aged 0–14. */
  age0_14: number | null;
  urban: number | null;
  rural: number | null;
  /** 户籍人口, 2010 only (null in 2020: not in that sheet). */
  hukou: number | null;
}

export interface CountyCensus {
  /** Source id (a key of the sources table) per census year. */
  sources: Record<CountyYear, string>;
  /** How the Latin names were made, to show beside them. */
  latinNote: string;
  records: Record<CountyYear, CountyRecord[]>;
}

const FORMAT = 'liushou-counties/1';
const COUNT_COLUMNS = ['resident', 'age0_14', 'urban', 'rural'] as const;

/**
 * Reads public/data/counties.json (written by geo/counties.mjs) from its columnar form. The file is
 * our own, but it comes over the network: anything malformed throws one message naming the column.
 */
export function parseCountyCensus(json: unknown): CountyCensus {
  const o = json as { format?: unknown; sources?: Record<string, unknown>; latinNote?: unknown; years?: Record<string, Record<string, unknown[]>> };
  if (o?.format !== FORMAT) throw new Error(`counties.json: format is ${JSON.stringify(o?.format)}, expected ${FORMAT}`);
  const records = {} as Record<CountyYear, CountyRecord[]>;
  const sources = {} as Record<CountyYear, string>;
  for (const year of COUNTY_YEARS) {
    const cols = o.years?.[year];
    const source = o.sources?.[year];
    if (!cols || typeof source !== 'string') throw new Error(`counties.json: no ${year} table or source`);
    sources[year] = source;
    const n = cols.code?.length ?? 0;
    const column = (name: string, optional = false): unknown[] => {
      const c = cols[name];
      if (!c && optional) return new Array<null>(n).fill(null);
      if (!Array.isArray(c) || c.length !== n) throw new Error(`counties.json: ${year} column ${name} is missing or not ${n} long`);
      return c;
    };
    const text = (name: string) => {
      const c = column(name);
      if (!c.every((v) => typeof v === 'string')) throw new Error(`counties.json: ${year} column ${name} holds a non-text value`);
      return c as string[];
    };
    const counts = (name: string, optional = false) => {
      const c = column(name, optional);
      if (!c.every((v) => v === null || (Number.isInteger(v) && (v as number) >= 0))) {
        throw new Error(`counties.json: ${year} column ${name} holds a value that is not a count`);
      }
      return c as Array<number | null>;
    };
    const code = text('code');
    const name = text('name');
    const latin = text('latin');
    const province = text('province');
    if (!province.every(isUnitId)) throw new Error(`counties.json: ${year} column province holds an unknown unit`);
    const [resident, age0_14, urban, rural] = COUNT_COLUMNS.map((c) => counts(c)) as Array<Array<number | null>>;
    const hukou = counts('hukou', year !== 2010);
    records[year] = code.map((c, i) => ({
      year,
      code: c,
      name: name[i] as string,
      latin: latin[i] as string,
      province: province[i] as UnitId,
      resident: resident?.[i] ?? null,
      age0_14: age0_14?.[i] ?? null,
      urban: urban?.[i] ?? null,
      rural: rural?.[i] ?? null,
      hukou: hukou[i] ?? null,
    }));
  }
  return { sources, latinNote: typeof o.latinNote === 'string' ? o.latinNote : '', records };
}

/**
 * The county form of the net-sender proxy: hukou-registered minus resident population (2010).
 * Positive: more people registered here than living here, a labour-exporting county. Derived.
 */
export function netSender(r: Pick<CountyRecord, 'hukou' | 'resident'>): number | null {
  return r.hukou === null || r.resident === null ? null : r.hukou - r.resident;
}

/** The proxy per 1,000 residents (derived); null without residents. */
export function netSenderPer1000(r: Pick<CountyRecord, 'hukou' | 'resident'>): number | null {
  const net = netSender(r);
  return net === null || !r.resident ? null : (net / r.resident) * 1000;
}
