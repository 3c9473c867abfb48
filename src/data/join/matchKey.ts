/**
 * One table key → one of the 34 units, or the reason it is not one (with a suggestion).
 * Accepted: GB/T 2260 codes ("510000", "51", also "510000.0", "510,000" and NBS 12-digit
 * "510000000000" as spreadsheets export them), ISO 3166-2 ("CN-SC", old "CN-51"), English and
 * pinyin names with or without suffixes, Chinese names full or short, simplified or
 * traditional. Case, spacing, full-width forms, BOM and zero-width characters are ignored.
 * A bare ISO suffix ("SC", "HK") is not accepted, only suggested: two letters collide with
 * other code lists (SC South Carolina, MO Missouri, HE/HI are words).
 */
import { UNIT_IDS, isUnitId, type UnitId } from '../../geo/units';
import { ALIAS_INDEX, type AliasHit } from './aliasIndex';
import { TOTAL_KEYS } from './aliases';
import { editDistance } from './editDistance';
import { cleanKey, normaliseKey } from './normaliseKey';
import { stripAffixes } from './stripAffixes';

/** Which kind of alias matched; 'manual' is a user's pick in the UI (joinRows overrides). */
export type MatchVia = 'gb' | 'iso' | 'en' | 'zh' | 'manual';

/**
 * 'empty': nothing but spaces and invisible characters. 'unknown': no unit by that name.
 * 'ambiguous': only from joinRows, for tables that spell both Shanxi and Shaanxi "Shanxi".
 */
export type UnmatchedReason = 'empty' | 'unknown' | 'ambiguous';

export type KeyMatch =
  | { unit: UnitId; via: MatchVia }
  | {
      unit: null;
      reason: UnmatchedReason;
      /** The one closest unit, or null when none is close or several are equally close. */
      suggestion: UnitId | null;
      /** Every unit at the closest distance, in GB order; [] when none is close. */
      candidates: UnitId[];
    };

interface Resolved {
  readonly match: KeyMatch;
  /** The normalised alias that matched, for spelling-dependent rules; null if none. */
  readonly alias: string | null;
}

const TOTALS: ReadonlySet<string> = new Set(TOTAL_KEYS.map(normaliseKey));

// Integer, or the float / thousands-separated forms a spreadsheet exports for a number cell.
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?$/;

const unmatched = (reason: UnmatchedReason, candidates: UnitId[] = []): Resolved => ({
  match: { unit: null, reason, suggestion: candidates.length === 1 ? candidates[0]! : null, candidates },
  alias: null,
});

const matched = (hit: AliasHit, alias: string): Resolved => ({ match: { unit: hit.unit, via: hit.via }, alias });

export function matchKey(raw: string): KeyMatch {
  return resolve(raw).match;
}

/**
 * True when the key is the toneless pinyin "Shanxi" (any case, spacing or suffix): the one
 * spelling that tables also use, wrongly, for Shaanxi. "山西", "CN-SX", "Shansi" and "Shānxī"
 * say which unit they mean and are false.
 */
export function isPinyinShanxi(raw: string): boolean {
  return resolve(raw).alias === 'shanxi';
}

/** True for national / grand-total row keys ("全国", "Total"), which are never suggested as a unit. */
export function isTotalKey(raw: string): boolean {
  return typeof raw === 'string' && TOTALS.has(normaliseKey(raw));
}

/**
 * True when the key names a unit: the same matching as matchKey, without working out typo
 * suggestions (an edit distance against every alias). Column detection asks this of thousands
 * of cells, where suggestions would cost seconds on the main thread.
 */
export function isUnitKey(raw: string): boolean {
  return resolve(raw, false).match.unit !== null;
}

function resolve(raw: string, suggest = true): Resolved {
  // Report, don't throw: a non-string from an untyped parser is an empty key.
  if (typeof raw !== 'string') return unmatched('empty');
  const number = NUMBER.exec(cleanKey(raw));
  if (number !== null) return resolveCode(number[1]!.replaceAll(',', ''));

  const key = normaliseKey(raw);
  if (key === '') return unmatched('empty');
  const direct = lookupName(key);
  if (direct !== null) return direct;

  // Tone-marked pinyin ("Sìchuān"): match without the marks, except that the tone on the
  // first syllable is the only thing telling Shānxī 山西 from Shǎnxī 陕西.
  const plain = key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const toneless = plain === key ? null : lookupName(plain);
  if (toneless !== null) {
    if (toneless.alias !== 'shanxi') return toneless;
    if (key.includes('ǎ')) return matched({ unit: 'SN', via: 'en' }, 'shǎnxi');
    if (key.includes('ā')) return matched({ unit: 'SX', via: 'en' }, 'shānxi');
    return toneless;
  }

  const bilingual = resolveBilingual(plain, suggest);
  if (bilingual !== null) return bilingual;

  if (TOTALS.has(key) || TOTALS.has(plain)) return unmatched('unknown');
  const upper = key.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isUnitId(upper)) return unmatched('unknown', [upper]);
  return unmatched('unknown', suggest ? closestUnits(plain === key ? [key] : [key, plain]) : []);
}

/**
 * "北　京 Beijing", "四川 Sichuan": the China Statistical Yearbook labels rows in both scripts.
 * Both halves must name the same unit. The one tolerated disagreement is 陕西 beside toneless
 * "Shanxi", the commonest slip in English labels, where the characters are unambiguous.
 * Null when the key is not bilingual or neither half names a unit.
 */
function resolveBilingual(key: string, suggest: boolean): Resolved | null {
  const han = key.replace(/[^\p{Script=Han}]/gu, '');
  const latin = key.replace(/\p{Script=Han}/gu, '');
  if (han === '' || !/[a-z]/.test(latin)) return null;
  const zh = resolve(han, suggest);
  const en = resolve(latin, suggest);
  if (zh.match.unit !== null && (zh.match.unit === en.match.unit || (zh.match.unit === 'SN' && en.alias === 'shanxi'))) {
    return zh;
  }
  const named = new Set([zh.match.unit, en.match.unit]);
  const candidates = UNIT_IDS.filter((id) => named.has(id));
  return candidates.length === 0 ? null : unmatched('unknown', candidates);
}

function resolveCode(digits: string): Resolved {
  // NBS 统计用区划代码 are twelve digits: a province is its GB/T 2260 code followed by 000000.
  const code = /^\d{6}0{6}$/.test(digits) ? digits.slice(0, 6) : digits;
  const hit = ALIAS_INDEX.byKey.get(code);
  // A near-miss code ("510100", Chengdu) is another division, not a typo: no suggestion.
  return hit?.via === 'gb' ? matched(hit, code) : unmatched('unknown');
}

function lookupName(key: string): Resolved | null {
  for (const variant of stripAffixes(key)) {
    const hit = ALIAS_INDEX.byKey.get(variant);
    // Digit-only codes are read by resolveCode alone, so "5-1" or "51 0000" do not match.
    if (hit !== undefined && hit.via !== 'gb') return matched(hit, variant);
  }
  return null;
}

/**
 * How many edits a key of this length may be from a name and still be called a typo.
 * Chinese names are two to three characters, so one wrong character is the limit, and a
 * two-character key gets none: "西部" (the western region) is one edit from 西藏.
 * Latin keys allow one edit per four letters, so "Taiyuan" (a city) is not taken for Taiwan.
 */
function maxTypos(key: string): number {
  const n = Array.from(key).length;
  if (/\p{Script=Han}/u.test(key)) return n <= 2 ? 0 : 1;
  return Math.min(3, Math.floor(n / 4));
}

/** Units whose nearest name is closest to any affix-stripped variant of the keys, in GB order. */
function closestUnits(keys: readonly string[]): UnitId[] {
  const best = new Map<UnitId, number>();
  for (const variant of keys.flatMap(stripAffixes)) {
    const limit = maxTypos(variant);
    if (limit === 0) continue;
    const length = Array.from(variant).length;
    for (const name of ALIAS_INDEX.names) {
      if (Math.abs(Array.from(name.key).length - length) > limit) continue;
      const d = editDistance(variant, name.key);
      if (d <= limit && d < (best.get(name.unit) ?? Infinity)) best.set(name.unit, d);
    }
  }
  const min = Math.min(...best.values());
  return UNIT_IDS.filter((id) => best.get(id) === min);
}
