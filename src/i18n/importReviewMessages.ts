import type { Lang } from './lang';

type Text = Record<Lang, string>;
type Fn<A extends unknown[]> = Record<Lang, (...args: A) => string>;

/**
 * The import review's messages beyond the first version's (messages.ts `imports`): combining
 * rows, rows below province level, plausibility warnings and their fixes, the pairing list, the
 * source column and the coordinate system of points. Plain text: render as text.
 *
 * Keyed by the import's methods, levels, codes and pairings; i18n names none of their types (it
 * imports nothing but its own), so src/view/importReviewText.ts makes the compiler check that
 * every one has its text.
 */
export const IMPORT_REVIEW_MESSAGES = {
  sourceColumn: { en: 'Source column (kept per row)', zh: '来源列（逐行保留）' } satisfies Text,
  combineLabel: { en: 'Several rows for one province', zh: '同一省份有多行时' } satisfies Text,
  combine: {
    sum: { en: 'Sum them', zh: '求和' },
    mean: { en: 'Take the mean', zh: '取平均值' },
    min: { en: 'Take the minimum', zh: '取最小值' },
    max: { en: 'Take the maximum', zh: '取最大值' },
    one: { en: 'Use one row (choose which)', zh: '只用其中一行（可选择）' },
  },
  combinedSummary: {
    en: (provinces: string, rows: string) => `${provinces} provinces have several rows (${rows} rows in all).`,
    zh: (provinces: string, rows: string) => `${provinces} 个省份有多行（共 ${rows} 行）。`,
  } satisfies Fn<[string, string]>,
  combinedGroup: {
    en: (name: string, n: string, how: string, value: string) => `${name}: ${n} rows → ${how} ${value}`,
    zh: (name: string, n: string, how: string, value: string) => `${name}：${n} 行 → ${how} ${value}`,
  } satisfies Fn<[string, string, string, string]>,
  howShort: {
    sum: { en: 'sum', zh: '合计' },
    mean: { en: 'mean', zh: '平均' },
    min: { en: 'minimum', zh: '最小值' },
    max: { en: 'maximum', zh: '最大值' },
    one: { en: 'row', zh: '第' },
  },
  rowOption: { en: (row: string, value: string) => `row ${row}: ${value}`, zh: (row: string, value: string) => `第${row}行：${value}` } satisfies Fn<[string, string]>,
  whichRow: { en: (name: string) => `Row to use for ${name}`, zh: (name: string) => `${name}使用哪一行` } satisfies Fn<[string]>,
  levels: {
    county: { en: 'counties (or districts, county-level cities)', zh: '县级单位（县、区、县级市等）' },
    township: { en: 'townships', zh: '乡镇（街道）' },
  },
  subProvince: {
    en: (rows: string, level: string, column: string) => `These ${rows} rows are ${level} (column “${column}”), not provinces.`,
    zh: (rows: string, level: string, column: string) => `这 ${rows} 行是${level}（“${column}”列），不是省级单位。`,
  } satisfies Fn<[string, string, string]>,
  subProvinceCombined: {
    en: (how: string) => `Each is added to its province: ${how} them into their provinces, or choose another way below.`,
    zh: (how: string) => `每行归入其所在省份：按省${how}，也可在下方改用其他方式。`,
  } satisfies Fn<[string]>,
  subProvinceByCode: {
    en: (n: string) => `${n} rows found their province from the first two digits of their code (341524 → 34, Anhui).`,
    zh: (n: string) => `${n} 行按代码前两位找到所在省份（341524 → 34，安徽）。`,
  } satisfies Fn<[string]>,
  subProvinceNoProvince: {
    en: 'Their province cannot be told from these names: choose a province column, or a column of their 6-digit codes, as the province column.',
    zh: '仅凭这些名称无法确定所在省份：请选择省份列，或其6位行政区划代码列作为省份列。',
  } satisfies Text,
  warningsTitle: { en: 'Check before mapping', zh: '显示前请检查' } satisfies Text,
  warnings: {
    'looks-like-years': {
      en: (c: string) => `Column “${c}” looks like years, not figures: mapped as values, 2,016 would be drawn as a number.`,
      zh: (c: string) => `“${c}”列看起来是年份而不是数值：若作为数值，2016会被当作数字绘制。`,
    },
    'negative-count': {
      en: (c: string, n: string, row: string) => `Column “${c}” has ${n} negative values (first in row ${row}), but a count cannot be negative.`,
      zh: (c: string, n: string, row: string) => `“${c}”列有 ${n} 个负值（首个在第${row}行），而数量不应为负。`,
    },
    'share-over-100': {
      en: (c: string, n: string, row: string) => `Column “${c}” has ${n} shares over 100% (first in row ${row}).`,
      zh: (c: string, n: string, row: string) => `“${c}”列有 ${n} 个超过100%的比例（首个在第${row}行）。`,
    },
    'all-equal': {
      en: (c: string, n: string, _row: string, v: string) => `All ${n} values in column “${c}” are ${v}: the map would show one colour.`,
      zh: (c: string, n: string, _row: string, v: string) => `“${c}”列的 ${n} 个数值都是 ${v}：地图只会显示一种颜色。`,
    },
    'mostly-empty': {
      en: (c: string, n: string, _row: string, _v: string, total: string) => `Column “${c}” is mostly empty: ${n} of ${total} rows have no number.`,
      zh: (c: string, n: string, _row: string, _v: string, total: string) => `“${c}”列大多为空：${total} 行中 ${n} 行没有数字。`,
    },
    'beyond-drawable': {
      en: (c: string, n: string, row: string) => `Column “${c}” has ${n} values too large to draw (beyond ±10¹⁵, first in row ${row}); they are left out as no data.`,
      zh: (c: string, n: string, row: string) => `“${c}”列有 ${n} 个数值过大无法绘制（超过±10¹⁵，首个在第${row}行）；这些值按无数据处理。`,
    },
  },
  fixes: {
    useAsYear: { en: 'Use it as the year column', zh: '改作年份列' },
    setKind: { en: (kind: string) => `Make it a ${kind}`, zh: (kind: string) => `改为“${kind}”` },
    chooseValue: { en: 'Choose another value column', zh: '选择其他数值列' },
  },
  pairingsTitle: {
    en: (n: string) => `Every pairing: ${n} rows → province`,
    zh: (n: string) => `全部匹配：${n} 行 → 省份`,
  } satisfies Fn<[string]>,
  pairingsSearch: { en: 'Search rows, names or provinces', zh: '搜索行号、名称或省份' } satisfies Text,
  pairingsShown: {
    en: (shown: string, total: string) => `Showing ${shown} of ${total}; search to narrow.`,
    zh: (shown: string, total: string) => `显示 ${total} 条中的 ${shown} 条；可搜索缩小范围。`,
  } satisfies Fn<[string, string]>,
  /** Keyed by PairingVia, except 'en'/'zh', which are english/chinese here (the catalogue's
   * leaves are {en, zh}). */
  matchedBy: {
    gb: { en: 'code', zh: '代码' },
    iso: { en: 'ISO code', zh: 'ISO代码' },
    english: { en: 'English name', zh: '英文名' },
    chinese: { en: 'Chinese name', zh: '中文名' },
    alias: { en: 'other name', zh: '别名' },
    suggestion: { en: 'suggestion you accepted', zh: '采纳的建议' },
    manual: { en: 'your choice', zh: '您的选择' },
    'county-code': { en: 'county code, first two digits', zh: '县级代码前两位' },
  },
  columnHeads: {
    row: { en: 'Row', zh: '行' },
    key: { en: 'In your file', zh: '文件中' },
    province: { en: 'Province', zh: '省份' },
    via: { en: 'Matched by', zh: '匹配方式' },
  },
  unmatchedKeyRows: {
    en: (rows: string) => `rows ${rows}`,
    zh: (rows: string) => `第 ${rows} 行`,
  } satisfies Fn<[string]>,
  pickForKey: { en: (key: string) => `Province for “${key}”`, zh: (key: string) => `“${key}”对应的省份` } satisfies Fn<[string]>,
  moreUnmatched: {
    en: (n: string) => `…and ${n} more names. So many unmatched rows usually means the province column is the wrong one.`,
    zh: (n: string) => `……还有 ${n} 个名称。这么多行未匹配，通常说明省份列选错了。`,
  } satisfies Fn<[string]>,
  pointsFirst: {
    en: (n: string) => `This file holds ${n} point locations: it is proposed as a list of facilities.`,
    zh: (n: string) => `此文件包含 ${n} 个点位：建议作为设施列表导入。`,
  } satisfies Fn<[string]>,
  orTable: { en: 'Or map a value per province from its table', zh: '或者，按省份显示其表格中的数值' } satisfies Text,
  crsLabel: { en: 'Coordinate system of the points', zh: '点位的坐标系' } satisfies Text,
  crs: {
    WGS84: { en: 'WGS 84 (GPS, OpenStreetMap, most files)', zh: 'WGS 84（GPS、OpenStreetMap、大多数文件）' },
    GCJ02: { en: 'GCJ-02 (Amap/Gaode, Tencent maps)', zh: 'GCJ-02（高德地图、腾讯地图）' },
    BD09: { en: 'BD-09 (Baidu maps)', zh: 'BD-09（百度地图）' },
  },
  crsHint: {
    en: (system: string, why: string) => `“${why}” suggests the points are in ${system}.`,
    zh: (system: string, why: string) => `“${why}”表明这些点可能是 ${system} 坐标。`,
  } satisfies Fn<[string, string]>,
  crsNote: {
    en: 'Chinese web maps shift coordinates by several hundred metres; points in GCJ-02 or BD-09 are converted to WGS 84.',
    zh: '中国的网络地图会将坐标偏移数百米；GCJ-02 或 BD-09 的点会转换为 WGS 84。',
  } satisfies Text,
} as const;
