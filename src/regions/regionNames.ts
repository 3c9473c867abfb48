import { normaliseKey } from '../data/join/normaliseKey';

/* Region names as keys (#15): what joinRegionRows matches on and the header's region search finds. */

/** Minority nationalities, as they appear in the names of autonomous counties, banners and ethnic townships. */
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣',
  '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗',
  '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固',
  '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
].sort((a, b) => b.length - a.length);

/** "…(回族)(满族)自治县", "…蒙古族乡", "…民族乡": nationality names go with the suffix. */
const ETHNIC = new RegExp(`(?:(?:${NATIONALITIES.join('|')})族)+(?:自治县|自治旗|民族乡|民族镇|乡|镇|苏木)$|(?:民族乡|民族镇|民族苏木)$`, 'u');

/** Administrative suffixes of counties, townships and their kin, longest first (in normaliseKey form). */
const SUFFIXES = [
  '特区', '林区', '新区', '矿区', '自治县', '自治旗', '街道', '办事处', '苏木', '地区',
  '县', '区', '市', '旗', '乡', '镇',
].sort((a, b) => b.length - a.length);

/**
 * normaliseKey; 巿 (fú, U+5DFF), which OCR and old input methods write for 市, folded to 市; and
 * 街道办事处 (the office's name) to 街道 (the subdistrict's).
 */
export function regionNameKey(raw: string): string {
  return normaliseKey(raw).replace(/巿/g, '市').replace(/街道办事处$/u, '街道');
}

/**
 * The name without its administrative suffix, when at least two characters remain ("沛县" stays,
 * as a one-character name is never used alone): 朝阳区 → 朝阳, 大厂回族自治县 → 大厂,
 * 鄂温克族自治旗 → 鄂温克族自治旗 (nothing would remain), 中关村街道 → 中关村. Input in regionNameKey form.
 */
export function shortRegionName(key: string): string {
  const chars = (s: string) => [...s].length;
  const ethnic = ETHNIC.exec(key);
  // An ethnic suffix is the whole name's tail or nothing: 鄂温克族自治旗 is not shortened to 鄂温克族.
  if (ethnic) return chars(key.slice(0, ethnic.index)) >= 2 ? key.slice(0, ethnic.index) : key;
  const suffix = SUFFIXES.find((s) => key.endsWith(s) && chars(key) - chars(s) >= 2);
  return suffix ? key.slice(0, -suffix.length) : key;
}
