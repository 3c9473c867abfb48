/**
 * Field-by-field reading of untrusted JSON (a bundle file, a link's table): each reader returns the
 * value when it is what the format says, or undefined after recording a `FieldIssue` that names the
 * field by its path (`tables[2].values[14].value`). Never throws. The issues carry codes and short
 * raw excerpts, never sentences: the UI words them.
 */

export type FieldProblem =
  /** The field is absent (or null where null is not allowed). */
  | 'missing'
  /** Wrong JSON type: `expected` says which ('text', 'number', 'list', 'object', 'boolean'). */
  | 'type'
  /** Text longer than `expected` characters, or a list with more than `expected` items. */
  | 'too-long'
  /** A list that must hold at least one item. */
  | 'empty'
  /** A number that must be a whole number. */
  | 'integer'
  /** A number outside `expected` (e.g. "1–2100"). */
  | 'range'
  /** Not one of the values listed in `expected`. */
  | 'choice'
  /** Not an ISO 8601 date (YYYY-MM-DD…). */
  | 'date'
  /** Text that does not have the form `expected` describes (an id pattern, a closed ring). */
  | 'form'
  /** An id another item of the same list already has. */
  | 'duplicate';

/**
 * What a field should be when it takes words to say (an id's form, a closed ring): a key and plain
 * parameters, worded by the UI in its language. util holds no words; the callers' keys are worded in
 * i18n/fieldMessages.ts.
 */
export interface FieldWords {
  key: string;
  params?: string[];
}

export interface FieldIssue {
  /** Path of the field in the document, e.g. `tables[2].values[14].value`. */
  field: string;
  problem: FieldProblem;
  /**
   * What the format wants: a short plain string ('300', 'count, rate', '1–2100', a type word), or
   * `FieldWords` where it takes words to say.
   */
  expected?: string | FieldWords;
  /** The value found, shortened to RAW_CHARS, as text (render it as text, never as HTML). */
  raw?: string;
}

/** Characters of a bad value kept in its issue: enough to recognise it, not a copy of the file. */
export const RAW_CHARS = 60;

/** Where issues go. Collection stops at `max` (counted in `more`): a broken 200,000-row table gives a short list, not 200,000 lines. */
export interface FieldReport {
  issues: FieldIssue[];
  /** Issues beyond `max`, counted only. */
  more: number;
  readonly max: number;
}

export const createFieldReport = (max = 20): FieldReport => ({ issues: [], more: 0, max });

/** Whether anything was reported. */
export const hasIssues = (r: FieldReport): boolean => r.issues.length > 0 || r.more > 0;

export function rawOf(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > RAW_CHARS ? `${s.slice(0, RAW_CHARS)}…` : s;
}

export function fail(r: FieldReport, field: string, problem: FieldProblem, expected?: string | FieldWords, raw?: unknown): undefined {
  if (r.issues.length >= r.max) {
    r.more++;
    return undefined;
  }
  const issue: FieldIssue = { field, problem };
  if (expected !== undefined) issue.expected = expected;
  if (raw !== undefined) issue.raw = rawOf(raw);
  r.issues.push(issue);
  return undefined;
}

/** `base.key`, or `key` at the top level. */
export const at = (base: string, key: string): string => (base === '' ? key : `${base}.${key}`);
/** `base[i]`. */
export const item = (base: string, i: number): string => `${base}[${i}]`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readObject(v: unknown, field: string, r: FieldReport): Record<string, unknown> | undefined {
  if (v === undefined || v === null) return fail(r, field, 'missing');
  return isObject(v) ? v : fail(r, field, 'type', 'object', v);
}

export function readList(v: unknown, field: string, r: FieldReport, max: number, min = 0): unknown[] | undefined {
  if (v === undefined || v === null) return fail(r, field, 'missing');
  if (!Array.isArray(v)) return fail(r, field, 'type', 'list', v);
  if (v.length > max) return fail(r, field, 'too-long', String(max), `${v.length}`);
  if (v.length < min) return fail(r, field, 'empty');
  return v;
}

/** Text of at most `max` characters. Kept exactly as written: markup is text, the renderer escapes it. */
export function readText(v: unknown, field: string, r: FieldReport, max = 300): string | undefined {
  if (v === undefined || v === null) return fail(r, field, 'missing');
  if (typeof v !== 'string') return fail(r, field, 'type', 'text', v);
  return v.length <= max ? v : fail(r, field, 'too-long', String(max), v);
}

/** Text or null; absent reads as null. */
export function readTextOrNull(v: unknown, field: string, r: FieldReport, max = 300): string | null | undefined {
  return v === undefined || v === null ? null : readText(v, field, r, max);
}

/** A finite number with `ok(n)`, else an issue with `range` as what was expected. */
export function readNumber(v: unknown, field: string, r: FieldReport, ok: (n: number) => boolean = () => true, range?: string | FieldWords): number | undefined {
  if (v === undefined || v === null) return fail(r, field, 'missing');
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(r, field, 'type', 'number', v);
  return ok(v) ? v : fail(r, field, 'range', range, v);
}

export function readInteger(v: unknown, field: string, r: FieldReport, min: number, max: number): number | undefined {
  if (v === undefined || v === null) return fail(r, field, 'missing');
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(r, field, 'type', 'number', v);
  if (!Number.isInteger(v)) return fail(r, field, 'integer', undefined, v);
  return v >= min && v <= max ? v : fail(r, field, 'range', `${min}–${max}`, v);
}

export function readBoolean(v: unknown, field: string, r: FieldReport): boolean | undefined {
  if (typeof v === 'boolean') return v;
  return v === undefined || v === null ? fail(r, field, 'missing') : fail(r, field, 'type', 'boolean', v);
}

export function readChoice<T extends string>(v: unknown, field: string, r: FieldReport, choices: readonly T[]): T | undefined {
  if (v === undefined || v === null) return fail(r, field, 'missing');
  return typeof v === 'string' && (choices as readonly string[]).includes(v) ? (v as T) : fail(r, field, 'choice', choices.join(', '), v);
}

/** An ISO 8601 date or timestamp (`2026-12-02`, `2026-12-02T12:00:00.000Z`), at most 40 characters. */
export function readDate(v: unknown, field: string, r: FieldReport): string | undefined {
  const s = readText(v, field, r, 40);
  if (s === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s : fail(r, field, 'date', undefined, s);
}
