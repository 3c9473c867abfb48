/**
 * Administrative suffixes and country prefixes that wrap a unit's name in users' tables:
 * "四川省", "广西壮族自治区", "Xinjiang Uygur Autonomous Region", "Hong Kong SAR, China",
 * "China, Macao Special Administrative Region" (UN M49 style), "中国香港".
 * All strings are in normaliseKey form (lowercase, no spaces or dots).
 */
import { normaliseKey } from './normaliseKey';

const RAW_SUFFIXES = [
  // Chinese: 特区 is the everyday short form of 特别行政区.
  '特别行政区', '特区', '自治区', '壮族', '回族', '维吾尔族', '维吾尔', '省', '市',
  // English and pinyin, for the unit kinds and the titular nationalities of the autonomous regions.
  'special administrative region', 'tebie xingzhengqu', 'autonomous region', 'zizhiqu',
  'region', 'province', 'municipality', 'sheng', 'shi', 'city',
  'sar', 'ar', // "Hong Kong SAR", "Guangxi Zhuang A.R."
  'zhuangzu', 'zhuang', 'huizu', 'hui', 'uyghur', 'uygur', 'uighur', 'weiwuer',
  ', china', ',中国', // "Hong Kong SAR, China" (World Bank)
];

const RAW_PREFIXES = ['china,', '中国'];

// Longest first, so "autonomousregion" wins over "region" and "sar" over "ar".
const byLength = (a: string, b: string) => b.length - a.length;
export const SUFFIXES: readonly string[] = RAW_SUFFIXES.map(normaliseKey).sort(byLength);
export const PREFIXES: readonly string[] = RAW_PREFIXES.map(normaliseKey).sort(byLength);

/**
 * The key, then the key with one country prefix removed, then with one suffix after another
 * removed (longest match each time): "guangxizhuangzuzizhiqu" → …, "guangxizhuangzu", "guangxi".
 * Callers look each variant up in order and stop at the first hit, so a name that merely ends
 * like a suffix ("anhui" ends in "hui") is found before anything is stripped from it.
 * Empty variants are left out.
 */
export function stripAffixes(key: string): string[] {
  const variants = [key];
  let current = key;
  const prefix = PREFIXES.find((p) => current.startsWith(p));
  if (prefix !== undefined) {
    current = current.slice(prefix.length);
    if (current !== '') variants.push(current);
  }
  for (;;) {
    const suffix = SUFFIXES.find((s) => current.endsWith(s) && current.length > s.length);
    if (suffix === undefined) break;
    current = current.slice(0, -suffix.length);
    variants.push(current);
  }
  return variants;
}
