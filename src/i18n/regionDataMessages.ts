/**
 * Strings for facilities and gaps on a planner's own region set (#15): the Gaps tab's ranking of
 * regions, and the join of a table to regions. English and Chinese for each.
 */
export const REGION_DATA_MESSAGES = {
  gapsTitle: { en: 'Gaps by region', zh: '各区域缺口' },
  scopeProvince: { en: (province: string, n: string) => `Regions of ${province} (${n}), ranked among themselves.`, zh: (province: string, n: string) => `${province}的区域（${n} 个），在本省内排名。` },
  scopeSet: { en: (n: string) => `All ${n} regions of the set, ranked together.`, zh: (n: string) => `本区域集的全部 ${n} 个区域一同排名。` },
  demand: {
    en: (indicator: string, year: string) => `Demand: ${indicator}, ${year}.`,
    zh: (indicator: string, year: string) => `需求：${indicator}，${year}年。`,
  },
  noDemand: {
    en: 'This region set has no count of children for the chosen demand: the regions are listed unscored. Join a table of children by region, or use a set with county codes (county census).',
    zh: '该区域集没有所选需求的儿童数：各区域未评分。请按区域导入儿童数表格，或使用带县级代码的区域集（县级人口普查）。',
  },
  outside: { en: (n: string) => `${n} facilities lie outside every region of the set and are counted nowhere.`, zh: (n: string) => `${n} 个设施不在本区域集的任何区域内，未计入。` },
  cols: {
    rank: { en: 'Rank', zh: '排名' },
    region: { en: 'Region', zh: '区域' },
    score: { en: 'Gap score', zh: '缺口得分' },
    demand: { en: 'Children', zh: '儿童数' },
    facilities: { en: 'Facilities', zh: '设施数' },
    supplyFacilities: { en: 'Facilities per 10,000 children', zh: '每万名儿童设施数' },
    supplyCapacity: { en: 'Places per 10,000 children', zh: '每万名儿童容量' },
    share: { en: 'Area within radius', zh: '服务半径覆盖面积' },
  },
  noData: { en: 'No data', zh: '无数据' },
  unnamed: { en: (feature: string) => `Region ${feature}`, zh: (feature: string) => `区域 ${feature}` },
} as const;
