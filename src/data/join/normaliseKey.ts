/**
 * Canonical form of a region key typed into a spreadsheet, so that "ＳＩＣＨＵＡＮ Province",
 * " sichuan-province" and "Sichuan_Province" compare equal. Every alias in aliases.ts goes
 * through the same function, so the alias table may be written in its natural spelling.
 */

// Invisible characters that survive NFKC and come from copy-paste or Excel's UTF-8 export:
// BOM (U+FEFF), zero-width space/joiners (U+200B–U+200D), word joiner (U+2060),
// Mongolian vowel separator (U+180E), soft hyphen (U+00AD) and the bidi marks (U+200E/F, U+202A–E).
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u180E\u00AD\u200E\u200F\u202A-\u202E]/g;

// Separators that users put between the words of a name, in ASCII and CJK punctuation.
// NFKC has already folded the full-width forms (－＿．（）) to ASCII. Bracket characters go too,
// but what they enclose stays: "Hong Kong (SAR)" becomes "hongkongsar", which matchKey strips
// like any suffix, while "Sichuan (Chengdu)" stays unknown rather than silently matching.
const SEPARATORS =
  /[\s\p{Zs}_\-\u2010-\u2015\u2212.\u3002'\u2018\u2019\u02BC`\u00B4\u00B7\u30FB\u2027\u2022\u2219\u22C5()[\]\u3010\u3011]/gu;

/**
 * Traditional (and Japanese shinjitai) characters that occur in the 34 units' zh / zhFull names,
 * to their simplified form. Only characters in those names: this is not a general converter.
 * normaliseKey.test.ts checks that every unit's traditional full name folds to its zhFull.
 */
export const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  內: '内', // 內蒙古
  區: '区', // 自治區, 特別行政區
  遼: '辽', // 遼寧
  寧: '宁', // 遼寧, 寧夏
  甯: '宁', // older variant of 寧, seen in 甯夏
  龍: '龙', // 黑龍江
  竜: '龙', // shinjitai of 龍
  蘇: '苏', // 江蘇
  東: '东', // 山東, 廣東
  廣: '广', // 廣東, 廣西
  広: '广', // shinjitai of 廣
  壯: '壮', // 廣西壯族自治區
  慶: '庆', // 重慶
  貴: '贵', // 貴州
  雲: '云', // 雲南
  陝: '陕', // 陝西
  陜: '陕', // U+965C, a different character (xiá) widely mistyped for 陝 in traditional text
  肅: '肃', // 甘肅
  粛: '肃', // shinjitai of 肅
  維: '维', // 新疆維吾爾
  爾: '尔', // 新疆維吾爾
  臺: '台', // 臺灣
  灣: '湾', // 臺灣
  別: '别', // 特別行政區: U+5225 (traditional) vs U+522B (simplified) look alike but differ
  門: '门', // 澳門
};

const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join('')}]`, 'gu');

/**
 * NFKC, drop invisible characters, trim and lowercase; separators and Chinese script untouched.
 * matchKey reads numbers from this form, where "510000.0" still has its dot.
 */
export function cleanKey(raw: string): string {
  return raw.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().trim();
}

/**
 * cleanKey, then remove spaces, underscores, hyphens and dashes, dots, apostrophes, middle
 * dots and bracket characters (not their content), and fold traditional characters of province
 * names to simplified. Commas stay ("Taiwan, Province of China"). Never throws; "" means the key held nothing but separators and invisible characters.
 */
export function normaliseKey(raw: string): string {
  const folded = cleanKey(raw)
    .replace(SEPARATORS, '')
    .replace(TRADITIONAL, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch);
  // Removing a separator can leave a letter next to a combining mark ("a-\u0301");
  // composing again keeps normaliseKey idempotent.
  return folded.normalize('NFKC');
}
