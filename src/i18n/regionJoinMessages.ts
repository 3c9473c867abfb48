/**
 * Strings for tables joined to a planner's own region set (#15): the import review's choice of
 * target, the region join report and its fixes, the indicator picker on regions, and the
 * definition sentence of a joined table. English and Chinese for each. Loaded with the import
 * (and, for the few the header needs, with the region view), not with the first view's catalogue.
 */
export const REGION_JOIN_MESSAGES = {
  /** Appended to an imported table's definition when it is joined to regions. */
  joinedTo: {
    en: (file: string, n: string, total: string) => ` Joined to the regions of “${file}”: ${n} of ${total} regions have a value; the others are no data.`,
    zh: (file: string, n: string, total: string) => `已连接到“${file}”的区域：${total}个区域中${n}个有数值，其余为无数据。`,
  },
  target: {
    label: { en: 'Join the table to', zh: '将表格连接到' },
    provinces: { en: 'Provinces (34 units)', zh: '省级单位（34个）' },
    regions: { en: (file: string, n: string) => `Regions shown: ${file} (${n})`, zh: (file: string, n: string) => `当前显示的区域：${file}（${n}个）` },
    hint: {
      en: (regionRows: string, provinceRows: string) => `By region, ${regionRows} rows match; by province, ${provinceRows}.`,
      zh: (regionRows: string, provinceRows: string) => `按区域可匹配${regionRows}行；按省份可匹配${provinceRows}行。`,
    },
  },
  keyColumn: { en: 'Region column (code or name)', zh: '区域列（代码或名称）' },
  provinceColumn: { en: 'Province column (tells namesakes apart)', zh: '省份列（区分同名区域）' },
  summary: {
    en: (matched: string, total: string, unmatched: string, missing: string, regions: string) =>
      `${matched} of ${total} rows matched a region; ${unmatched} did not. ${missing} of ${regions} regions have no row (no data).`,
    zh: (matched: string, total: string, unmatched: string, missing: string, regions: string) =>
      `${total}行中${matched}行匹配到区域，${unmatched}行未匹配。${regions}个区域中${missing}个没有对应行（无数据）。`,
  },
  via: {
    code: { en: 'by code', zh: '按代码' },
    name: { en: 'by name', zh: '按名称' },
    'short-name': { en: 'by name without its suffix (县/区/市…)', zh: '去掉后缀（县/区/市…）后按名称' },
    province: { en: 'by province and name', zh: '按省份和名称' },
    manual: { en: 'your pick', zh: '您的选择' },
  },
  viaCounts: { en: 'Matched', zh: '匹配方式' },
  separator: { en: '; ', zh: '；' },
  reasons: {
    empty: { en: 'The cell is empty.', zh: '单元格为空。' },
    'unknown-code': { en: 'No region of the set has this code.', zh: '区域集中没有此代码。' },
    unknown: { en: 'No region of the set has this name.', zh: '区域集中没有此名称。' },
    ambiguous: {
      en: 'Several regions have this name: choose a province column, or pick the region.',
      zh: '多个区域同名：请选择省份列，或手动选择区域。',
    },
    'other-province': { en: 'A region has this name, but not in the row’s province.', zh: '有同名区域，但不在该行所写的省份。' },
  },
  candidates: { en: (list: string) => `Candidates: ${list}.`, zh: (list: string) => `候选：${list}。` },
  didYouMean: { en: (name: string) => `Did you mean ${name}?`, zh: (name: string) => `是否指${name}？` },
  unmatchedTitle: { en: 'Rows that matched no region', zh: '未匹配到区域的行' },
  pickFor: { en: (key: string) => `Region for “${key}”`, zh: (key: string) => `“${key}”对应的区域` },
  leaveOut: { en: 'Leave out', zh: '不导入' },
  searchFor: { en: (key: string) => `Or type the region for “${key}”`, zh: (key: string) => `或输入“${key}”对应的区域` },
  searchPlaceholder: { en: 'Type a region name or code', zh: '输入区域名称或代码' },
  missingTitle: { en: 'Regions without a row', zh: '没有对应行的区域' },
  duplicatesTitle: {
    en: (n: string) => `${n} regions have several rows for one year.`,
    zh: (n: string) => `${n}个区域在同一年有多行。`,
  },
  combineLabel: { en: 'Several rows for one region', zh: '同一区域有多行时' },
  firstRow: { en: 'Use the first row', zh: '使用第一行' },
  duplicateGroup: {
    en: (region: string, year: string, rows: string, result: string) => `${region}${year}: rows ${rows}; ${result}.`,
    zh: (region: string, year: string, rows: string, result: string) => `${region}${year}：第${rows}行；${result}。`,
  },
  rowUsed: { en: (row: string) => `row ${row} used`, zh: (row: string) => `使用第${row}行` },
  combined: { en: (how: string, value: string) => `${how} ${value}`, zh: (how: string, value: string) => `${how}${value}` },
  pairingsTitle: { en: (n: string) => `How each row matched (${n})`, zh: (n: string) => `每行的匹配方式（${n}）` },
  cols: {
    row: { en: 'Row', zh: '行' },
    key: { en: 'In your file', zh: '文件中' },
    region: { en: 'Region', zh: '区域' },
    via: { en: 'Matched', zh: '匹配方式' },
  },
  /** The Your data list: a table joined to regions says to which set. */
  boundTo: { en: (file: string) => `joined to the regions of ${file}`, zh: (file: string) => `连接到${file}的区域` },
} as const;
