/**
 * Test fixture, written out by hand rather than derived from aliases.ts, so the tests check
 * the alias table against an independent source instead of against itself.
 */
import type { UnitId } from '../../geo/units';

export interface UnitSpelling {
  readonly id: UnitId;
  /** Pre-2017 numeric ISO 3166-2:CN code. */
  readonly oldIso: string;
  /** Full name in traditional characters, as Taiwan, Hong Kong and Macao tables write it. */
  readonly traditional: string;
}

export const UNIT_SPELLINGS: readonly UnitSpelling[] = [
  { id: 'BJ', oldIso: 'CN-11', traditional: '北京市' },
  { id: 'TJ', oldIso: 'CN-12', traditional: '天津市' },
  { id: 'HE', oldIso: 'CN-13', traditional: '河北省' },
  { id: 'SX', oldIso: 'CN-14', traditional: '山西省' },
  { id: 'NM', oldIso: 'CN-15', traditional: '內蒙古自治區' },
  { id: 'LN', oldIso: 'CN-21', traditional: '遼寧省' },
  { id: 'JL', oldIso: 'CN-22', traditional: '吉林省' },
  { id: 'HL', oldIso: 'CN-23', traditional: '黑龍江省' },
  { id: 'SH', oldIso: 'CN-31', traditional: '上海市' },
  { id: 'JS', oldIso: 'CN-32', traditional: '江蘇省' },
  { id: 'ZJ', oldIso: 'CN-33', traditional: '浙江省' },
  { id: 'AH', oldIso: 'CN-34', traditional: '安徽省' },
  { id: 'FJ', oldIso: 'CN-35', traditional: '福建省' },
  { id: 'JX', oldIso: 'CN-36', traditional: '江西省' },
  { id: 'SD', oldIso: 'CN-37', traditional: '山東省' },
  { id: 'HA', oldIso: 'CN-41', traditional: '河南省' },
  { id: 'HB', oldIso: 'CN-42', traditional: '湖北省' },
  { id: 'HN', oldIso: 'CN-43', traditional: '湖南省' },
  { id: 'GD', oldIso: 'CN-44', traditional: '廣東省' },
  { id: 'GX', oldIso: 'CN-45', traditional: '廣西壯族自治區' },
  { id: 'HI', oldIso: 'CN-46', traditional: '海南省' },
  { id: 'CQ', oldIso: 'CN-50', traditional: '重慶市' },
  { id: 'SC', oldIso: 'CN-51', traditional: '四川省' },
  { id: 'GZ', oldIso: 'CN-52', traditional: '貴州省' },
  { id: 'YN', oldIso: 'CN-53', traditional: '雲南省' },
  { id: 'XZ', oldIso: 'CN-54', traditional: '西藏自治區' },
  { id: 'SN', oldIso: 'CN-61', traditional: '陝西省' },
  { id: 'GS', oldIso: 'CN-62', traditional: '甘肅省' },
  { id: 'QH', oldIso: 'CN-63', traditional: '青海省' },
  { id: 'NX', oldIso: 'CN-64', traditional: '寧夏回族自治區' },
  { id: 'XJ', oldIso: 'CN-65', traditional: '新疆維吾爾自治區' },
  { id: 'TW', oldIso: 'CN-71', traditional: '臺灣省' },
  { id: 'HK', oldIso: 'CN-91', traditional: '香港特別行政區' },
  { id: 'MO', oldIso: 'CN-92', traditional: '澳門特別行政區' },
];

/** ASCII → full-width forms (U+FF01–U+FF5E), space → ideographic space, as CJK IMEs type them. */
export function toFullWidth(s: string): string {
  return s.replace(/[!-~ ]/g, (ch) => (ch === ' ' ? '\u3000' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}
