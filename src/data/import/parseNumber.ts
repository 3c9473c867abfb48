
// The rules live apart so the first view can describe a stored table's rules without the parser.
import type { NumberRule } from './numberRules';
import { NUMBER_RULES } from './numberRules';
export { NUMBER_RULES, type NumberRule } from './numberRules';

export interface ParsedNumber {
  /** null for missing or unreadable; never NaN or ±Infinity. */
  value: number | null;
  /** The rules applied, in NUMBER_RULES order; empty for missing and unreadable values. */
  rules: NumberRule[];
  /** false only when the text is neither a number nor a recognised "missing" marker: the caller
   * reports 'not-a-number' and keeps the row as no data. */
  ok: boolean;
}

/**
 * Texts that mean "no figure". Compared after trimming, case-insensitively. Missing is no data,
 * never zero. '#N/A' is what Excel writes for a failed lookup; 'NaN' and 'None' come from pandas.
 */
const MISSING = new Set([
  '', '-', '--', '—', '——', '–', '－', '−', '...', '..', '…', '……',
  'na', 'n/a', 'n.a.', '#n/a', 'nan', 'null', 'none', 'nil',
  '无', '暂无', '空', '缺', '缺失', '不详', '不适用',
]);

/** Full-width forms an IME produces, mapped to ASCII. U+FF10–FF19 are the digits. */
const FULLWIDTH: Record<string, string> = {
  '．': '.', '－': '-', '＋': '+', '％': '%', 'ｅ': 'e', 'Ｅ': 'E',
};

// Spaces that may group thousands or surround a value: ASCII, no-break, thin, narrow no-break,
// ideographic.
const SPACE = ' \u00a0\u2009\u202f\u3000';
const TRIM = new RegExp(`^[${SPACE}\\t\\r\\n]+|[${SPACE}\\t\\r\\n]+$`, 'g');

const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// A thousands separator is a comma (ASCII or the Chinese '，') or a space followed by exactly
// three digits, used consistently: '1,234,567', '1 234 567', '1，234'. So '12,5' and '1,23' are
// not numbers: they could be European decimals, and we do not guess.
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_SPACE = new RegExp(`^\\d{1,3}(?:[${SPACE}]\\d{3})+(?:\\.\\d+)?$`);

const SUFFIXES: readonly { suffix: string; exponent: number; rules: NumberRule[] }[] = [
  { suffix: '万亿', exponent: 12, rules: ['wan', 'yi'] },
  { suffix: '亿', exponent: 8, rules: ['yi'] },
  { suffix: '万', exponent: 4, rules: ['wan'] },
  { suffix: '%', exponent: 0, rules: ['percent'] },
];

const NOT_A_NUMBER: ParsedNumber = { value: null, rules: [], ok: false };
/** Shared by every plain number: a column of 50,000 of them then allocates no rule arrays. */
const PLAIN_RULES: NumberRule[] = Object.freeze(['plain']) as NumberRule[];
const MISSING_VALUE: ParsedNumber = { value: null, rules: [], ok: true };

/**
 * Reads a number as planners write it in Chinese and English spreadsheets.
 *
 * - '' '-' '—' 'NA' 'n/a' '..' '无' '暂无' 'null' … → missing (value null, ok true).
 * - '1,234,567', '1 234 567', '1，234' → thousands. A comma must be followed by exactly three
 *   digits; '12,5' is not a number (European decimal comma or typo: we report, not guess).
 *   '1.234.567' is not a number either. A dot is always the decimal point.
 * - '12.5%' → 12.5: percentages stay in percentage points.
 * - '76.5万' → 765000, '1.2亿' → 120000000, '3万亿' → 3e12. The shift is done in decimal
 *   (`Number('76.5e4')`), so there is no binary rounding residue such as 120000000.00000001.
 * - Full-width digits, '．', '＋', '－', '％' → fullwidth.
 * - Leading '+', '-', '−' (U+2212) or '－'; scientific '6.97e6'.
 * - Anything else, including units other than 万/亿/% ('765000人'), hex, 'Infinity', accounting
 *   parentheses, and values that overflow to Infinity → value null, ok false.
 */
export function parseNumber(raw: string): ParsedNumber {
  // Fast path for the common cell, '1234' or '0.5': most cells of a large file, read in one task.
  if (PLAIN.test(raw)) {
    const value = Number(raw);
    return Number.isFinite(value) ? { value, rules: PLAIN_RULES, ok: true } : NOT_A_NUMBER;
  }
  let s = raw.replace(TRIM, '');
  if (MISSING.has(s.toLowerCase())) return MISSING_VALUE;

  const rules = new Set<NumberRule>();
  let converted = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff10 && code <= 0xff19) {
      converted += String.fromCharCode(code - 0xff10 + 48);
      rules.add('fullwidth');
    } else if (ch in FULLWIDTH) {
      converted += FULLWIDTH[ch];
      rules.add('fullwidth');
    } else if (ch === '，') {
      converted += ','; // the IME comma is a thousands separator like ','; not itself 'fullwidth'
    } else {
      converted += ch;
    }
  }
  s = converted;

  let sign = '';
  const first = s[0];
  if (first === '+' || first === '-' || first === '−') {
    sign = first === '+' ? '' : '-';
    s = s.slice(1);
  }

  let exponent = 0;
  for (const suf of SUFFIXES) {
    if (s.endsWith(suf.suffix)) {
      s = s.slice(0, -suf.suffix.length).replace(TRIM, '');
      exponent = suf.exponent;
      for (const r of suf.rules) rules.add(r);
      break;
    }
  }

  let body: string;
  if (PLAIN.test(s)) {
    body = s;
  } else if (GROUPED_COMMA.test(s)) {
    body = s.replace(/,/g, '');
    rules.add('thousands');
  } else if (GROUPED_SPACE.test(s)) {
    body = s.replace(new RegExp(`[${SPACE}]`, 'g'), '');
    rules.add('thousands');
  } else {
    return NOT_A_NUMBER;
  }

  const value = Number(sign + shiftDecimal(body, exponent));
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  if (rules.size === 0) rules.add('plain');
  return { value: value === 0 ? 0 : value, rules: NUMBER_RULES.filter((r) => rules.has(r)), ok: true };
}

/** 'm' or 'mEk' times 10^exponent, still as a decimal literal so that Number() rounds once. */
function shiftDecimal(body: string, exponent: number): string {
  if (exponent === 0) return body;
  const e = body.search(/[eE]/);
  if (e < 0) return `${body}e${exponent}`;
  return `${body.slice(0, e)}e${Number(body.slice(e + 1)) + exponent}`;
}
