/**
 * Strings for showing a planner's own region set (#15): the census indicators a county set gets,
 * the legend, table, tooltip and details of regions. Spread into the catalogue as `MESSAGES.regionView`.
 */
export const REGION_VIEW_MESSAGES = {
  /** Census indicators on a region set with county codes (values from the 2010 and 2020 county census). */
  indicators: {
    children: {
      label: { en: 'Children aged 0–14 (county census)', zh: '0–14岁儿童（县级人口普查）' },
      definition: {
        en: 'Resident population aged 0–14 of each county-level unit whose code the region carries, from the census yearbooks by county.',
        zh: '按区域所带县级代码取自分县人口普查资料的0–14岁常住人口。',
      },
    },
    pop: {
      label: { en: 'Resident population (county census)', zh: '常住人口（县级人口普查）' },
      definition: {
        en: 'People living in the county-level unit at the census, from the census yearbooks by county.',
        zh: '普查时点居住在该县级单位的人口，取自分县人口普查资料。',
      },
    },
    netsend: {
      label: { en: 'Net sender: hukou-registered minus resident population (county, 2010)', zh: '人口净流出：户籍人口减常住人口（县级，2010年）' },
      definition: {
        en: 'Hukou-registered minus resident population, 2010 county census (our arithmetic). Above zero: more people registered in the county than living there, a labour-exporting county.',
        zh: '2010年分县人口普查中户籍人口减常住人口（由本图计算）。大于零表示户籍在本县的人多于常住人口，即劳务输出县。',
      },
    },
    netsendper1k: {
      label: { en: 'Net sender per 1,000 residents (county, 2010)', zh: '每千名常住人口的人口净流出（县级，2010年）' },
      definition: {
        en: 'Hukou-registered minus resident population ÷ resident population × 1,000, 2010 county census (our arithmetic).',
        zh: '户籍人口减常住人口 ÷ 常住人口 × 1000，2010年分县人口普查（由本图计算）。',
      },
    },
  },
  personsUnit: { en: 'persons', zh: '人' },
  per1000Unit: { en: 'per 1,000 residents', zh: '每千名常住人口' },
  /** A region without a name or code in the file: its feature number. */
  unnamed: { en: (n: string) => `Region ${n}`, zh: (n: string) => `区域 ${n}` },
  /** The map title while a region set is shown. */
  title: {
    en: (label: string, year: string, file: string, n: string) => `${label}, ${year} · ${file} (${n} regions)`,
    zh: (label: string, year: string, file: string, n: string) => `${label}，${year}年 · ${file}（${n}个区域）`,
  },
  /** A joined table without a year column (#15): no year to name. */
  titleUndated: {
    en: (label: string, file: string, n: string) => `${label} · ${file} (${n} regions)`,
    zh: (label: string, file: string, n: string) => `${label} · ${file}（${n}个区域）`,
  },
  titleNoIndicator: {
    en: (file: string, n: string) => `${file} (${n} regions): no figures on these regions yet`,
    zh: (file: string, n: string) => `${file}（${n}个区域）：这些区域尚无数据`,
  },
  noIndicators: {
    en: 'These regions do not carry 6-digit county codes, so the county census cannot be put on them. Join a table to them to map its figures.',
    zh: '这些区域没有6位县级代码，无法套用县级人口普查数据。可关联一张表格以显示其数据。',
  },
  censusLoading: { en: 'Loading the county census for these regions…', zh: '正在为这些区域加载县级普查数据…' },
  fallback: {
    en: (asked: string, shown: string) => `“${asked}” has no figures by region; showing “${shown}”.`,
    zh: (asked: string, shown: string) => `“${asked}”没有分区域数据；现显示“${shown}”。`,
  },
  unmatched: {
    en: (n: string, codes: string) => `Codes in neither census (boundary changes are common), so no data (${n}): ${codes}`,
    zh: (n: string, codes: string) => `${n}个代码在两次普查中均未找到（行政区划常有调整），显示为无数据：${codes}`,
  },
  missingYear: {
    en: (n: string, year: string) => `Codes not in the ${year} census table: ${n}.`,
    zh: (n: string, year: string) => `${n}个代码不在${year}年普查表中。`,
  },
  code: { en: 'Code', zh: '代码' },
  /** The tooltip's value line: value with unit, a derived mark, and the census year. */
  valueLine: {
    en: (value: string, derived: string, year: string) => `${value}${derived ? ` (${derived})` : ''}${year ? `, ${year}` : ''}`,
    zh: (value: string, derived: string, year: string) => `${value}${derived ? `（${derived}）` : ''}${year ? `，${year}年` : ''}`,
  },
  region: { en: 'Region', zh: '区域' },
  regions: { en: 'Regions', zh: '区域' },
  provinceOf: { en: 'Province', zh: '省级单位' },
  showProvinces: { en: 'Show provinces', zh: '显示省级单位' },
  figuresTitle: {
    en: (name: string) => `${name}: figures`,
    zh: (name: string) => `${name}：数据`,
  },
  fromFile: {
    en: (file: string, date: string) => `Boundaries: ${file}, imported ${date} (your file, kept in this browser).`,
    zh: (file: string, date: string) => `边界：${file}，导入于${date}（您的文件，保存在本浏览器中）。`,
  },
  exportCsv: { en: 'Export the region table as CSV', zh: '导出区域表（CSV）' },
  mapLabel: { en: 'Map of your regions', zh: '您的区域地图' },
  indicator: { en: 'Figure on the regions', zh: '区域上显示的数据' },
  year: { en: 'Year', zh: '年份' },
  rank: { en: 'Rank', zh: '排名' },
  value: { en: 'Value', zh: '数值' },
  classLabel: { en: 'Class', zh: '分级' },
  pickRegion: {
    en: 'Select a region on the map, in the table, or with Tab and the arrow keys on the map.',
    zh: '在地图或表格中选择一个区域，或在地图上使用 Tab 键和方向键。',
  },
  classNote: {
    en: (method: string, n: string) => `${method}, ${n} classes, computed over these regions only (never on the provinces' scale).`,
    zh: (method: string, n: string) => `${method}，${n}级，仅按这些区域计算（不与省级数据共用色阶）。`,
  },
  noNeighbour: { en: 'No more regions that way', zh: '该方向没有其他区域' },
} as const;
