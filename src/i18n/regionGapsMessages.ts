/**
 * Strings of the Gaps tab on a planner's region set (#15): the scope of the ranking, the empty
 * ranking's explanation, its CSV and the planned facilities placed in regions. English and Chinese.
 */
export const REGION_GAPS_MESSAGES = {
  scope: { en: 'Rank', zh: '排名范围' },
  scopeSet: { en: (n: string) => `All regions of the set (${n})`, zh: (n: string) => `本区域集全部区域（${n} 个）` },
  scopeProvince: { en: (province: string, n: string) => `${province} (${n})`, zh: (province: string, n: string) => `${province}（${n} 个）` },
  /** The province selected on the map holds none of the set's regions. */
  emptyProvince: {
    en: (province: string) => `None of this set's regions lie in ${province}, the province selected, so there is nothing to rank.`,
    zh: (province: string) => `本区域集没有位于所选省份${province}的区域，因此没有可排名的区域。`,
  },
  rankSet: { en: 'Rank across the whole set', zh: '在整个区域集中排名' },
  orProvince: { en: 'or choose a province of the set:', zh: '或选择区域集中的省份：' },
} as const;
