/**
 * The header indicator picker while a region set is shown (#15): kept apart from
 * regionJoinMessages (loaded with the import) because the header is in the first view.
 */
export const REGION_PICKER_MESSAGES = {
  empty: { en: 'No indicator for these regions yet', zh: '这些区域尚无指标' },
  title: {
    en: 'Indicators of the regions shown: the county census (when the regions carry county codes) and tables joined to them. Province indicators without figures by region are not listed: choose Provinces to see them.',
    zh: '当前区域的指标：县级人口普查（区域带县级代码时）及连接到这些区域的表格。没有区域数值的省级指标不在此列：选择“省级单位”可查看。',
  },
} as const;
