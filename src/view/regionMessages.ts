import type { RegionIssue, RegionIssueCode } from '../regions/regionIssue';
import type { Lang } from '../i18n/lang';

/** Text from the file is quoted up to this many characters, then '…'. */
const RAW_MAX = 60;
const quote = (s: string | undefined) => {
  const chars = [...(s ?? '').replace(/\s+/g, ' ')];
  return chars.length > RAW_MAX ? `${chars.slice(0, RAW_MAX).join('')}…` : chars.join('');
};

type Sentence = (i: RegionIssue) => string;

/** One sentence per code in each language; the compiler refuses a code without both. */
const BODIES: Record<RegionIssueCode, Record<Lang, Sentence>> = {
  'not-geojson': {
    en: () => 'This is not a GeoJSON or TopoJSON file of areas: no FeatureCollection, Feature, geometry or Topology was found.',
    zh: () => '这不是面状的 GeoJSON 或 TopoJSON 文件：未找到 FeatureCollection、Feature、几何对象或 Topology。',
  },
  'no-regions': { en: () => 'The file holds no feature with a geometry.', zh: () => '文件中没有带几何形状的要素。' },
  'not-polygons': {
    en: (i) =>
      i.detail === 'points' || i.detail === 'lines'
        ? `The shapefile holds ${i.actual} ${i.detail} but no areas: regions need polygons.`
        : `The file holds ${i.actual} points or lines but no areas: regions need polygons.`,
    zh: (i) =>
      i.detail === 'points' || i.detail === 'lines'
        ? `该 shapefile 中有 ${i.actual} 个${i.detail === 'points' ? '点' : '线'}要素，但没有面：区域需要多边形。`
        : `文件中有 ${i.actual} 个点或线要素，但没有面：区域需要多边形。`,
  },
  'too-many-regions': {
    en: (i) => `The file holds ${i.actual} areas; at most ${i.expected} can be used. Split it, for example by province.`,
    zh: (i) => `文件中有 ${i.actual} 个面，最多可用 ${i.expected} 个。请拆分文件，例如按省拆分。`,
  },
  projected: {
    en: (i) =>
      `These look projected, not longitude/latitude: “${quote(i.raw)}”${i.detail === 'web-mercator' ? ' (perhaps Web Mercator, EPSG:3857)' : ''}. Save the file in WGS 84 (EPSG:4326) and try again.`,
    zh: (i) => `坐标看起来是投影坐标，而非经纬度：“${quote(i.raw)}”${i.detail === 'web-mercator' ? '（可能是 Web 墨卡托，EPSG:3857）' : ''}。请将文件另存为 WGS 84（EPSG:4326）后重试。`,
  },
  'swapped-axes': {
    en: () => 'Every area lies outside China, but would lie inside with latitude and longitude swapped: GeoJSON positions are [longitude, latitude].',
    zh: () => '所有区域都在中国范围之外，但经纬度互换后就在范围之内：GeoJSON 的坐标顺序是 [经度, 纬度]。',
  },
  'not-zip': {
    en: () => 'This .zip cannot be opened: it is not a zip archive, or it is damaged.',
    zh: () => '无法打开此 .zip：它不是 zip 压缩包，或已损坏。',
  },
  'no-shp': {
    en: (i) => `The zip holds no shapefile (.shp)${i.raw ? `; it holds: ${quote(i.raw)}` : ''}.`,
    zh: (i) => `压缩包中没有 shapefile（.shp）${i.raw ? `；其中有：${quote(i.raw)}` : ''}。`,
  },
  'no-dbf': {
    en: (i) => `The shapefile “${quote(i.raw)}” has no .dbf beside it, and the codes and names of its regions live there. Zip the .shp, .shx, .dbf, .prj and .cpg together.`,
    zh: (i) => `shapefile“${quote(i.raw)}”缺少同名的 .dbf，而区域的代码和名称都在其中。请把 .shp、.shx、.dbf、.prj 和 .cpg 一起压缩。`,
  },
  'shp-unreadable': {
    en: (i) => `The shapefile “${quote(i.raw)}” cannot be read: its .shp is damaged or of an unknown shape type.`,
    zh: (i) => `无法读取 shapefile“${quote(i.raw)}”：其 .shp 已损坏，或几何类型无法识别。`,
  },
  'prj-unreadable': {
    en: (i) =>
      i.severity === 'error'
        ? `The coordinate system in the .prj (“${quote(i.raw)}”) cannot be read, and the coordinates are not longitude/latitude. Save the file in WGS 84 (EPSG:4326) or CGCS2000 and try again.`
        : `The coordinate system in the .prj (“${quote(i.raw)}”) cannot be read; the coordinates look like longitude/latitude and are read as such.`,
    zh: (i) =>
      i.severity === 'error'
        ? `无法识别 .prj 中的坐标系（“${quote(i.raw)}”），且坐标不是经纬度。请另存为 WGS 84（EPSG:4326）或 CGCS2000 后重试。`
        : `无法识别 .prj 中的坐标系（“${quote(i.raw)}”）；坐标看起来是经纬度，已按经纬度读取。`,
  },
  reprojected: {
    en: (i) => `The coordinates were projected (${quote(i.raw)}) and have been converted to longitude/latitude (WGS 84).`,
    zh: (i) => `坐标为投影坐标（${quote(i.raw)}），已转换为经纬度（WGS 84）。`,
  },
  'encoding-guessed': {
    en: (i) => `No .cpg says how the names are encoded; they were read as ${i.detail === 'gbk' ? 'GBK' : 'UTF-8'}. Check that they look right.`,
    zh: (i) => `没有 .cpg 文件说明名称的编码；已按 ${i.detail === 'gbk' ? 'GBK' : 'UTF-8'} 读取。请检查名称是否正确。`,
  },
  'cpg-unknown': {
    en: (i) => `The .cpg names an encoding that is not known (“${quote(i.raw)}”); the encoding was guessed from the names.`,
    zh: (i) => `.cpg 中的编码无法识别（“${quote(i.raw)}”）；已根据名称推测编码。`,
  },
  'several-layers': {
    en: (i) => `The zip holds ${i.actual} shapefiles; “${quote(i.raw)}” is used.`,
    zh: (i) => `压缩包中有 ${i.actual} 个 shapefile；使用“${quote(i.raw)}”。`,
  },
  'topojson-object': {
    en: (i) => `The TopoJSON holds several objects; “${quote(i.raw)}”, with ${i.actual} areas, is used.`,
    zh: (i) => `该 TopoJSON 含多个对象；使用面数最多的“${quote(i.raw)}”（${i.actual} 个面）。`,
  },
  'no-code-field': {
    en: () => 'No property holds division codes (6, 9 or 12 digits): the regions can be joined by name only, and their provinces are not known.',
    zh: () => '没有属性包含区划代码（6、9或12位）：区域只能按名称匹配，所属省份未知。',
  },
  'no-name-field': { en: () => 'No property holds names: the regions are known by code only.', zh: () => '没有属性包含名称：区域只能按代码识别。' },
  'null-geometry': { en: () => 'it has no geometry and is left out.', zh: () => '没有几何形状，未采用。' },
  'not-polygon': {
    en: (i) => `it is a ${i.detail ?? 'geometry'}, not an area, and is left out.`,
    zh: (i) => `它是 ${i.detail ?? '几何对象'}，不是面，未采用。`,
  },
  'empty-geometry': { en: () => 'its polygon has no rings or positions and is left out.', zh: () => '其多边形没有环或坐标，未采用。' },
  'bad-coordinate': {
    en: (i) => `the position “${quote(i.raw)}” is not two numbers; the region is left out.`,
    zh: (i) => `坐标“${quote(i.raw)}”不是两个数字；该区域未采用。`,
  },
  'too-few-positions': {
    en: (i) => `a ring has ${i.actual} positions, fewer than the 4 a closed ring needs; the region is left out.`,
    zh: (i) => `有一个环只有 ${i.actual} 个坐标，闭合环至少需要 4 个；该区域未采用。`,
  },
  'unclosed-ring': {
    en: (i) => `a ring does not end where it starts (${quote(i.raw)}); the region is left out.`,
    zh: (i) => `有一个环的终点与起点不同（${quote(i.raw)}）；该区域未采用。`,
  },
  'self-intersection': {
    en: (i) => `its boundary crosses itself ${i.actual === 1 ? 'once' : `${i.actual} times`} (first at ${quote(i.raw)}); the region is left out. Repair it in your GIS program.`,
    zh: (i) => `其边界自相交 ${i.actual} 处（第一处在 ${quote(i.raw)}）；该区域未采用。请在 GIS 软件中修复。`,
  },
  'outside-china': { en: () => 'it lies outside China and is kept apart.', zh: () => '位于中国范围之外，已单独列出。' },
  'duplicate-code': {
    en: (i) => `features ${(i.features ?? []).join(', ')} share this code; their parts are merged into one region.`,
    zh: (i) => `要素 ${(i.features ?? []).join('、')} 代码相同；其各部分已合并为一个区域。`,
  },
  'unknown-province': {
    en: (i) => `the code “${quote(i.raw)}” starts with no province’s two digits; its province is not known.`,
    zh: (i) => `代码“${quote(i.raw)}”的前两位不对应任何省份；所属省份未知。`,
  },
  'missing-code': { en: () => 'it has no code; it can be joined by name only.', zh: () => '没有代码；只能按名称匹配。' },
};

/** "Feature 3 (瑶海区, 340102)" / "第3个要素（瑶海区，340102）": the feature as the user knows it. */
function where(i: RegionIssue, lang: Lang): string {
  const label = [i.name, i.regionCode].filter((s): s is string => !!s).map(quote);
  if (lang === 'zh') return `第${i.feature}个要素${label.length ? `（${label.join('，')}）` : ''}`;
  return `Feature ${i.feature}${label.length ? ` (${label.join(', ')})` : ''}`;
}

/**
 * One clear sentence per region-file issue, naming the feature when there is one. Plain text:
 * render it as text, never as HTML (names and `raw` come from the user's file).
 */
export function regionIssueText(issue: RegionIssue, lang: Lang): string {
  const body = BODIES[issue.code][lang](issue);
  if (issue.feature === null) return body;
  return lang === 'zh' ? `${where(issue, lang)}：${body}` : `${where(issue, lang)}: ${body}`;
}
