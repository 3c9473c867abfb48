/**
 * Names and codes a user's table may use for each of the 34 units, beyond the canonical
 * gb / iso / en / zh / zhFull already in src/geo/units.json (aliasIndex.ts adds those).
 * Spelling here is free-form: every entry goes through normaliseKey, so "Nei Mongol" and
 * "neimongol" are the same alias, and traditional characters need not be listed.
 * Suffixes (省, 自治区, "Province", "Zhuang", …) are stripped by stripAffixes.ts, not listed here.
 */
import type { UnitId } from '../../geo/units';

export interface UnitAliases {
  readonly unit: UnitId;
  /**
   * ISO 3166-2:CN code used until the 2017 newsletter replaced numbers with letters:
   * "CN-" + the GB/T 2260 two-digit prefix, except Hong Kong CN-91 and Macao CN-92.
   * Older World Bank, GADM and Wikidata-derived tables still carry these.
   */
  readonly oldIso: string;
  /** Latin-script names beyond `en`: other official romanisations, pinyin, postal names. */
  readonly en: readonly string[];
  /** Chinese names beyond `zh` / `zhFull`: the one-character abbreviations (简称) and short forms. */
  readonly zh: readonly string[];
  /** Extra codes matched with via 'iso' (ISO 3166-1 alpha-3, for HK, MO and TW only). */
  readonly codes?: readonly string[];
}

// Postal romanisations (Peking, Szechwan, …) are pre-1979 spellings still found in historical
// and library-catalogue tables; each is unique across the 34 units, so exact matching is safe.
// The one-character 简称 (京, 沪, 川, …) are how Chinese tables and charts label provinces
// when space is short; where a unit has two in common use (川/蜀, 贵/黔) both are listed.
export const ALIASES: readonly UnitAliases[] = [
  { unit: 'BJ', oldIso: 'CN-11', en: ['Peking'], zh: ['京'] },
  { unit: 'TJ', oldIso: 'CN-12', en: ['Tientsin'], zh: ['津'] },
  { unit: 'HE', oldIso: 'CN-13', en: ['Hopeh', 'Hopei'], zh: ['冀'] },
  // Shanxi 山西 and Shaanxi 陕西 differ only by tone (shān / shǎn); "Shaanxi" doubles the a to
  // show the third tone. Postal "Shansi" / "Shensi" keep them apart too. matchKey reads tone
  // marks for this pair, and joinRows flags tables that spell both as "Shanxi".
  { unit: 'SX', oldIso: 'CN-14', en: ['Shansi'], zh: ['晋'] },
  // "Nei Mongol" is the GB/T 2260 and UN romanisation; "Nei Menggu" is plain Hanyu pinyin.
  // 内蒙 is the usual clipped written form.
  { unit: 'NM', oldIso: 'CN-15', en: ['Nei Mongol', 'Nei Menggu'], zh: ['内蒙', '蒙'] },
  { unit: 'LN', oldIso: 'CN-21', en: [], zh: ['辽'] },
  { unit: 'JL', oldIso: 'CN-22', en: ['Kirin'], zh: ['吉'] },
  { unit: 'HL', oldIso: 'CN-23', en: ['Heilungkiang'], zh: ['黑'] },
  { unit: 'SH', oldIso: 'CN-31', en: [], zh: ['沪'] },
  { unit: 'JS', oldIso: 'CN-32', en: ['Kiangsu'], zh: ['苏'] },
  { unit: 'ZJ', oldIso: 'CN-33', en: ['Chekiang'], zh: ['浙'] },
  { unit: 'AH', oldIso: 'CN-34', en: ['Anhwei'], zh: ['皖'] },
  { unit: 'FJ', oldIso: 'CN-35', en: ['Fukien'], zh: ['闽'] },
  { unit: 'JX', oldIso: 'CN-36', en: ['Kiangsi'], zh: ['赣'] },
  { unit: 'SD', oldIso: 'CN-37', en: ['Shantung'], zh: ['鲁'] },
  // Postal "Honan" is Henan, not Hunan.
  { unit: 'HA', oldIso: 'CN-41', en: ['Honan'], zh: ['豫'] },
  { unit: 'HB', oldIso: 'CN-42', en: ['Hupeh', 'Hupei'], zh: ['鄂'] },
  { unit: 'HN', oldIso: 'CN-43', en: [], zh: ['湘'] },
  { unit: 'GD', oldIso: 'CN-44', en: ['Kwangtung'], zh: ['粤'] },
  { unit: 'GX', oldIso: 'CN-45', en: ['Kwangsi'], zh: ['桂'] },
  { unit: 'HI', oldIso: 'CN-46', en: [], zh: ['琼'] },
  { unit: 'CQ', oldIso: 'CN-50', en: ['Chungking'], zh: ['渝'] },
  { unit: 'SC', oldIso: 'CN-51', en: ['Szechwan', 'Szechuan'], zh: ['川', '蜀'] },
  { unit: 'GZ', oldIso: 'CN-52', en: ['Kweichow'], zh: ['黔', '贵'] },
  { unit: 'YN', oldIso: 'CN-53', en: [], zh: ['滇', '云'] },
  // units.json labels it "Tibet"; "Xizang" is the pinyin that Chinese official English uses.
  { unit: 'XZ', oldIso: 'CN-54', en: ['Xizang'], zh: ['藏'] },
  { unit: 'SN', oldIso: 'CN-61', en: ['Shensi'], zh: ['陕', '秦'] },
  { unit: 'GS', oldIso: 'CN-62', en: ['Kansu'], zh: ['甘', '陇'] },
  { unit: 'QH', oldIso: 'CN-63', en: ['Tsinghai'], zh: ['青'] },
  { unit: 'NX', oldIso: 'CN-64', en: ['Ningsia'], zh: ['宁'] },
  { unit: 'XJ', oldIso: 'CN-65', en: ['Sinkiang'], zh: ['新'] },
  // "Taiwan, Province of China" is the ISO 3166-1 English short name (the comma survives
  // normaliseKey); "Chinese Taipei" is the name in IOC, APEC and OECD PISA tables.
  {
    unit: 'TW',
    oldIso: 'CN-71',
    en: ['Taiwan, Province of China', 'Chinese Taipei'],
    zh: ['台', '中华台北', '中国台北'],
    codes: ['TWN'],
  },
  // "HKSAR" is the Hong Kong government's own abbreviation; "Hongkong" the one-word older
  // spelling (normaliseKey makes it equal to "Hong Kong" anyway); "Xianggang" is pinyin.
  { unit: 'HK', oldIso: 'CN-91', en: ['HKSAR', 'Xianggang'], zh: ['港'], codes: ['HKG'] },
  // "Macau" is the Portuguese spelling, used by the Macao government alongside "Macao".
  { unit: 'MO', oldIso: 'CN-92', en: ['Macau', 'Aomen'], zh: ['澳'], codes: ['MAC'] },
];

/**
 * Keys of national or grand-total rows. They are reported as unknown with no suggestion:
 * "全国" must never be offered as a typo of some province.
 */
export const TOTAL_KEYS: readonly string[] = [
  '全国', '全国合计', '全国总计', '全国总数', '合计', '总计', '总和', '总数', '全部',
  '全國', '全國合計', '合計', '總計', // traditional: normaliseKey folds only province-name characters
  '中国', '中华人民共和国', 'China', 'PRC', "People's Republic of China", 'China total',
  'Total', 'Grand total', 'Sum', 'All', 'National', 'National total', 'Nationwide',
];
