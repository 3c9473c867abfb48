import type { Bilingual, Lang } from './lang';
import { DATA_MESSAGES } from './dataMessages';
import { STORAGE_MESSAGES } from './storageMessages';
import { CLASSROOM_MESSAGES } from './classroomMessages';
import { REGION_VIEW_MESSAGES } from './regionViewMessages';
import { IMPORTED_TEXT_MESSAGES } from './importedTextMessages';
import { COVERAGE_MESSAGES } from './coverageMessages';
import { FACILITY_TEXT_MESSAGES } from './facilityTextMessages';

/**
 * The message catalogue: every fixed UI string, in both languages.
 * Functions take the values to interpolate, so word order can differ between languages.
 */
export const MESSAGES = {
  appTitle: { en: 'Liushou Atlas', zh: '留守地图' },
  indicator: { en: 'Indicator', zh: '指标' },
  year: { en: 'Year', zh: '年份' },
  switchLanguage: { en: '中文', zh: 'English' },
  legend: { en: 'Legend', zh: '图例' },
  noData: { en: 'No data', zh: '无数据' },
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
  partLoading: { en: 'Loading…', zh: '加载中…' },
  partFailed: {
    en: (detail: string) => `This part of the atlas could not be loaded (${detail}). Reload the page to try again.`,
    zh: (detail: string) => `本功能无法加载（${detail}）。请刷新页面重试。`,
  },
  boundaryNote: {
    en: 'Boundaries: Natural Earth (public domain), de facto boundaries, not an officially reviewed map of China.',
    zh: '边界：Natural Earth（公共领域），为事实边界，并非经官方审定的中国地图。',
  },
  dismiss: { en: 'Dismiss', zh: '知道了' },
  sharedTable: {
    en: (name: string, values: string) =>
      `This link carried a table, “${name}” (${values} values from someone’s own file, not checked by Liushou Atlas). It is now under Your data in this browser, where you can remove it.`,
    zh: (name: string, values: string) => `此链接携带了一个表格“${name}”（${values}个数值，来自他人文件，留守地图未核实）。它已保存在本浏览器的“我的数据”中，可在那里删除。`,
  },
  urlIssue: {
    en: (param: string, raw: string) => `The link's “${param}=${raw}” was not understood, so the default is shown.`,
    zh: (param: string, raw: string) => `链接中的“${param}=${raw}”无法识别，已使用默认值。`,
  },
  province: { en: 'Province', zh: '省级单位' },
  value: { en: 'Value', zh: '数值' },
  yourFile: { en: 'Your file', zh: '您的文件' },
  sharedFile: { en: 'Someone’s own file, shared in a link', zh: '他人文件，经分享链接传来' },
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
    coverage: { en: 'Coverage of facilities (derived from facility locations)', zh: '设施覆盖（由设施位置推算）' },
    imported: { en: 'Your imported data', zh: '我导入的数据' },
  },
  panelLabel: { en: 'Details, table, sources and your data', zh: '详情、表格、来源与我的数据' },
  tabs: {
    details: { en: 'Details', zh: '详情' },
    table: { en: 'Table', zh: '表格' },
    gaps: { en: 'Gaps', zh: '缺口' },
    story: { en: 'Story', zh: '故事' },
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
      score: { en: 'score (index, 2 decimals)', zh: '得分（指数，两位小数）' },
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
    noteNoYear: {
      en: (method: string, k: string) => `${method}, ${k} classes.`,
      zh: (method: string, k: string) => `${method}，${k} 级。`,
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
  facilities: {
    title: { en: 'Facilities and coverage gaps', zh: '设施与覆盖缺口' },
    show: { en: 'Show facility and programme markers', zh: '显示设施和项目标记' },
    types: {
      home: { en: "Children's home", zh: '儿童之家' },
      centre: { en: 'Activity centre', zh: '活动中心' },
      school: { en: 'Boarding school', zh: '寄宿制学校' },
      other: { en: 'Other', zh: '其他' },
    },
    typeFilter: { en: 'Facility types shown', zh: '显示的设施类型' },
    radius: { en: 'Service radius', zh: '服务半径' },
    km: { en: (n: string) => `${n} km`, zh: (n: string) => `${n} 公里` },
    demand: { en: 'Children counted as demand', zh: '作为需求的儿童数' },
    none: {
      en: 'No facility locations are loaded. Import a CSV with latitude and longitude columns, or a GeoJSON file of points, in “Your data”; or load the synthetic demonstration set.',
      zh: '尚未加载设施位置。请在“我的数据”中导入含经纬度列的 CSV 或点状 GeoJSON 文件，或加载合成演示数据。',
    },
    loadDemo: { en: 'Load synthetic demonstration facilities', zh: '加载合成演示设施' },
    demoName: { en: 'Synthetic demonstration facilities', zh: '合成演示设施' },
    syntheticWarning: {
      en: 'SYNTHETIC: these facilities are invented by a seeded generator to demonstrate the tool. They are not real places.',
      zh: '合成数据：这些设施由带种子的生成器虚构，仅用于演示，并非真实地点。',
    },
    synthetic: { en: 'synthetic', zh: '合成' },
    sets: { en: 'Facility sets', zh: '设施数据集' },
    count: { en: (n: string) => (n === '1' ? '1 facility' : `${n} facilities`), zh: (n: string) => `${n} 个设施` },
    remove: { en: 'Remove', zh: '删除' },
    outside: {
      en: (n: string) => `Facilities outside every province, not counted: ${n}.`,
      zh: (n: string) => `${n} 个设施不在任何省级单位内，未计入。`,
    },
    computing: { en: 'Computing coverage…', zh: '正在计算覆盖情况…' },
    ranking: { en: 'Gap ranking: high demand, low supply first', zh: '缺口排名：需求高、供给低者在前' },
    rule: {
      en: 'Score = demand percentile − supply percentile, each among provinces with data (0 = lowest, 1 = highest). Supply is facilities (or capacity, when every facility states one) per 10,000 children. A province with many children and few facilities scores near +1.',
      zh: '得分 = 需求百分位 − 供给百分位（均在有数据的省份中计算，0 为最低，1 为最高）。供给为每万名儿童的设施数（所有设施均有容量时为容量）。儿童多、设施少的省份得分接近 +1。',
    },
    cols: {
      rank: { en: 'Rank', zh: '排名' },
      province: { en: 'Province', zh: '省份' },
      score: { en: 'Gap score', zh: '缺口得分' },
      demand: { en: 'Children', zh: '儿童数' },
      supply: { en: 'Per 10,000 children', zh: '每万名儿童' },
      facilities: { en: 'Facilities', zh: '设施数' },
      area: { en: 'Area within radius', zh: '半径内面积' },
    },
    why: {
      en: (d: string, s: string) => `demand in the top ${d}, supply in the bottom ${s}`,
      zh: (d: string, s: string) => `需求位于前 ${d}，供给位于后 ${s}`,
    },
    programmes: { en: 'Programmes named in the 2014 article', zh: '2014年报道中提到的项目' },
    programme: { en: 'Programme', zh: '项目' },
    capacity: { en: 'Capacity', zh: '容量' },
    opened: { en: 'Opened', zh: '建成' },
    sampling: {
      en: (km: string) => `Area share estimated on a grid of sample points about ${km} km apart.`,
      zh: (km: string) => `半径内面积比例按约 ${km} 公里间距的采样点估算。`,
    },
    addFacilities: { en: (n: string) => `Add ${n} facilities`, zh: (n: string) => `添加 ${n} 个设施` },
    legendTitle: { en: 'Facilities', zh: '设施' },
    cluster: { en: 'Group of facilities: click to zoom in', zh: '设施群：点击放大' },
  },
  share: {
    open: { en: 'Share', zh: '分享' },
    title: { en: 'Share this view', zh: '分享此视图' },
    link: { en: 'Link to exactly this view', zh: '指向此视图的链接' },
    copyLink: { en: 'Copy link', zh: '复制链接' },
    copied: { en: 'Copied.', zh: '已复制。' },
    qrLabel: { en: 'QR code of the link', zh: '链接的二维码' },
    qrHint: { en: 'Students can scan this to open the same view on a phone.', zh: '学生扫码即可在手机上打开同一视图。' },
    qrTooLong: {
      en: 'This link is too long for a QR code: copy it instead.',
      zh: '此链接过长，无法生成二维码，请复制链接。',
    },
    putTables: {
      en: (values: string) => `Put my table in the link (${values} values), so whoever opens it sees it too`,
      zh: (values: string) => `将我的表格放入链接（${values}个数值），打开链接的人也能看到`,
    },
    tablesInLink: {
      en: 'The link carries your table. Whoever opens it gets a copy in their browser, marked as shared in a link.',
      zh: '链接携带了您的表格。打开链接的人会在其浏览器中得到一份副本，并标明来自分享链接。',
    },
    embed: { en: 'Embed in a web page', zh: '嵌入网页' },
    copyEmbed: { en: 'Copy embed code', zh: '复制嵌入代码' },
    localData: {
      en: 'This view uses data you imported into this browser. A link cannot carry it: whoever opens the link will not see it. Export the data and send the file with the link.',
      zh: '此视图使用了您导入本浏览器的数据。链接无法携带这些数据，打开链接的人将看不到。请导出数据，与链接一并发送。',
    },
    openFull: { en: 'Open in Liushou Atlas ↗', zh: '在留守地图中打开 ↗' },
    resetView: { en: 'Show all of China', zh: '显示全国' },
  },
  story: {
    offSlide: {
      en: 'The map shows other figures than this slide describes.',
      zh: '地图当前显示的数据与本页说明不同。',
    },
    showSlide: { en: "Show this slide's map", zh: '显示本页地图' },
    title: { en: 'Classroom story', zh: '课堂故事' },
    builtin: { en: 'The 2014 article in four slides', zh: '用四张幻灯片讲述2014年的报道' },
    present: { en: 'Present', zh: '演示' },
    presentMine: { en: 'Present my story', zh: '演示我的故事' },
    mine: { en: 'My slides (kept in this browser)', zh: '我的幻灯片（保存在本浏览器）' },
    addCurrent: { en: 'Add the current view as a slide', zh: '将当前视图添加为幻灯片' },
    noSlides: { en: 'No slides yet.', zh: '还没有幻灯片。' },
    captionEn: { en: 'Caption (English)', zh: '说明（英文）' },
    captionZh: { en: 'Caption (Chinese)', zh: '说明（中文）' },
    up: { en: 'Move up', zh: '上移' },
    down: { en: 'Move down', zh: '下移' },
    remove: { en: 'Delete', zh: '删除' },
    copyStory: { en: 'Copy a link to the whole story', zh: '复制整个故事的链接' },
    slideOf: { en: (i: string, n: string) => `Slide ${i} of ${n}`, zh: (i: string, n: string) => `第 ${i} / ${n} 页` },
    next: { en: 'Next', zh: '下一页' },
    previous: { en: 'Previous', zh: '上一页' },
    exit: { en: 'Exit presentation', zh: '退出演示' },
    keys: {
      en: 'Keys: → Page Down Space for next, ← Page Up for previous, Esc to leave.',
      zh: '按键：→、Page Down、空格为下一页；←、Page Up为上一页；Esc 退出。',
    },
    exportPng: { en: 'Export PNG', zh: '导出 PNG' },
    print: { en: 'Print', zh: '打印' },
    exporting: { en: 'Drawing the picture…', zh: '正在生成图片…' },
    exported: { en: (date: string) => `Exported ${date} from Liushou Atlas`, zh: (date: string) => `${date} 导出自留守地图` },
    size: { en: 'Size', zh: '尺寸' },
  },
  a11y: {
    classOf: {
      en: (i: string, n: string, range: string) => `class ${i} of ${n} (${range})`,
      zh: (i: string, n: string, range: string) => `第 ${i} / ${n} 级（${range}）`,
    },
    rankOf: { en: (r: string, n: string) => `rank ${r} of ${n}`, zh: (r: string, n: string) => `排名第 ${r} / ${n}` },
    summary: {
      en: (ind: string, year: string, top: string, bottom: string, nodata: string) =>
        `Map of ${ind}${year ? `, ${year}` : ''}. Highest: ${top || 'none'}. Lowest: ${bottom || 'none'}. No data: ${nodata} units. The table tab lists every value.`,
      zh: (ind: string, year: string, top: string, bottom: string, nodata: string) =>
        `${ind}${year ? `（${year}年）` : ''}地图。最高：${top || '无'}。最低：${bottom || '无'}。无数据：${nodata} 个单位。表格页列出全部数值。`,
    },
    mapKeys: {
      en: 'Province map. Arrow keys move between neighbouring provinces, Enter selects, Escape leaves the map.',
      zh: '省份地图。方向键在相邻省份间移动，回车键选择，Esc 键离开地图。',
    },
    noNeighbour: { en: 'No neighbour in that direction.', zh: '该方向没有相邻省份。' },
  },
  search: {
    label: { en: 'Find a province', zh: '查找省份' },
    // Short enough for the box with the datalist's picker beside it (labelBreaks.e2e measures it).
    placeholder: { en: 'Sichuan, 四川, CN-SC', zh: '四川、510000' },
    notFound: { en: (q: string) => `No province matches “${q}”.`, zh: (q: string) => `没有与“${q}”匹配的省份。` },
    didYouMean: { en: (name: string) => `Did you mean ${name}?`, zh: (name: string) => `您是否要找 ${name}？` },
  },
  storage: STORAGE_MESSAGES,
  importedText: IMPORTED_TEXT_MESSAGES,
  coverage: COVERAGE_MESSAGES,
  facilityText: FACILITY_TEXT_MESSAGES,
  highContrast: { en: 'High contrast', zh: '高对比度' },
  unitCodes: {
    en: (gb: string, iso: string) => `GB/T 2260 code ${gb} · ISO 3166-2 ${iso}`,
    zh: (gb: string, iso: string) => `国标 GB/T 2260 代码 ${gb} · ISO 3166-2 ${iso}`,
  },
  flagNamed: { en: 'Named in source', zh: '来源中列出' },
  regionView: REGION_VIEW_MESSAGES,
  rateFormula: {
    en: (num: string, den: string, per: string) => `Rate = ${num} ÷ ${den} × ${per}`,
    zh: (num: string, den: string, per: string) => `比率 = ${num} ÷ ${den} × ${per}`,
  },
  ...DATA_MESSAGES,
  classroom: CLASSROOM_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** Picks one language from a bilingual string. */
export function pick(b: Bilingual, lang: Lang): string {
  return b[lang];
}
