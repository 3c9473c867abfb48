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
  imports: {
    title: { en: 'Bring your own data', zh: '导入您的数据' },
    drop: {
      en: 'Drop a CSV, TSV, JSON or GeoJSON file anywhere on the page, or choose one',
      zh: '将 CSV、TSV、JSON 或 GeoJSON 文件拖到页面任意位置，或点击选择文件',
    },
    staysLocal: { en: 'Files stay in this browser; nothing is uploaded.', zh: '文件只保存在本浏览器中，不会上传。' },
    notPersistent: {
      en: 'This browser does not allow storage here: imported data lasts until you close the page.',
      zh: '此浏览器不允许在此存储：导入的数据在关闭页面后将丢失。',
    },
    reading: { en: (name: string) => `Reading “${name}”…`, zh: (name: string) => `正在读取“${name}”…` },
    rejected: { en: (name: string) => `“${name}” could not be used.`, zh: (name: string) => `无法使用“${name}”。` },
    nothingLost: { en: 'Nothing you had was changed.', zh: '您已有的数据没有任何改变。' },
    fileSummary: {
      en: (name: string, rows: string, enc: string, fmt: string) => `“${name}”: ${rows} rows, ${fmt}, ${enc}.`,
      zh: (name: string, rows: string, enc: string, fmt: string) => `“${name}”：${rows} 行，${fmt}，${enc}。`,
    },
    columns: {
      key: { en: 'Province column', zh: '省份列' },
      value: { en: 'Value column', zh: '数值列' },
      year: { en: 'Year column', zh: '年份列' },
    },
    none: { en: '(none)', zh: '（无）' },
    choose: { en: 'Choose…', zh: '请选择…' },
    name: { en: 'Name on the map', zh: '地图上的名称' },
    unit: { en: 'Unit', zh: '单位' },
    kind: { en: 'Kind of number', zh: '数值类型' },
    kinds: {
      count: { en: 'count', zh: '数量' },
      share: { en: 'share (%)', zh: '比例（%）' },
      rate: { en: 'rate', zh: '比率' },
      balance: { en: 'balance (+/−)', zh: '差额（正/负）' },
      rank: { en: 'rank (1 = most)', zh: '排名（1为最多）' },
      flag: { en: 'flag (1 = named)', zh: '标记（1为列出）' },
    },
    parseRule: { en: 'How numbers were read', zh: '数字读取规则' },
    summary: {
      en: (m: string, t: string, u: string, miss: string) =>
        `${m} of ${t} rows matched a province; ${u} did not. ${miss} provinces have no row.`,
      zh: (m: string, t: string, u: string, miss: string) => `${t} 行中 ${m} 行匹配到省份，${u} 行未匹配；${miss} 个省级单位没有数据行。`,
    },
    unmatchedTitle: { en: 'Rows that did not match', zh: '未匹配的行' },
    row: { en: 'Row', zh: '行' },
    key: { en: 'Name or code in your file', zh: '文件中的名称或代码' },
    fix: { en: 'Use as', zh: '对应为' },
    reasons: {
      empty: { en: 'Empty.', zh: '为空。' },
      unknown: { en: 'Not a province name or code we know.', zh: '不是已知的省份名称或代码。' },
      ambiguous: {
        en: 'Ambiguous: “Shanxi” may mean Shanxi 山西 or Shaanxi 陕西.',
        zh: '有歧义：“Shanxi”可能指山西或陕西。',
      },
    },
    didYouMean: { en: (name: string) => `Did you mean ${name}?`, zh: (name: string) => `您是否指 ${name}？` },
    candidates: { en: (names: string) => `Could be ${names}.`, zh: (names: string) => `可能是 ${names}。` },
    pickFor: { en: (row: string) => `Province for row ${row}`, zh: (row: string) => `第${row}行对应的省份` },
    leaveOut: { en: 'Leave out', zh: '不使用' },
    duplicate: {
      en: (name: string, rows: string, used: string) => `${name} appears in rows ${rows}; row ${used} is used.`,
      zh: (name: string, rows: string, used: string) => `${name} 出现在第 ${rows} 行；使用第 ${used} 行。`,
    },
    missing: { en: 'No row for', zh: '没有数据行的省级单位' },
    issues: { en: (n: string) => `${n} notes about the file`, zh: (n: string) => `关于文件的 ${n} 条提示` },
    points: {
      en: (n: string) => `${n} point locations found (facility positions).`,
      zh: (n: string) => `发现 ${n} 个点位（设施位置）。`,
    },
    apply: { en: (n: string) => `Map ${n} values`, zh: (n: string) => `在地图上显示 ${n} 个数值` },
    cancel: { en: 'Cancel', zh: '取消' },
    rows: { en: (n: string) => `${n} values`, zh: (n: string) => `${n} 个数值` },
    show: { en: 'Show on map', zh: '在地图上显示' },
    exportCsv: { en: 'Download CSV', zh: '下载 CSV' },
    remove: { en: 'Remove', zh: '删除' },
  },
  legendEntry: {
    en: (label: string, n: string) => `${label}: ${n} provinces. Hover or focus to show them on the map.`,
    zh: (label: string, n: string) => `${label}：${n} 个省级单位。悬停或聚焦可在地图上突出显示。`,
  },
  histogramLabel: {
    en: (n: string, lo: string, hi: string, breaks: string) => `Dot strip of ${n} values from ${lo} to ${hi}; class breaks at ${breaks}.`,
    zh: (n: string, lo: string, hi: string, breaks: string) => `${n} 个数值的点状分布，从 ${lo} 到 ${hi}；分级断点：${breaks}。`,
  },
  classing: {
    method: { en: 'Classification method', zh: '分级方法' },
    methods: {
      quantile: { en: 'Quantile', zh: '分位数' },
      equal: { en: 'Equal interval', zh: '等间距' },
      jenks: { en: 'Natural breaks', zh: '自然断点' },
      custom: { en: 'Custom', zh: '自定义' },
      categorical: { en: 'One class per value', zh: '每个值一类' },
    },
    /** Short names for the method buttons; the full names above are in the note and tooltips. */
    methodsShort: {
      quantile: { en: 'Quantile', zh: '分位数' },
      equal: { en: 'Equal', zh: '等距' },
      jenks: { en: 'Natural', zh: '自然' },
      custom: { en: 'Custom', zh: '自定义' },
      categorical: { en: 'Values', zh: '按值' },
    },
    breaks: { en: 'Breaks (comma-separated)', zh: '断点（以逗号分隔）' },
    breaksInvalid: { en: 'Type numbers separated by commas.', zh: '请输入以逗号分隔的数字。' },
    more: { en: 'Classes, palette, scale', zh: '分级数、配色、尺度' },
    classes: { en: 'Classes', zh: '分级数' },
    palette: { en: 'Palette', zh: '配色' },
    palettes: {
      Oranges: { en: 'Oranges', zh: '橙色' },
      YlOrRd: { en: 'Yellow–orange–red', zh: '黄—橙—红' },
      Blues: { en: 'Blues', zh: '蓝色' },
      Greens: { en: 'Greens', zh: '绿色' },
      Purples: { en: 'Purples', zh: '紫色' },
      YlGnBu: { en: 'Yellow–green–blue', zh: '黄—绿—蓝' },
      Cividis: { en: 'High contrast (projectors)', zh: '高对比度（投影）' },
      PuOr: { en: 'Purple–orange (diverging)', zh: '紫—橙（发散）' },
      RdBu: { en: 'Blue–red (diverging)', zh: '蓝—红（发散）' },
      BrBG: { en: 'Brown–teal (diverging)', zh: '棕—青（发散）' },
    },
    log: { en: 'Log scale (skewed counts)', zh: '对数尺度（偏态数据）' },
    perYear: { en: 'Classes from this year only', zh: '仅按本年数据分级' },
    note: {
      en: (method: string, k: string, years: string) => `${method}, ${k} classes, computed from ${years}.`,
      zh: (method: string, k: string, years: string) => `${method}，${k} 级，依据 ${years} 年数据计算。`,
    },
    midpoint: {
      en: (m: string) => `Diverging colours around ${m}.`,
      zh: (m: string) => `以 ${m} 为中点的发散色阶。`,
    },
    categoricalNote: {
      en: 'Ranks and flags are labels, so each value is its own class.',
      zh: '排名和标记是标签，每个值单独成一类。',
    },
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
