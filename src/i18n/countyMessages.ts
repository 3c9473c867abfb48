/**
 * The county table's strings (census by county, in the province details), in both languages.
 * Imported by the county components directly, not through MESSAGES, so it loads with them (#18).
 */
export const COUNTY_MESSAGES = {
  open: { en: 'Counties (census)', zh: '县级数据（人口普查）' },
  close: { en: 'Hide counties', zh: '收起县级数据' },
  title: {
    en: (province: string) => `${province} by county: 2010 and 2020 census`,
    zh: (province: string) => `${province}各县级单位：2010年与2020年人口普查`,
  },
  loading: { en: 'Loading the county census…', zh: '正在加载县级普查数据…' },
  loadFailed: {
    en: (detail: string) => `The county census could not be loaded (${detail}). The rest of the atlas works as before.`,
    zh: (detail: string) => `县级普查数据无法加载（${detail}）。地图其他功能不受影响。`,
  },
  retry: { en: 'Try again', zh: '重试' },
  none: { en: 'The census lists no county-level units for this unit.', zh: '人口普查未列出该地区的县级单位。' },
  search: { en: 'Find a county (Chinese, pinyin or code)', zh: '查找县级单位（中文、拼音或代码）' },
  shown: {
    en: (shown: string, total: string) => `${shown} of ${total} county-level units`,
    zh: (shown: string, total: string) => `共 ${total} 个县级单位，显示 ${shown} 个`,
  },
  noMatch: { en: 'No county matches that search.', zh: '没有符合条件的县级单位。' },
  exportCsv: { en: 'Export these rows as CSV', zh: '导出这些行（CSV）' },
  county: { en: 'County', zh: '县级单位' },
  code: { en: 'Code', zh: '代码' },
  /** Column heads; the census year is shown under each. */
  columns: {
    age: { en: 'Children 0–14', zh: '0–14岁儿童' },
    res: { en: 'Residents', zh: '常住人口' },
    net: { en: 'Net sender', zh: '净输出' },
    per: { en: 'Net sender per 1,000 residents', zh: '每千常住人口净输出' },
  },
  sortBy: {
    en: (column: string) => `Sort by ${column}`,
    zh: (column: string) => `按${column}排序`,
  },
  pinyinNote: {
    en: 'Pinyin names are generated (pinyin-pro) with hand-checked readings for common polyphonic place names; others may differ from the official romanisation.',
    zh: '拼音名称由程序（pinyin-pro）生成，常见多音地名已人工校对；其余可能与官方拼写不同。',
  },
  total: { en: 'Sum of all counties', zh: '各县合计' },
  blanks: {
    en: (n: string) => `${n} without data`,
    zh: (n: string) => `${n} 个无数据`,
  },
  formerName: {
    en: (name: string) => `2010: ${name}`,
    zh: (name: string) => `2010年：${name}`,
  },
  onlyYear: {
    en: (year: string) => `${year} census only`,
    zh: (year: string) => `仅见于${year}年普查`,
  },
  definition: {
    en: 'Net sender (derived): hukou-registered minus resident population, 2010; above zero, more people are registered in the county than live there, the mark of a labour-exporting county. Per 1,000 residents: that ÷ residents 2010 × 1,000.',
    zh: '净输出（推算）：2010年户籍人口减常住人口；大于零表示户籍在本县的人多于常住人口，即劳务输出县。每千常住人口：该差值 ÷ 2010年常住人口 × 1,000。',
  },
  pairing: {
    en: 'The two censuses are paired by code; codes are not harmonised between them, so a county whose code changed appears once per census, and a code whose name changed shows both names. Empty cells are no data, never zero.',
    zh: '两次普查按区划代码对应；两次普查的代码未统一，代码变更的县级单位每次普查各占一行，同一代码名称变更时两个名称都显示。空白表示无数据，不是零。',
  },
  caution: {
    en: 'Caution: county figures are a third party’s digitised copy of the NBS yearbooks (leiii/census); the 2010 copy came through an online forum. Their sums match the provincial figures.',
    zh: '注意：县级数据为第三方对国家统计局分县资料的数字化副本（leiii/census），其中2010年副本经网络论坛流传。各县合计与省级数据一致。',
  },
} as const;
