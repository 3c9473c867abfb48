/** Messages of the bundle (issue #15, "Taking it with you"); spread into MESSAGES as `bundle`. */

/** The few type words a field issue's `expected` carries (readFields.ts), in each language. */
const TYPE_EN: Record<string, string> = { boolean: 'true or false' };
const TYPE_ZH: Record<string, string> = { text: '文本', number: '数字', list: '列表', object: '对象', boolean: 'true 或 false' };
const enType = (t: string) => TYPE_EN[t] ?? t;
const zhType = (t: string) => TYPE_ZH[t] ?? t;

export const BUNDLE_MESSAGES = {
  /** Share dialog. */
  shareTitle: { en: 'Take it with you', zh: '随身带走' },
  shareNote: {
    en: 'A link cannot carry your own tables, facilities or regions. A bundle is one file with this view and all of them: open it in another browser under Your data.',
    zh: '链接无法携带您自己的表格、设施或区域。数据包是一个文件，包含此视图及上述全部内容：在另一个浏览器的“我的数据”中打开即可。',
  },
  download: { en: 'Download bundle', zh: '下载数据包' },
  /** Your data tab. */
  openTitle: { en: 'Open a bundle', zh: '打开数据包' },
  openHint: {
    en: 'Choose or drop a bundle file (made with Share ▸ Download bundle): you see what it holds before anything changes.',
    zh: '选择或拖入数据包文件（由“分享 ▸ 下载数据包”生成）：在任何更改之前，您会先看到其中的内容。',
  },
  choose: { en: 'Choose a bundle file, or drop it anywhere on the page', zh: '选择数据包文件，或将其拖放到页面任意位置' },
  reading: { en: (name: string) => `Reading ${name}…`, zh: (name: string) => `正在读取 ${name}…` },
  reviewTitle: {
    en: (name: string, date: string) => `Bundle “${name}”, made ${date}`,
    zh: (name: string, date: string) => `数据包“${name}”，生成于 ${date}`,
  },
  holds: { en: 'It holds:', zh: '其中包含：' },
  view: { en: (indicator: string) => `The view: ${indicator}`, zh: (indicator: string) => `视图：${indicator}` },
  defaultView: { en: 'The default view', zh: '默认视图' },
  table: {
    en: (values: string, file: string, date: string) => `${values} values from “${file}”, imported ${date}`,
    zh: (values: string, file: string, date: string) => `来自“${file}”的 ${values} 个数值，导入于 ${date}`,
  },
  tableSources: {
    en: (sources: string) => `Sources stated in the file: ${sources}`,
    zh: (sources: string) => `文件中注明的来源：${sources}`,
  },
  facilitySet: {
    en: (points: string, file: string, date: string) => `${points} facilities from “${file}”, imported ${date}`,
    zh: (points: string, file: string, date: string) => `来自“${file}”的 ${points} 个设施，导入于 ${date}`,
  },
  regionSet: {
    en: (regions: string, file: string, date: string) => `${regions} regions from “${file}”, imported ${date}`,
    zh: (regions: string, file: string, date: string) => `来自“${file}”的 ${regions} 个区域，导入于 ${date}`,
  },
  kinds: {
    tables: { en: 'Tables', zh: '表格' },
    facilitySets: { en: 'Facilities', zh: '设施' },
    regionSets: { en: 'Region sets', zh: '区域集' },
  },
  held: { en: '(already in your data)', zh: '（已在我的数据中）' },
  synthetic: { en: 'SYNTHETIC', zh: '合成数据' },
  notChecked: {
    en: 'What a bundle holds comes from someone’s own files: Liushou Atlas has not checked it.',
    zh: '数据包中的内容来自他人自己的文件：留守地图未核实。',
  },
  apply: { en: 'Add to my data and open the view', zh: '添加到我的数据并打开视图' },
  cancel: { en: 'Cancel', zh: '取消' },
  applying: { en: 'Adding…', zh: '正在添加…' },
  nothingChanged: { en: 'Nothing you had has changed.', zh: '您原有的内容没有任何改变。' },
  refused: { en: (name: string) => `“${name}” cannot be opened as a bundle.`, zh: (name: string) => `“${name}”无法作为数据包打开。` },
  refusals: {
    tooBig: {
      en: (mb: string, max: string) => `The file is ${mb} MB; a bundle can be at most ${max} MB.`,
      zh: (mb: string, max: string) => `文件大小为 ${mb} MB；数据包最大为 ${max} MB。`,
    },
    notJson: {
      en: (detail: string) => `It is not valid JSON (${detail}).`,
      zh: (detail: string) => `它不是有效的 JSON（${detail}）。`,
    },
    notBundle: {
      en: 'It is JSON, but not a Liushou Atlas bundle (its “format” is not “liushou-atlas-bundle”). To import a table or boundaries, use the drop zone above.',
      zh: '它是 JSON，但不是留守地图数据包（“format”不是“liushou-atlas-bundle”）。如需导入表格或边界，请使用上方的拖放区。',
    },
    newer: {
      en: (version: string, max: string) =>
        `It was made by a newer version of Liushou Atlas (bundle format ${version}); this one reads formats up to ${max}. Open it with the newer version.`,
      zh: (version: string, max: string) => `它由更新版本的留守地图生成（数据包格式 ${version}）；此版本最多读取格式 ${max}。请用更新版本打开。`,
    },
    fields: {
      en: (n: string) => (n === '1' ? 'One field does not read:' : `${n} fields do not read:`),
      zh: (n: string) => (n === '1' ? '有一个字段无法读取：' : `${n} 个字段无法读取：`),
    },
    more: { en: (n: string) => `and ${n} more.`, zh: (n: string) => `另有 ${n} 个。` },
  },
  /** One field issue (readFields.ts): the field's path, what was expected (worded by view/describeFieldIssue), the value found (as text). */
  problems: {
    missing: { en: (f: string) => `${f}: missing.`, zh: (f: string) => `${f}：缺失。` },
    type: {
      en: (f: string, expected: string, raw: string) => `${f}: should be ${enType(expected)}, found ${raw}.`,
      zh: (f: string, expected: string, raw: string) => `${f}：应为${zhType(expected)}，实际为 ${raw}。`,
    },
    'too-long': {
      en: (f: string, expected: string, raw: string) => `${f}: longer than ${expected} (${raw.length > 20 ? `${raw.slice(0, 20)}…` : raw}).`,
      zh: (f: string, expected: string, raw: string) => `${f}：超过 ${expected}（${raw.length > 20 ? `${raw.slice(0, 20)}…` : raw}）。`,
    },
    empty: { en: (f: string) => `${f}: too few items.`, zh: (f: string) => `${f}：项目过少。` },
    integer: { en: (f: string, _e: string, raw: string) => `${f}: ${raw} is not a whole number.`, zh: (f: string, _e: string, raw: string) => `${f}：${raw} 不是整数。` },
    range: {
      en: (f: string, expected: string, raw: string) => `${f}: ${raw} is outside ${expected}.`,
      zh: (f: string, expected: string, raw: string) => `${f}：${raw} 超出 ${expected}。`,
    },
    choice: {
      en: (f: string, expected: string, raw: string) => `${f}: “${raw}” is not one of: ${expected}.`,
      zh: (f: string, expected: string, raw: string) => `${f}：“${raw}”不在以下之列：${expected}。`,
    },
    date: { en: (f: string, _e: string, raw: string) => `${f}: “${raw}” is not a date (YYYY-MM-DD).`, zh: (f: string, _e: string, raw: string) => `${f}：“${raw}”不是日期（YYYY-MM-DD）。` },
    duplicate: { en: (f: string, _e: string, raw: string) => `${f}: “${raw}” is used twice.`, zh: (f: string, _e: string, raw: string) => `${f}：“${raw}”重复出现。` },
    form: {
      en: (f: string, expected: string, raw: string) => `${f}: “${raw}” is not ${expected}.`,
      zh: (f: string, expected: string, raw: string) => `${f}：“${raw}”不是${expected}。`,
    },
  },
} as const;
