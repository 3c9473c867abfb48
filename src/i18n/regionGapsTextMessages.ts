/**
 * The sentences of the region ranking (#15), and its CSV's `#` lines: they load with the region
 * ranking's code, not with the first view (the controls' strings are in regionGapsMessages).
 * English and Chinese.
 */
export const REGION_GAPS_TEXT = {
  scopeSet: { en: (n: string) => `All regions of the set (${n})`, zh: (n: string) => `本区域集全部区域（${n} 个）` },
  scopeProvince: { en: (province: string, n: string) => `${province} (${n})`, zh: (province: string, n: string) => `${province}（${n} 个）` },
  /** The province selected on the map holds none of the set's regions. */
  emptyProvince: {
    en: (province: string) => `None of this set's regions lie in ${province}, the province selected, so there is nothing to rank.`,
    zh: (province: string) => `本区域集没有位于所选省份${province}的区域，因此没有可排名的区域。`,
  },
  /** The demand line for an imported table without a year column. */
  demandUndated: { en: (indicator: string) => `Demand: ${indicator} (no year given).`, zh: (indicator: string) => `需求：${indicator}（未注明年份）。` },
  /** The planned facilities on the region ranking. */
  plannedLine: {
    en: (n: string, regions: string) => `With ${n} planned facilities (not real) in ${regions} of these regions: the “With planned” column ranks them beside the facilities loaded. They add to counts and places, not to the area within the radius.`,
    zh: (n: string, regions: string) => `含 ${n} 个规划设施（并非真实设施），位于其中 ${regions} 个区域：“含规划”一列将其与已加载设施并列排名。规划设施计入数量和名额，不计入服务半径覆盖面积。`,
  },
  plannedElsewhere: {
    en: (n: string) => `${n} planned facilities of the link lie in none of these regions (made for a province, or placed outside the set) and are not counted here.`,
    zh: (n: string) => `链接中有 ${n} 个规划设施不在这些区域内（为省份添加，或位于区域集之外），此处未计入。`,
  },
  /** The region ranking's CSV `#` lines that differ from the province ranking's (gapsMessages RANKING_CSV). */
  csv: {
    title: { en: 'Liushou Atlas: coverage gap ranking of regions', zh: '留守地图：区域覆盖缺口排名' },
    boundaries: { en: 'boundaries', zh: '边界' },
    undated: { en: 'no year given', zh: '未注明年份' },
    boundariesText: {
      en: (file: string, id: string, at: string, n: number) => `file ${file} (region set ${id}, imported ${at}, ${n} regions); the user's own boundaries`,
      zh: (file: string, id: string, at: string, n: number) => `文件 ${file}（区域集 ${id}，导入于 ${at}，${n} 个区域）；用户自己的边界`,
    },
    scope: { en: 'regions ranked', zh: '参与排名的区域' },
    scopeSet: { en: (n: number) => `all regions of the set, ranked together (${n})`, zh: (n: number) => `本区域集全部区域一同排名（${n} 个）` },
    scopeProvince: {
      en: (province: string, n: number) => `the regions of ${province}, ranked among themselves (${n})`,
      zh: (province: string, n: number) => `${province}的区域，在本省内排名（${n} 个）`,
    },
    outside: { en: 'not counted (outside every region of the set)', zh: '未计入（不在本区域集的任何区域内）' },
    plannedEntry: {
      en: (region: string, type: string, n: number, cap: number | null) => `${region} ${type} x${n}${cap === null ? '' : ` (${cap} places each)`}`,
      zh: (region: string, type: string, n: number, cap: number | null) => `${region}：${type} ${n} 个${cap === null ? '' : `（每个 ${cap} 个名额）`}`,
    },
    plannedElsewhere: {
      en: (n: number) => `${n} planned facilities of the link are not in a region of this set (no place given, or outside it) and are not counted here`,
      zh: (n: number) => `链接中有 ${n} 个规划设施不在本区域集的区域内（未给出位置或位于区域之外），此处未计入`,
    },
    supplyText: {
      en: (used: 'facilities' | 'capacity') => `${used === 'capacity' ? 'sum of stated capacity' : 'facilities counted'} (point in polygon) / demand x 10,000; 0 for a ranked region with no facility`,
      zh: (used: 'facilities' | 'capacity') => `${used === 'capacity' ? '所述容量之和' : '计入的设施数'}（按点落在区域内）÷ 需求 × 10000；参与排名但没有设施的区域为 0`,
    },
    percentileText: {
      en: 'among the ranked regions: (rank - 1) / (n - 1), rank 1 = smallest, tied values share the average rank; a single ranked region is 0.5',
      zh: '在参与排名的区域中：(名次 − 1) ÷ (区域数 − 1)，名次 1 为最小，并列取平均名次；只有一个区域参与排名时为 0.5',
    },
    rankedText: {
      en: 'regions with demand above 0; the others follow without a score (no data, never 0)',
      zh: '需求大于 0 的区域；其余区域列在其后，没有得分（无数据，不是 0）',
    },
    orderText: {
      en: 'as shown: score high to low; equal scores by higher demand, then region code; rank 1 = largest gap',
      zh: '与屏幕一致：得分从高到低；得分相同时需求大者在前，再按区域代码；排名 1 = 缺口最大',
    },
    areaShare: { en: 'area share', zh: '面积比例' },
    areaShareText: {
      en: 'area_share_within_radius: share of the region within the radius of a counted facility (any facility, also outside the set), from a sample grid',
      zh: 'area_share_within_radius：区域内距计入设施（任何设施，包括区域集之外的）在服务半径以内的面积比例，按抽样网格估算',
    },
  },
} as const;
