/**
 * Strings of the Gaps tab's controls on a planner's region set (#15): the ranking's scope, the way
 * out of an empty ranking, the export button and the planned-facility form in regions. They load
 * with the Gaps tab; the ranking's sentences and its CSV's lines are in regionGapsTextMessages,
 * which load with the region ranking. English and Chinese.
 */
export const REGION_GAPS_MESSAGES = {
  scope: { en: 'Rank', zh: '排名范围' },
  rankSet: { en: 'Rank across the whole set', zh: '在整个区域集中排名' },
  orProvince: { en: 'or choose a province of the set:', zh: '或选择区域集中的省份：' },
  exportRanking: { en: 'Export region ranking (CSV)', zh: '导出区域排名（CSV）' },
  /** The planned-facility form while a region set is shown. */
  region: { en: 'Region', zh: '区域' },
  placeFailed: { en: 'No point of this region could be placed: choose another region.', zh: '无法在该区域内定位：请选择其他区域。' },
  demandNone: { en: 'No count in this set', zh: '本区域集无计数指标' },
} as const;
