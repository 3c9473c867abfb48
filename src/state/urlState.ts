import { isUnitId } from '../geo/units';
import { isLang } from '../i18n/lang';
import type { Indicator } from '../data/indicator';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../scales/classification';
import { isPaletteId } from '../scales/palettes';
import { FACILITY_TYPES } from '../facilities/facility';
import { DEFAULT_STATE, RADII_KM, TABS, type AppState, type Tab } from './appState';

/** What parsing needs to know to tell a valid value from an invalid one. */
export interface ParseContext {
  indicators: ReadonlyMap<string, Indicator>;
  /** Ids that are valid but whose indicator is computed later (coverage); their years are not checked. */
  pendingIds?: ReadonlySet<string>;
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

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad: Parsed<never> = { ok: false };

/**
 * One codec per state field. The mapped type makes the compiler refuse a state field without a
 * parser and formatter, so the URL can never silently drop part of the state.
 */
const CODECS: { [K in keyof AppState]: FieldCodec<AppState[K]> } = {
  indicator: {
    key: 'i',
    parse: (raw, ctx) => (ctx.indicators.has(raw) || ctx.pendingIds?.has(raw) ? ok(raw) : bad),
    format: (v) => v,
  },
  year: {
    key: 'y',
    parse: (raw) => (/^\d{4}$/.test(raw) ? ok(Number(raw)) : bad),
    format: (v) => (v === null ? '' : String(v)),
  },
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
      const parts = raw.split(',');
      const nums = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
      if (parts.length > MAX_CLASSES - 1 || !nums.every(Number.isFinite)) return bad;
      return ok([...new Set(nums)].sort((a, b) => a - b));
    },
    format: (v) => v.join(','),
  },
  palette: {
    key: 'pal',
    parse: (raw) => (isPaletteId(raw) ? ok(raw) : bad),
    format: (v) => v ?? '',
  },
  log: {
    key: 'log',
    parse: (raw) => (raw === '1' ? ok(true) : raw === '0' ? ok(false) : bad),
    format: (v) => (v ? '1' : '0'),
  },
  perYear: {
    key: 'per',
    parse: (raw) => (raw === 'year' ? ok(true) : raw === 'all' ? ok(false) : bad),
    format: (v) => (v ? 'year' : 'all'),
  },
  facilities: {
    key: 'fac',
    parse: (raw) => (raw === '1' ? ok(true) : raw === '0' ? ok(false) : bad),
    format: (v) => (v ? '1' : '0'),
  },
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
  demo: {
    key: 'demo',
    parse: (raw) => (raw === '1' ? ok(true) : raw === '0' ? ok(false) : bad),
    format: (v) => (v ? '1' : '0'),
  },
  demand: {
    key: 'dem',
    parse: (raw, ctx) => (ctx.indicators.has(raw) ? ok(raw) : bad),
    format: (v) => v,
  },
};

const FIELDS = Object.keys(CODECS) as Array<keyof AppState>;

/**
 * Reads a query string (with or without `?`) into a full state. Never throws: a missing parameter
 * takes its default, an invalid one takes its default and is reported, unknown parameters are
 * ignored (other tools add their own, e.g. `utm_source`).
 */
export function parseUrlState(search: string, ctx: ParseContext): { state: AppState; issues: UrlIssue[] } {
  const params = new URLSearchParams(search);
  const state: AppState = { ...DEFAULT_STATE };
  const issues: UrlIssue[] = [];
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
  return { state, issues };
}

/**
 * Writes only what differs from the default, in a fixed order, so the default state is the empty
 * string and equal states give equal links. No leading `?`.
 */
export function formatUrlState(state: AppState): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const codec = CODECS[field] as FieldCodec<AppState[typeof field]>;
    const value = codec.format(state[field]);
    if (value !== codec.format(DEFAULT_STATE[field])) params.set(codec.key, value);
  }
  // Commas are legal in a query; keeping them unescaped keeps links readable (`br=1000,5000`).
  return params.toString().replace(/%2C/g, ',');
}
