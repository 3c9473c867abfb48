/**
 * Sentences about a user's imported table that used to be stored in English with it (#18): the
 * dataset now keeps the columns and rule keys, and these make the sentence in the UI language.
 */
export const IMPORTED_TEXT_MESSAGES = {
  /** The excerpt of a user's file as a source: which columns were read. */
  fileColumns: {
    en: (value: string, key: string, year: string | null) => `Column “${value}”, keyed by “${key}”${year ? `, year from “${year}”` : ''}.`,
    zh: (value: string, key: string, year: string | null) => `“${value}”列，按“${key}”列匹配${year ? `，年份取自“${year}”列` : ''}。`,
  },
  /** A table stored or linked before #18 whose rule sentence could not be read back. */
  rulesNotRecorded: { en: 'How numbers were read was not recorded.', zh: '未记录数字读取规则。' },
  /** How several rows for one province were combined, as a figure's note and the definition say it. */
  combineWord: {
    sum: { en: 'sum', zh: '合计' },
    mean: { en: 'mean', zh: '平均' },
    min: { en: 'minimum', zh: '最小值' },
    max: { en: 'maximum', zh: '最大值' },
    one: { en: 'one row', zh: '单行' },
  },
  /** An imported figure's note: its unit and the row of the file it came from. */
  rowNote: {
    en: (unit: string, row: string, fileName: string) => `${unit} (row ${row} of ${fileName})`,
    zh: (unit: string, row: string, fileName: string) => `${unit}（${fileName}第${row}行）`,
  },
  /** An imported figure combined from several rows: how, how many, and the first row. */
  combinedNote: {
    en: (unit: string, how: string, rows: string, fileName: string, first: string) => `${unit} (${how} of ${rows} rows of ${fileName}, from row ${first})`,
    zh: (unit: string, how: string, rows: string, fileName: string, first: string) => `${unit}（${fileName}中${rows}行的${how}，首行为第${first}行）`,
  },
  /** An imported table's definition: where it came from (the user's own file, or someone's file in a shared link), then `more`, the sentences below on its rows. */
  definitionOwnFile: {
    en: (fileName: string, column: string, more: string) => `Imported from your file “${fileName}”, column “${column}”.${more} Not checked by Liushou Atlas.`,
    zh: (fileName: string, column: string, more: string) => `导入自您的文件“${fileName}”的“${column}”列。${more}留守地图未核实。`,
  },
  definitionSharedLink: {
    en: (fileName: string, column: string, imported: string, more: string) =>
      `From a shared link: someone’s file “${fileName}”, column “${column}”, imported ${imported}.${more} Not checked by Liushou Atlas.`,
    zh: (fileName: string, column: string, imported: string, more: string) => `来自分享链接：他人文件“${fileName}”的“${column}”列，导入于${imported}。${more}留守地图未核实。`,
  },
  /** One of the definition's sentences on the rows, as `more` above takes them (joined with nothing between): in English after a space. */
  definitionSentence: { en: (sentence: string) => ` ${sentence}`, zh: (sentence: string) => sentence },
  /** The file's rows were below province level, recognised in `column`. */
  subProvinceRows: {
    county: {
      en: (rows: string, column: string) => `The file’s ${rows} rows are counties (column “${column}”).`,
      zh: (rows: string, column: string) => `文件的${rows}行是县级数据（“${column}”列）。`,
    },
    township: {
      en: (rows: string, column: string) => `The file’s ${rows} rows are townships (column “${column}”).`,
      zh: (rows: string, column: string) => `文件的${rows}行是乡镇数据（“${column}”列）。`,
    },
  },
  /** Several rows for one province were combined by `how` (a `combineWord`); the importer chose one row. */
  provinceRowsCombined: {
    en: (provinces: string, rows: string, how: string) => `Where a province had several rows (${provinces} provinces, ${rows} rows), the value is their ${how}.`,
    zh: (provinces: string, rows: string, how: string) => `一个省有多行时（${provinces}个省，${rows}行），取其${how}。`,
  },
  provinceRowChosen: {
    en: (provinces: string, rows: string, how: string) =>
      `Where a province had several rows (${provinces} provinces, ${rows} rows), the value is their ${how} chosen by the importer.`,
    zh: (provinces: string, rows: string, how: string) => `一个省有多行时（${provinces}个省，${rows}行），取其${how}（导入者选定）。`,
  },
  /** A table joined to regions: `regions` counts the regions with several rows; 'one' takes the first row. */
  regionRowsCombined: {
    en: (regions: string, rows: string, how: string) => `Where a region had several rows (${regions} regions, ${rows} rows), the value is their ${how}.`,
    zh: (regions: string, rows: string, how: string) => `一个区域有多行时（${regions}个区域，${rows}行），取其${how}。`,
  },
  regionFirstRow: {
    en: (regions: string, rows: string) => `Where a region had several rows (${regions} regions, ${rows} rows), the value is the first row’s.`,
    zh: (regions: string, rows: string) => `一个区域有多行时（${regions}个区域，${rows}行），取第一行。`,
  },
  /** Who published a source named in the file's own source column, as a CSV citation says it (screens say the file's owner, `yourFile`). */
  rowSourcePublisher: {
    own: { en: (column: string) => `As stated in your file (column “${column}”)`, zh: (column: string) => `您的文件所述（“${column}”列）` },
    shared: { en: (column: string) => `As stated in the shared file (column “${column}”)`, zh: (column: string) => `分享的文件所述（“${column}”列）` },
  },
  /** The excerpt of a source named in the file's own source column. */
  rowSource: {
    en: (fileName: string, text: string) => `Source given in “${fileName}”: ${text}`,
    zh: (fileName: string, text: string) => `“${fileName}”中注明的来源：${text}`,
  },
};
