/**
 * The header's search while a region set is shown (#15): it finds the set's regions first. Apart
 * from the region import's table (regionImportMessages, which spreads it in as `search`) because
 * the header is in the first view and the import is not (#18).
 */
export const REGION_SEARCH_MESSAGES = {
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
} as const;
