import { isUnitId } from '../geo/units';
import { isLang } from '../i18n/lang';
import type { Indicator } from '../data/indicator';
import { toImportedId } from '../data/importedId';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../scales/classification';
import { isPaletteId } from '../scales/palettes';
import { parseBreaks } from '../scales/parseBreaks';
import { FACILITY_TYPES } from '../facilities/facility';
import { SUPPLY_MEASURES, type SupplyMeasure } from '../facilities/gapScore';
import { formatPlanned, parsePlanned } from '../facilities/plannedFacilities';
import { formatStory, MAX_SLIDES, parseStory } from '../story/story';
import { roundCamera as roundTo, type CameraDecimals } from '../util/roundCamera';
import { formatCountySort, parseCountySort } from './countySort';
import { DEFAULT_STATE, RADII_KM, TABS, type AppState, type Camera, type Tab } from './appState';

/** What parsing needs to know to tell a valid value from an invalid one. */
export interface ParseContext {
  indicators: ReadonlyMap<string, Indicator>;
  /** Ids that are valid but whose indicator is computed later (coverage); their years are not checked. */
  pendingIds?: ReadonlySet<string>;
  /** Ids of tables the link carries that await the user's review (createSharedTables): valid, not yet held. */
  sharedIds?: ReadonlySet<string>;
}

/** A parameter that was present but not understood; the default was used instead. */
export interface UrlIssue {
  param: string;
  raw: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false };

interface FieldCodec<T> {
  /** Short query-parameter name. */
  key: string;
  parse(raw: string, ctx: ParseContext): Parsed<T>;
  format(value: T): string;
}

/** `r-` and a content hash (regionSet.ts). */
const REGION_SET_ID = /^r-[0-9a-z]{4,24}$/;
/** Characters of a region set's file name a link carries (`rsf`). */
const MAX_FILE_NAME = 120;
/** A region's key: a division code or chosen id (letters, digits, `-_.`), or `#` and a feature number. */
const REGION_KEY = /^(#\d{1,6}|[\p{L}\p{N}_.-]{1,40})$/u;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad: Parsed<never> = { ok: false };

/** An on/off choice, written `1` or `0` (only when it differs from the default). */
const flag = (key: string): FieldCodec<boolean> => ({
  key,
  parse: (raw) => (raw === '1' ? ok(true) : raw === '0' ? ok(false) : bad),
  format: (v) => (v ? '1' : '0'),
});

/** A four-digit year, or null (the indicator's latest year), written only when set. */
const yearOrLatest = (key: string): FieldCodec<number | null> => ({
  key,
  parse: (raw) => (/^\d{4}$/.test(raw) ? ok(Number(raw)) : bad),
  format: (v) => (v === null ? '' : String(v)),
});

/**
 * An indicator id the link may name: a known one, one computed later (`pending`), or an imported
 * table's id written before #17 (`uk3f9a2`, now `u-k3f9a2`): old links to a table keep working.
 */
function knownId(raw: string, ctx: ParseContext, pending: boolean): Parsed<string> {
  const known = (id: string) => ctx.indicators.has(id) || ctx.sharedIds?.has(id) === true || (pending && ctx.pendingIds?.has(id) === true);
  if (known(raw)) return ok(raw);
  const own = toImportedId(raw);
  return own !== null && own !== raw && known(own) ? ok(own) : bad;
}

/**
 * One codec per state field. The mapped type makes the compiler refuse a state field without a
 * parser and formatter, so the URL can never silently drop part of the state.
 */
const CODECS: { [K in keyof AppState]: FieldCodec<AppState[K]> } = {
  indicator: {
    key: 'i',
    parse: (raw, ctx) => knownId(raw, ctx, true),
    format: (v) => v,
  },
  year: yearOrLatest('y'),
  selected: {
    key: 'sel',
    parse: (raw) => {
      const id = raw.trim().toUpperCase();
      return isUnitId(id) ? ok(id) : bad;
    },
    format: (v) => v ?? '',
  },
  lang: {
    key: 'lang',
    parse: (raw) => {
      const l = raw.trim().toLowerCase();
      return isLang(l) ? ok(l) : bad;
    },
    format: (v) => v,
  },
  tab: {
    key: 'tab',
    parse: (raw) => ((TABS as readonly string[]).includes(raw) ? ok(raw as Tab) : bad),
    format: (v) => v,
  },
  method: {
    key: 'm',
    parse: (raw) => ((CLASS_METHODS as readonly string[]).includes(raw) ? ok(raw as ClassMethod) : bad),
    format: (v) => v ?? '',
  },
  classes: {
    key: 'k',
    parse: (raw) => {
      const k = Number(raw);
      return /^\d$/.test(raw) && k >= MIN_CLASSES && k <= MAX_CLASSES ? ok(k) : bad;
    },
    format: (v) => (v === null ? '' : String(v)),
  },
  breaks: {
    key: 'br',
    parse: (raw) => {
      const breaks = parseBreaks(raw);
      return breaks ? ok(breaks) : bad;
    },
    format: (v) => v.join(','),
  },
  palette: {
    key: 'pal',
    parse: (raw) => (isPaletteId(raw) ? ok(raw) : bad),
    format: (v) => v ?? '',
  },
  highContrast: flag('hc'),
  log: flag('log'),
  perYear: {
    key: 'per',
    parse: (raw) => (raw === 'year' ? ok(true) : raw === 'all' ? ok(false) : bad),
    format: (v) => (v ? 'year' : 'all'),
  },
  facilities: flag('fac'),
  facilityTypes: {
    key: 'ft',
    parse: (raw) => {
      const parts = raw === '' ? [] : raw.split(',');
      if (!parts.every((p) => (FACILITY_TYPES as readonly string[]).includes(p))) return bad;
      // Canonical order, so equal filters give equal links.
      return ok(FACILITY_TYPES.filter((t) => parts.includes(t)));
    },
    format: (v) => FACILITY_TYPES.filter((t) => v.includes(t)).join(','),
  },
  radiusKm: {
    key: 'r',
    parse: (raw) => ((RADII_KM as readonly number[]).includes(Number(raw)) && /^\d+$/.test(raw) ? ok(Number(raw)) : bad),
    format: (v) => String(v),
  },
  demo: flag('demo'),
  camera: {
    key: 'c',
    parse: (raw) => {
      const parts = raw.split(',');
      const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
      const valid = parts.length === 3 && parts.every((p) => p.trim() !== '') && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22;
      return valid ? ok(roundCamera({ lon, lat, zoom })) : bad;
    },
    // URL order is lon,lat,zoom (like GeoJSON), not lat,lon as some map sites write it.
    format: (v) => (v === null ? '' : `${v.lon},${v.lat},${v.zoom}`),
  },
  embed: flag('embed'),
  present: flag('present'),
  slide: {
    key: 'slide',
    // 1-based in links, as people count slides; 0-based in the state.
    parse: (raw) => (/^\d{1,2}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_SLIDES ? ok(Number(raw) - 1) : bad),
    format: (v) => String(v + 1),
  },
  story: {
    key: 'story',
    parse: (raw) => {
      const slides = parseStory(raw);
      return slides ? ok(slides) : bad;
    },
    format: (v) => (v === null ? '' : formatStory(v)),
  },
  demand: {
    key: 'dem',
    parse: (raw, ctx) => knownId(raw, ctx, false),
    format: (v) => v,
  },
  demandYear: yearOrLatest('dy'),
  supply: {
    key: 'sup',
    parse: (raw) => ((SUPPLY_MEASURES as readonly string[]).includes(raw) ? ok(raw as SupplyMeasure) : bad),
    format: (v) => v,
  },
  planned: {
    key: 'plan',
    parse: (raw) => {
      const planned = parsePlanned(raw);
      return planned ? ok(planned) : bad;
    },
    format: formatPlanned,
  },
  counties: {
    key: 'cty',
    parse: (raw) => {
      const sort = parseCountySort(raw);
      return sort ? ok(sort) : bad;
    },
    format: (v) => (v === null ? '' : formatCountySort(v)),
  },
  regionSet: {
    key: 'rs',
    parse: (raw) => (REGION_SET_ID.test(raw) ? ok(raw) : bad),
    format: (v) => v ?? '',
  },
  regionFile: {
    key: 'rsf',
    // A file name, shown as text only: up to 120 characters, none of them control characters.
    parse: (raw) => (raw.length > 0 && raw.length <= MAX_FILE_NAME && !/\p{Cc}/u.test(raw) ? ok(raw) : bad),
    format: (v) => v ?? '',
  },
  region: {
    key: 'rg',
    // A code or `#<feature>`: short, and never markup (it is looked up, not shown).
    parse: (raw) => (REGION_KEY.test(raw) ? ok(raw) : bad),
    format: (v) => v ?? '',
  },
};

const FIELDS = Object.keys(CODECS) as Array<keyof AppState>;

/** The link format written today. Links carry it as `v=1`; a link without `v` is version 0. */
export const URL_VERSION = 1;

/** Long names a person might type (version 0), and their short names since version 1. */
const LONG_NAMES: Record<string, string> = {
  indicator: 'i',
  year: 'y',
  selected: 'sel',
  province: 'sel',
  language: 'lang',
  method: 'm',
  classes: 'k',
  breaks: 'br',
  palette: 'pal',
  radius: 'r',
  camera: 'c',
};

/**
 * Ordered, pure migrations: MIGRATIONS[n] turns a version-n link into version n+1. Old links stay
 * valid forever by running every migration from their version to URL_VERSION.
 */
export const MIGRATIONS: ReadonlyArray<(p: URLSearchParams) => URLSearchParams> = [
  // 0 → 1: version 0 is any link without `v`, including hand-typed ones with long names.
  (p) => {
    // One pass, with plain sets and maps: `has` and `set` on URLSearchParams scan the whole list,
    // which made a link repeating `province=SC&` 50,000 times take 20 s (issue #17).
    const given = new Set(p.keys());
    const renamed = new Map<string, string>();
    const out: Array<[string, string]> = [];
    for (const [k, v] of p) {
      const short = LONG_NAMES[k];
      if (!short) out.push([k, v]);
      else if (!given.has(short)) {
        // As `set` did: the last value of a long name, at the place of its first.
        if (!renamed.has(short)) out.push([short, '']);
        renamed.set(short, v);
      }
    }
    return new URLSearchParams(out.map(([k, v]) => [k, renamed.get(k) ?? v]));
  },
];

/**
 * How links round a camera: 2 decimals of a degree (about 1 km) and 1 decimal of zoom, enough to
 * reproduce the view without the link changing on every pixel of a drag. The map adapter is given
 * the same, so the camera it reports is the one a link stores.
 */
export const CAMERA_DECIMALS: CameraDecimals = { lonLat: 2, zoom: 1 };

/** A camera rounded as links store it. */
export function roundCamera(c: Camera): Camera {
  return roundTo(c, CAMERA_DECIMALS);
}

/**
 * Reads a query string (with or without `?`) into a full state. Never throws: a missing parameter
 * takes its default, an invalid one takes its default and is reported, unknown parameters are
 * ignored (other tools add their own, e.g. `utm_source`).
 */
export function parseUrlState(search: string, ctx: ParseContext): { state: AppState; issues: UrlIssue[] } {
  const issues: UrlIssue[] = [];
  let params = new URLSearchParams(search);
  const rawVersion = params.get('v');
  let version = rawVersion === null ? 0 : Number(rawVersion);
  if (!Number.isInteger(version) || version < 0 || version > URL_VERSION) {
    // A link from a newer app, or a garbled one: read it as today's format and say so.
    issues.push({ param: 'v', raw: rawVersion ?? '' });
    version = URL_VERSION;
  }
  for (let v = version; v < URL_VERSION; v++) params = (MIGRATIONS[v] as (p: URLSearchParams) => URLSearchParams)(params);
  params.delete('v');
  const state: AppState = { ...DEFAULT_STATE };
  for (const field of FIELDS) {
    const codec = CODECS[field];
    const raw = params.get(codec.key);
    if (raw === null) continue;
    const parsed = codec.parse(raw, ctx);
    if (parsed.ok) (state as Record<keyof AppState, unknown>)[field] = parsed.value;
    else issues.push({ param: codec.key, raw });
  }
  // Cross-field check: a year the indicator has no figures for falls back to its latest year.
  const indicator = ctx.indicators.get(state.indicator);
  if (state.year !== null && indicator && !indicator.years.includes(state.year)) {
    issues.push({ param: CODECS.year.key, raw: String(state.year) });
    state.year = null;
  }
  const demand = ctx.indicators.get(state.demand);
  if (state.demandYear !== null && demand && !demand.years.includes(state.demandYear)) {
    issues.push({ param: CODECS.demandYear.key, raw: String(state.demandYear) });
    state.demandYear = null;
  }
  return { state, issues };
}

/**
 * Writes only what differs from the default, in a fixed order, after the version, so the default
 * state is the empty string and equal states give equal links. No leading `?`.
 */
export function formatUrlState(state: AppState): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const codec = CODECS[field] as FieldCodec<AppState[typeof field]>;
    const value = codec.format(state[field]);
    if (value !== codec.format(DEFAULT_STATE[field])) params.set(codec.key, value);
  }
  if ([...params.keys()].length === 0) return '';
  // Commas are legal in a query; keeping them unescaped keeps links readable (`br=1000,5000`).
  return `v=${URL_VERSION}&${params.toString().replace(/%2C/g, ',')}`;
}
