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
  unit: { en: 'Unit', zh: '单位' },
  published: { en: 'published', zh: '发布于' },
  clearSelection: { en: 'Clear selection', zh: '取消选择' },
  seaClickHint: { en: 'Click the sea or press Escape to clear', zh: '点击海面或按 Esc 取消选择' },
} satisfies Record<string, Bilingual | { en: (...a: string[]) => string; zh: (...a: string[]) => string }>;

export type MessageKey = keyof typeof MESSAGES;

/** Picks one language from a bilingual string. */
export function pick(b: Bilingual, lang: Lang): string {
  return b[lang];
}
