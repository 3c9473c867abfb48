/**
 * The region import's strings (#15: the planner's own boundaries, in "Your data"; the chooser of
 * the units shown; a link naming a set this browser lacks), in both languages. Spread into the
 * catalogue as `MESSAGES.regionImport`. Names and file names from the user's file arrive as
 * arguments and are rendered as text, never HTML.
 */
export const REGION_IMPORT_MESSAGES = {
  title: { en: 'Your regions', zh: '自定义区域' },
  intro: {
    en: 'Bring your own boundaries, such as counties or townships: a GeoJSON or TopoJSON file of areas in longitude/latitude (WGS 84), or a zipped shapefile (projected ones are converted when their .prj says how). Nothing is applied before you have seen the report. The boundaries stay in this browser.',
    zh: '导入您自己的边界，例如县或乡镇：经纬度（WGS 84）的面状 GeoJSON 或 TopoJSON 文件，或压缩的 shapefile（若 .prj 说明了投影，将自动转换）。查看报告之前不会应用任何内容。边界只保存在本浏览器中。',
  },
  choose: { en: 'Choose or drop a boundary file', zh: '选择或拖入边界文件' },
  limit: {
    en: (mb: string) => `GeoJSON, TopoJSON or a shapefile .zip, up to ${mb} MB.`,
    zh: (mb: string) => `GeoJSON、TopoJSON 或 shapefile 压缩包（.zip），最大 ${mb} MB。`,
  },
  reading: {
    en: (name: string) => `Reading, checking and simplifying ${name}…`,
    zh: (name: string) => `正在读取、检查并简化 ${name}…`,
  },
  reportTitle: {
    en: (name: string) => `What ${name} holds`,
    zh: (name: string) => `${name} 的内容`,
  },
  regionsRead: {
    en: (n: string) => `${n} regions read`,
    zh: (n: string) => `读取到 ${n} 个区域`,
  },
  codeLabel: { en: 'Id column', zh: '代码列' },
  nameLabel: { en: 'Name column', zh: '名称列' },
  noColumn: { en: '(none)', zh: '（无）' },
  codeKind: {
    county: { en: '6-digit county codes (GB/T 2260)', zh: '6位县级区划代码（GB/T 2260）' },
    township: { en: '9-digit township codes', zh: '9位乡级区划代码' },
    village: { en: '12-digit village codes', zh: '12位村级区划代码' },
    other: { en: 'ids that are not division codes', zh: '非区划代码的编号' },
    none: { en: 'no codes', zh: '无代码' },
  },
  codeRead: {
    en: (field: string, kind: string) => `Codes from column “${field}”: ${kind}.`,
    zh: (field: string, kind: string) => `代码取自“${field}”列：${kind}。`,
  },
  nameRead: {
    en: (field: string) => `Names from column “${field}”.`,
    zh: (field: string) => `名称取自“${field}”列。`,
  },
  pickHint: {
    en: 'Wrong column? Pick another; the file is read again.',
    zh: '列不对？请另选一列，文件将重新读取。',
  },
  groups: {
    leftOut: {
      en: (n: string) => `Left out (${n}): invalid or empty geometry`,
      zh: (n: string) => `未采用（${n}）：几何形状无效或为空`,
    },
    duplicates: {
      en: (n: string) => `Duplicate codes (${n}): merged into one region each`,
      zh: (n: string) => `重复代码（${n}）：各自合并为一个区域`,
    },
    outside: {
      en: (n: string) => `Outside China (${n}): kept apart, not shown`,
      zh: (n: string) => `位于中国范围之外（${n}）：单独列出，不显示`,
    },
    notes: {
      en: (n: string) => `Other notes (${n})`,
      zh: (n: string) => `其他说明（${n}）`,
    },
  },
  more: {
    en: (n: string) => `…and ${n} more.`,
    zh: (n: string) => `……另有 ${n} 条。`,
  },
  vertices: {
    en: (after: string, before: string, percent: string) =>
      `Simplified for drawing: ${after} of ${before} positions kept (${percent}). Borders that regions share stay shared.`,
    zh: (after: string, before: string, percent: string) => `为绘图已简化：保留 ${before} 个坐标中的 ${after} 个（${percent}）。相邻区域的共同边界保持一致。`,
  },
  timing: {
    en: (seconds: string) => `Read and checked in ${seconds} s.`,
    zh: (seconds: string) => `读取与检查用时 ${seconds} 秒。`,
  },
  apply: { en: 'Keep and show these regions', zh: '保存并显示这些区域' },
  cancel: { en: 'Cancel', zh: '取消' },
  rejectedTitle: {
    en: (name: string) => `${name} cannot be used as regions. Nothing has changed.`,
    zh: (name: string) => `${name} 无法用作区域。未做任何更改。`,
  },
  fileProblem: {
    'too-large': {
      en: (actual: string, limit: string) => `The file is ${actual} MB; files up to ${limit} MB can be read. Simplify or split it (for example by province) in your GIS program.`,
      zh: (actual: string, limit: string) => `文件大小为 ${actual} MB；最多可读取 ${limit} MB。请在 GIS 软件中简化或拆分（例如按省）。`,
    },
    unreadable: {
      en: (detail: string) => `The browser could not read the file (${detail}).`,
      zh: (detail: string) => `浏览器无法读取该文件（${detail}）。`,
    },
    binary: {
      en: 'This is not a text file. Save the boundaries as GeoJSON (WGS 84) in your GIS program.',
      zh: '这不是文本文件。请在 GIS 软件中将边界另存为 GeoJSON（WGS 84）。',
    },
    'not-json': {
      en: (detail: string) => `This is not valid JSON (${detail}).`,
      zh: (detail: string) => `这不是有效的 JSON（${detail}）。`,
    },
  },
  dismiss: { en: 'Choose another file', zh: '选择其他文件' },
  keptTitle: { en: 'Kept region sets', zh: '已保存的区域集' },
  keptItem: {
    en: (regions: string, date: string) => `${regions} regions, imported ${date}`,
    zh: (regions: string, date: string) => `${regions} 个区域，导入于 ${date}`,
  },
  show: { en: 'Show', zh: '显示' },
  shown: { en: 'Shown', zh: '正在显示' },
  remove: { en: 'Delete', zh: '删除' },
  removeLabel: {
    en: (name: string) => `Delete the region set ${name}`,
    zh: (name: string) => `删除区域集 ${name}`,
  },
  memoryOnly: {
    en: 'This browser does not keep data for this page: region sets last for this visit only.',
    zh: '本浏览器不为此页面保存数据：区域集仅在本次访问中有效。',
  },
  /** The header's search while a region set is shown: it finds the set's regions first. */
  search: {
    label: { en: 'Find a region', zh: '查找区域' },
    placeholder: { en: 'Name or code', zh: '名称或代码' },
    notFound: { en: (q: string) => `No region of this set matches “${q}”.`, zh: (q: string) => `本区域集中没有与“${q}”匹配的区域。` },
    several: {
      en: (n: string, names: string) => `${n} regions match: ${names}. Type more of the name, or the code.`,
      zh: (n: string, names: string) => `有 ${n} 个区域匹配：${names}。请输入更完整的名称或代码。`,
    },
    province: {
      en: (name: string) => `${name} is a province; the map shows your regions. Choose Provinces under Units to find it there.`,
      zh: (name: string) => `${name}是省级单位；地图正在显示您的区域。请在“地图单元”中选择“省级”后查找。`,
    },
  },
  chooser: {
    label: { en: 'Units', zh: '地图单元' },
    provinces: { en: 'Provinces', zh: '省级' },
    set: {
      en: (file: string, regions: string) => `${file} (${regions} regions)`,
      zh: (file: string, regions: string) => `${file}（${regions} 个区域）`,
    },
    missing: {
      en: (id: string) => `Not in this browser (${id})`,
      zh: (id: string) => `本浏览器中没有（${id}）`,
    },
  },
  missing: {
    title: { en: 'This link shows your own regions', zh: '此链接显示自定义区域' },
    body: {
      en: (id: string) =>
        `It names a region set (${id}) imported in another browser. Boundaries do not travel in links: open the same file here to see it. Everything else in the view is kept.`,
      zh: (id: string) => `它指向在另一浏览器中导入的区域集（${id}）。边界不会随链接传递：请在此打开同一文件即可查看。视图的其他设置均保留。`,
    },
    file: {
      en: (name: string) => `The file it needs: ${name}`,
      zh: (name: string) => `所需文件：${name}`,
    },
    open: { en: 'Open the region file…', zh: '打开区域文件…' },
    provinces: { en: 'Show provinces instead', zh: '改为显示省级' },
  },
} as const;
