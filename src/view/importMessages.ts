import type { Bilingual, Lang } from '../i18n/lang';
import type { ImportIssue, ImportIssueCode } from '../data/import/importIssue';
import { formatNumber } from './formatValue';
// The rule sentences live apart: a user file's source line (publisherText) shows them in the first
// view, and the rest of this table loads with the import.
export { describeRules, numberRuleText, numbersAsWrittenText } from './describeRules';

/** `raw` is quoted in messages up to this many characters (code points), then '…'. */
export const RAW_IN_MESSAGE_MAX = 60;

/**
 * One clear sentence per import issue, in English or 简体中文, naming the row and field when the
 * issue has them: "Row 14, column “value”: “12,5x” is not a number; the row is kept as no data."
 *
 * The text is plain text: render it as text, never as HTML (`raw` is whatever the user's file held,
 * markup included).
 */
export function importIssueText(issue: ImportIssue, lang: Lang): string {
  const body = BODIES[issue.code][lang](issue);
  const where = location(issue, lang);
  if (!where) return body;
  return lang === 'zh' ? `${where}：${body}` : `${where}: ${lowerFirst(body)}`;
}

/** The place prefix: "Row 14, column “value”" / "第14行“value”列"; "Feature 3" for GeoJSON. */
function location(issue: ImportIssue, lang: Lang): string {
  const field = issue.field === null ? null : oneLine(issue.field);
  if (issue.row === null) {
    // Column-only issues (a renamed header) name the column in their own sentence.
    return '';
  }
  const feature = issue.rowKind === 'feature';
  if (lang === 'zh') {
    const row = feature ? `第${issue.row}个要素` : `第${issue.row}行`;
    return field === null ? row : `${row}“${field}”列`;
  }
  const row = feature ? `Feature ${issue.row}` : `Row ${issue.row}`;
  return field === null ? row : `${row}, column “${field}”`;
}

type Body = Record<Lang, (issue: ImportIssue) => string>;

/** Mapped over every code, so a new code without both sentences does not compile. */
const BODIES: Record<ImportIssueCode, Body> = {
  'file-too-large': {
    en: (i) => `The file is ${mb(i.actual)} MB; the limit is ${mb(i.expected)} MB. Split it, or remove columns you do not need, and try again.`,
    zh: (i) => `文件大小为${mb(i.actual)} MB，超过${mb(i.expected)} MB的上限。请拆分文件或删除不需要的列后重试。`,
  },
  'unreadable-file': {
    en: () => 'The file could not be read; it may have been moved, renamed or locked by another program.',
    zh: () => '无法读取该文件；它可能已被移动、重命名或被其他程序占用。',
  },
  'empty-file': {
    en: () => 'The file is empty.',
    zh: () => '文件是空的。',
  },
  'binary-file': {
    en: () => 'This looks like a binary file (for example an Excel .xlsx), not text: save it as CSV and try again.',
    zh: () => '这似乎是二进制文件（例如Excel的.xlsx），不是文本：请另存为CSV后重试。',
  },
  'bad-encoding': {
    en: () => 'Some characters could not be decoded (the file is neither UTF-8 nor GB18030) and show as “�”; save the file as “CSV UTF-8” and try again.',
    zh: () => '部分字符无法解码（文件既不是UTF-8也不是GB18030），显示为“�”；请另存为“CSV UTF-8”后重试。',
  },
  'decoded-as-gb18030': {
    en: () => 'The file is not UTF-8, so it was read as GB18030 (GBK), the encoding Chinese Excel uses; check that the names look right.',
    zh: () => '文件不是UTF-8编码，已按GB18030（GBK，中文版Excel的默认编码）读取；请检查名称是否显示正确。',
  },
  'decoded-as-utf16': {
    en: (i) => `The file has no byte-order mark but looks like ${i.detail === 'utf-16be' ? 'UTF-16BE' : 'UTF-16LE'}, and was read as such; check that the names look right.`,
    zh: (i) => `文件没有字节顺序标记，但看起来是${i.detail === 'utf-16be' ? 'UTF-16BE' : 'UTF-16LE'}编码，已按此读取；请检查名称是否显示正确。`,
  },
  'unsupported-format': {
    en: () => 'This file type is not supported (it looks like XML, KML or HTML); use CSV, TSV, JSON or GeoJSON.',
    zh: () => '不支持此文件类型（看起来是XML、KML或HTML）；请使用CSV、TSV、JSON或GeoJSON。',
  },
  'format-mismatch': {
    en: (i) => `The file is named as ${i.detail ?? 'another format'} but its content is ${i.raw ?? 'something else'}; it was read by its content.`,
    zh: (i) => `文件扩展名表示${i.detail ?? '另一种格式'}，但内容是${i.raw ?? '其他格式'}；已按内容读取。`,
  },
  topojson: {
    en: () => 'This is TopoJSON, not GeoJSON; convert it to GeoJSON first (for example with mapshaper).',
    zh: () => '这是TopoJSON而不是GeoJSON；请先转换为GeoJSON（例如使用mapshaper）。',
  },
  'too-many-rows': {
    en: (i) => `The file has more than ${count(i.expected, 'en')} rows, the most the atlas reads, so it was not loaded; filter it or total it by province first.`,
    zh: (i) => `文件超过${count(i.expected, 'zh')}行（本图集可读取的上限），未予载入；请先筛选或按省汇总。`,
  },
  'internal-error': {
    en: () => 'The file could not be read because of an error in the atlas itself; please report it with the file.',
    zh: () => '由于图集本身出错，文件未能读取；请连同文件一起报告此问题。',
  },
  'json-too-deep': {
    en: (i) =>
      `The JSON is nested more than ${count(i.expected, 'en')} levels deep${i.line ? ` (from line ${i.line})` : ''}, far deeper than a table or GeoJSON needs; it was not read. Export it as a flat table (CSV) or plain GeoJSON.`,
    zh: (i) => `该JSON嵌套超过${count(i.expected, 'zh')}层${i.line ? `（自第${i.line}行起）` : ''}，远超表格或GeoJSON所需，未予读取。请导出为扁平表格（CSV）或普通GeoJSON。`,
  },
  'malformed-csv': {
    en: (i) =>
      i.detail === 'MissingQuotes'
        ? 'A quotation mark is never closed, so the rest of the file may have been read as one value.'
        : 'Quotation marks are malformed (text after a closing quote); the values in this row may be wrong.',
    zh: (i) =>
      i.detail === 'MissingQuotes'
        ? '引号没有闭合，文件其余部分可能被读成了一个值。'
        : '引号格式有误（闭合引号后还有文字）；该行的值可能有误。',
  },
  'malformed-json': {
    en: (i) => `The file is not valid JSON${jsonWhere(i, 'en')}; nothing was loaded.`,
    zh: (i) => `文件不是有效的JSON${jsonWhere(i, 'zh')}，未载入任何数据。`,
  },
  'unsupported-json': {
    en: () => 'This JSON is not a table: use an array of objects, {"data": [...]}, an object of province → value, or GeoJSON.',
    zh: () => '该JSON不是表格：请使用对象数组、{"data": [...]}、“省份 → 数值”的对象或GeoJSON。',
  },
  'no-columns': {
    en: () => 'No columns were found: the file needs a header row (CSV) or objects with named fields (JSON).',
    zh: () => '未找到任何列：文件需要表头行（CSV）或带字段名的对象（JSON）。',
  },
  'no-rows': {
    en: () => 'The file has no data rows, only a header; nothing was loaded.',
    zh: () => '文件只有表头，没有数据行，未载入任何数据。',
  },
  'ragged-row': {
    en: (i) =>
      (i.actual ?? 0) < (i.expected ?? 0)
        ? `It has ${count(i.actual, 'en')} values but the header has ${count(i.expected, 'en')}; the missing ones are no data.`
        : `It has ${count(i.actual, 'en')} values but the header has ${count(i.expected, 'en')}; the extra values are ignored.`,
    zh: (i) =>
      (i.actual ?? 0) < (i.expected ?? 0)
        ? `该行有${count(i.actual, 'zh')}个值，而表头有${count(i.expected, 'zh')}列；缺少的按无数据处理。`
        : `该行有${count(i.actual, 'zh')}个值，而表头只有${count(i.expected, 'zh')}列；多出的值被忽略。`,
  },
  'duplicate-column': {
    en: (i) => `The column name “${raw(i)}” appears more than once; this one is called “${oneLine(i.field ?? '')}”.`,
    zh: (i) => `列名“${raw(i)}”出现了不止一次；此列改称“${oneLine(i.field ?? '')}”。`,
  },
  'blank-column-name': {
    en: (i) => `Column ${i.expected ?? '?'} has no name; it is called “${oneLine(i.field ?? '')}”.`,
    zh: (i) => `第${i.expected ?? '?'}列没有列名，改称“${oneLine(i.field ?? '')}”。`,
  },
  'title-row-skipped': {
    en: (i) => `“${raw(i)}” looks like a title above the header and was skipped.`,
    zh: (i) => `“${raw(i)}”看起来是表头上方的标题，已跳过。`,
  },
  'not-an-object': {
    en: (i) => `The entry ${i.raw === undefined ? '' : `“${raw(i)}” `}is not an object with named fields; it is skipped.`,
    zh: (i) => `条目${i.raw === undefined ? '' : `“${raw(i)}”`}不是带字段名的对象，已跳过。`,
  },
  'not-a-number': {
    en: (i) => `“${raw(i)}” is not a number; the row is kept as no data.`,
    zh: (i) => `“${raw(i)}”不是数字，该行按无数据处理。`,
  },
  'no-numeric-column': {
    en: () => 'No column holds numbers, so there is nothing to map; check the number format (for example, “12,5” is not read as 12.5).',
    zh: () => '没有任何一列是数字，因此无法制图；请检查数字格式（例如“12,5”不会被读作12.5）。',
  },
  'no-region-column': {
    en: () => 'No column looks like province names or codes; choose the column that names the province.',
    zh: () => '没有哪一列像是省份名称或代码；请选择标明省份的列。',
  },
  'areas-not-points': {
    en: (i) =>
      `These ${count(i.actual, 'en')} features are areas (polygons), not points or a table: their shapes are not drawn. Their properties can still be mapped if a column names the province.`,
    zh: (i) => `这${count(i.actual, 'zh')}个要素是面（多边形），不是点位或表格：不会绘制其形状。若某列标明省份，其属性仍可按省显示。`,
  },
  'invalid-geojson': {
    en: () => 'This JSON is not GeoJSON: it needs "type": "FeatureCollection", "Feature" or a geometry type.',
    zh: () => '该JSON不是GeoJSON：需要"type"为"FeatureCollection"、"Feature"或几何类型。',
  },
  'invalid-feature': {
    en: () => 'This is not a GeoJSON Feature object; it is skipped.',
    zh: () => '这不是GeoJSON要素（Feature）对象，已跳过。',
  },
  'invalid-geometry': {
    en: () => 'Its geometry is invalid (unknown type or coordinates that are not [longitude, latitude] numbers); its properties are kept, its shape is ignored.',
    zh: () => '其几何无效（类型未知或坐标不是[经度, 纬度]数字）；保留其属性，忽略其形状。',
  },
  'missing-coordinates': {
    en: (i) =>
      `${i.field === null ? 'Neither longitude nor latitude is given' : 'A coordinate is missing'}; the point is skipped and listed as rejected (missing coordinates) in the facility list.`,
    zh: (i) => `${i.field === null ? '经度和纬度均未填写' : '缺少一个坐标'}；跳过该点，并在设施清单中列为未采用（缺少坐标）。`,
  },
  'bad-coordinates': {
    en: (i) =>
      `The coordinates ${i.raw === undefined ? '' : `“${raw(i)}” `}are not longitude/latitude in degrees (WGS 84); perhaps a projected coordinate system. ${
        i.rowKind === 'feature' ? 'Its shape is ignored.' : 'The point is skipped.'
      }`,
    zh: (i) =>
      `坐标${i.raw === undefined ? '' : `“${raw(i)}”`}不是以度为单位的经纬度（WGS 84），可能是投影坐标系；${
        i.rowKind === 'feature' ? '忽略其形状。' : '跳过该点。'
      }`,
  },
  'point-outside-china': {
    en: (i) =>
      `The point ${i.raw === undefined ? '' : `${raw(i)} `}lies outside China (73–136°E, 3–54°N); it is listed apart and not drawn.${
        i.detail === 'looks-swapped' ? ' The numbers look swapped: GeoJSON order is [longitude, latitude].' : ''
      }`,
    zh: (i) =>
      `点${i.raw === undefined ? '' : raw(i)}位于中国范围（东经73–136°，北纬3–54°）之外，单独列出，不在地图上绘制。${
        i.detail === 'looks-swapped' ? '经纬度似乎颠倒了：GeoJSON的顺序是[经度, 纬度]。' : ''
      }`,
  },
  'lat-lon-swapped': {
    en: (i) => `The columns named latitude and longitude (“${raw(i)}”) hold each other's values; they were read the other way round.`,
    zh: (i) => `名为纬度和经度的列（“${raw(i)}”）的数值互相颠倒，已按对调后读取。`,
  },
  'more-issues': {
    en: (i) => `…and ${count(i.actual, 'en')} more of the same kind (${codeLabel(i.detail, 'en')}), not listed.`,
    zh: (i) => `……另有${count(i.actual, 'zh')}条同类问题（${codeLabel(i.detail, 'zh')}）未列出。`,
  },
};

/** Short names of the codes, for the 'more-issues' summary. */
const CODE_LABELS: Partial<Record<ImportIssueCode, Bilingual>> = {
  'not-a-number': { en: 'not a number', zh: '不是数字' },
  'ragged-row': { en: 'wrong number of values', zh: '值的个数不对' },
  'malformed-csv': { en: 'malformed quotes', zh: '引号格式有误' },
  'not-an-object': { en: 'not an object', zh: '不是对象' },
  'invalid-feature': { en: 'invalid feature', zh: '无效要素' },
  'invalid-geometry': { en: 'invalid geometry', zh: '无效几何' },
  'missing-coordinates': { en: 'missing coordinates', zh: '缺少坐标' },
  'bad-coordinates': { en: 'bad coordinates', zh: '坐标无效' },
  'point-outside-china': { en: 'point outside China', zh: '点位于中国之外' },
  'duplicate-column': { en: 'duplicate column name', zh: '列名重复' },
  'blank-column-name': { en: 'column without a name', zh: '列没有名称' },
};

function codeLabel(code: string | undefined, lang: Lang): string {
  const label = code === undefined ? undefined : CODE_LABELS[code as ImportIssueCode];
  return label ? label[lang] : (code ?? '');
}

function jsonWhere(issue: ImportIssue, lang: Lang): string {
  if (issue.line === undefined) return '';
  if (lang === 'zh') {
    return issue.column === undefined ? `（第${issue.line}行）` : `（第${issue.line}行第${issue.column}列）`;
  }
  return issue.column === undefined ? ` (line ${issue.line})` : ` (line ${issue.line}, column ${issue.column})`;
}

/** `raw` on one line, cut to RAW_IN_MESSAGE_MAX code points (never splitting a surrogate pair). */
function raw(issue: ImportIssue): string {
  return truncate(oneLine(issue.raw ?? ''), RAW_IN_MESSAGE_MAX);
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function mb(bytes: number | undefined): string {
  return ((bytes ?? 0) / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

function count(n: number | undefined, lang: Lang): string {
  return formatNumber(n ?? 0, lang, { digits: 0 });
}

function lowerFirst(s: string): string {
  // After "Row 14: " the sentence continues; keep "It"/"The" readable by lower-casing only them.
  return /^(It|The|This|Its|Quotation|A|Neither) /.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
