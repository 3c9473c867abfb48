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
  /** The excerpt of a source named in the file's own source column. */
  rowSource: {
    en: (fileName: string, text: string) => `Source given in “${fileName}”: ${text}`,
    zh: (fileName: string, text: string) => `“${fileName}”中注明的来源：${text}`,
  },
};
