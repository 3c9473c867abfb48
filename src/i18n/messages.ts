import type { Bilingual, Lang } from './lang';

/**
 * The message catalogue: every fixed UI string, in both languages.
 * Functions take the values to interpolate, so word order can differ between languages.
 */
export const MESSAGES = {
  appTitle: { en: 'Liushou Atlas', zh: '留守地图' },
  appSubtitle: {
    en: "Left-behind children and the care that reaches them, by province",
    zh: '留守儿童与关爱服务的省级分布',
  },
  indicator: { en: 'Indicator', zh: '指标' },
  year: { en: 'Year', zh: '年份' },
  language: { en: 'Language', zh: '语言' },
  switchLanguage: { en: '中文', zh: 'English' },
  legend: { en: 'Legend', zh: '图例' },
  noData: { en: 'No data', zh: '无数据' },
  provinces: { en: 'provinces', zh: '个省级单位' },
  source: { en: 'Source', zh: '来源' },
  sources: { en: 'Sources', zh: '来源' },
  derived: { en: 'Derived', zh: '推算' },
  derivedNote: {
    en: 'Derived: arithmetic on published figures, not itself published.',
    zh: '推算值：由已发布数字计算得出，并非直接发布。',
  },
  lowAuthority: {
    en: 'Caution: low-authority source',
    zh: '注意：来源权威性较低',
  },
  close: { en: 'Close', zh: '关闭' },
  figuresHeld: { en: 'Every figure we hold', zh: '全部数据' },
  noFigures: { en: 'We hold no figures for this unit.', zh: '暂无该地区的数据。' },
  rank: { en: 'Rank', zh: '排名' },
  classLabel: { en: 'Class', zh: '分级' },
  mapLabel: {
    en: 'Map of China by province. Use the table or the indicator list for the same figures as text.',
    zh: '中国分省地图。表格与指标列表以文字形式提供相同数据。',
  },
  loading: { en: 'Loading map…', zh: '地图加载中…' },
  loadFailed: { en: 'The map data could not be loaded', zh: '地图数据无法加载' },
  boundaryNote: {
    en: 'Boundaries: Natural Earth (public domain), de facto boundaries, not an officially reviewed map of China.',
    zh: '边界：Natural Earth（公共领域），为事实边界，并非经官方审定的中国地图。',
  },
  dismiss: { en: 'Dismiss', zh: '知道了' },
  urlIssue: {
    en: (param: string, raw: string) => `The link's “${param}=${raw}” was not understood, so the default is shown.`,
    zh: (param: string, raw: string) => `链接中的“${param}=${raw}”无法识别，已使用默认值。`,
  },
  yearNotAvailable: {
    en: (year: string) => `No ${year} figures for this indicator; the latest year is shown.`,
    zh: (year: string) => `该指标没有 ${year} 年的数据，已显示最新年份。`,
  },
  definition: { en: 'Definition', zh: '定义' },
  province: { en: 'Province', zh: '省级单位' },
  value: { en: 'Value', zh: '数值' },
  yourFile: { en: 'Your file', zh: '您的文件' },
  readFrom: { en: 'Our copy was read from', zh: '我们读取的副本来自' },
  usedBy: { en: 'Used by', zh: '用于' },
  authority: {
    official: { en: 'official', zh: '官方' },
    'primary-news': { en: 'news report of an official figure', zh: '官方数字的新闻报道' },
    secondary: { en: 'secondary source', zh: '二手来源' },
    low: { en: 'low authority: use with caution', zh: '权威性较低：谨慎使用' },
    user: { en: 'imported by you, not checked', zh: '由您导入，未核实' },
  },
  families: {
    census: { en: 'Census context (National Bureau of Statistics)', zh: '人口普查背景（国家统计局）' },
    acwf2013: { en: "Left-behind children: ACWF 2013 definition (0–17, ≥1 parent away)", zh: '留守儿童：全国妇联2013口径（0–17岁，父母至少一方外出）' },
    mca: { en: 'Left-behind children: Ministry of Civil Affairs definition (under 16, both parents away)', zh: '留守儿童：民政部口径（不满16岁，父母双方外出）' },
    facilities: { en: 'Care facilities', zh: '关爱服务设施' },
    imported: { en: 'Your imported data', zh: '我导入的数据' },
  },
  panelLabel: { en: 'Details, table, sources and your data', zh: '详情、表格、来源与我的数据' },
  tabs: {
    details: { en: 'Details', zh: '详情' },
    table: { en: 'Table', zh: '表格' },
    sources: { en: 'Sources', zh: '来源' },
    data: { en: 'Your data', zh: '我的数据' },
  },
  pickProvince: {
    en: 'Hover over a province for its value; click it, or pick it in the table, for every figure we hold.',
    zh: '将鼠标移到省份上查看数值；点击省份或在表格中选择，查看全部数据。',
  },
  flagNamed: { en: 'Named in source', zh: '来源中列出' },
  rateFormula: {
    en: (num: string, den: string, per: string) => `Rate = ${num} ÷ ${den} × ${per}`,
    zh: (num: string, den: string, per: string) => `比率 = ${num} ÷ ${den} × ${per}`,
  },
  unit: { en: 'Unit', zh: '单位' },
  published: { en: 'published', zh: '发布于' },
  clearSelection: { en: 'Clear selection', zh: '取消选择' },
  seaClickHint: { en: 'Click the sea or press Escape to clear', zh: '点击海面或按 Esc 取消选择' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** Picks one language from a bilingual string. */
export function pick(b: Bilingual, lang: Lang): string {
  return b[lang];
}
