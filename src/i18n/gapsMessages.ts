import type { Bilingual, Lang } from './lang';

/** Text of the Gaps tab's ranking, summary line, supply choice, scenario and exports (#13). */
export const GAPS_MESSAGES = {
  ranked: { en: 'Ranked on', zh: '排名依据' },
  demand: { en: 'demand', zh: '需求' },
  supply: { en: 'supply', zh: '供给' },
  types: { en: 'types', zh: '类型' },
  radius: { en: 'radius', zh: '半径' },
  radiusNote: { en: 'area share only', zh: '仅用于面积比例' },
  sets: { en: 'facility sets', zh: '设施数据集' },
  noSets: { en: 'none', zh: '无' },
  planned: { en: 'planned', zh: '规划' },
  demandYear: { en: 'Demand year', zh: '需求年份' },
  supplyMeasure: { en: 'Supply measure', zh: '供给指标' },
  /** The supply choices, worded as the line above the ranking and the CSV name them. */
  supplyOption: {
    facilities: { en: 'Facilities per 10,000 children', zh: '每万名儿童设施数' },
    capacity: { en: 'Capacity per 10,000 children (places stated)', zh: '每万名儿童设施容量（所述名额）' },
  } satisfies Record<string, Bilingual>,
  capacityUnavailable: {
    'no-facilities': {
      en: 'Capacity needs at least one facility counted.',
      zh: '按容量比较至少需要计入一个设施。',
    },
    'some-missing': {
      en: 'Capacity is offered only when every counted facility states one; some do not, so facilities are counted.',
      zh: '仅当计入的每个设施都注明容量时才能按容量比较；部分设施未注明，因此按设施数计算。',
    },
  } satisfies Record<string, Bilingual>,
  noneCounted: {
    en: 'No facility of the ticked types is counted: supply is 0 everywhere, so the score reflects demand alone.',
    zh: '所选类型没有计入任何设施：各省供给均为 0，得分只反映需求。',
  },
  /** Percentile words for demand: the share of the other ranked provinces with fewer children. */
  demandMost: { en: 'the most children', zh: '儿童数最多' },
  demandFewest: { en: 'the fewest children', zh: '儿童数最少' },
  demandMore: {
    en: (pct: string) => `more children than ${pct} of provinces`,
    zh: (pct: string) => `儿童数多于 ${pct} 的省份`,
  },
  supplyFacilitiesMost: { en: 'the most facilities per child', zh: '每名儿童设施数最多' },
  supplyFacilitiesFewest: { en: 'the fewest facilities per child', zh: '每名儿童设施数最少' },
  supplyFacilitiesFewer: {
    en: (pct: string) => `fewer facilities per child than ${pct}`,
    zh: (pct: string) => `每名儿童设施数少于 ${pct} 的省份`,
  },
  supplyCapacityMost: { en: 'the most places per child', zh: '每名儿童名额最多' },
  supplyCapacityFewest: { en: 'the fewest places per child', zh: '每名儿童名额最少' },
  supplyCapacityFewer: {
    en: (pct: string) => `fewer places per child than ${pct}`,
    zh: (pct: string) => `每名儿童名额少于 ${pct} 的省份`,
  },
  children: { en: (n: string) => `${n} children`, zh: (n: string) => `${n} 名儿童` },
  areaWithin: { en: (pct: string, km: string) => `${pct} of area ≤ ${km} km`, zh: (pct: string, km: string) => `${km} 公里内面积 ${pct}` },
  picture: {
    rank: { en: 'Rank', zh: '排名' },
    province: { en: 'Province', zh: '省份' },
    score: { en: 'Score', zh: '得分' },
    children: { en: 'Children', zh: '儿童' },
    supplyFacilities: { en: 'Fac. / 10k', zh: '设施/万名' },
    supplyCapacity: { en: 'Places / 10k', zh: '名额/万名' },
    percentiles: { en: 'Pctl d/s', zh: '百分位 需/供' },
  },
  cols: {
    provinceDemand: { en: 'Province, children', zh: '省份、儿童数' },
    supplyFacilities: { en: 'Facilities per 10,000 children', zh: '每万名儿童设施数' },
    supplyCapacity: { en: 'Places per 10,000 children', zh: '每万名儿童名额' },
    after: { en: 'With planned', zh: '含规划' },
  },
  scenario: {
    title: { en: 'What if: planned facilities', zh: '假设：规划设施' },
    intro: {
      en: 'Add facilities you are planning. They are ranked beside the facilities loaded, labelled planned, carried in the link, and never added to a facility set or its export.',
      zh: '添加您正在规划的设施。它们与已加载的设施并列排名，标注为“规划”，随链接保存，不会加入任何设施数据集或其导出文件。',
    },
    province: { en: 'Province', zh: '省份' },
    type: { en: 'Type', zh: '类型' },
    count: { en: 'How many', zh: '数量' },
    capacity: { en: 'Places each (optional)', zh: '每个名额（可选）' },
    add: { en: 'Add planned', zh: '添加规划' },
    remove: { en: 'Remove', zh: '删除' },
    clear: { en: 'Clear all planned', zh: '清除全部规划' },
    entry: {
      en: (n: string, type: string, where: string, cap: string) => `${n} × ${type} in ${where}${cap ? `, ${cap} places each` : ''}`,
      zh: (n: string, type: string, where: string, cap: string) => `${where}：${type} ${n} 个${cap ? `，每个 ${cap} 个名额` : ''}`,
    },
    badCount: { en: 'How many: a whole number from 1 to 10,000.', zh: '数量：1 至 10000 的整数。' },
    badCapacity: { en: 'Places: a whole number from 0 to 100,000, or empty.', zh: '名额：0 至 100000 的整数，或留空。' },
    tooMany: { en: 'At most 30 planned entries.', zh: '最多 30 条规划。' },
    rankChange: { en: (before: string, after: string) => `rank ${before} → ${after}`, zh: (before: string, after: string) => `排名 ${before} → ${after}` },
  },
  rule: {
    en: 'Score = demand percentile − supply percentile, each among the provinces ranked (0 = lowest, 1 = highest; ties share the average). Supply is the measure chosen above, per 10,000 children. A province with many children and little supply scores near +1.',
    zh: '得分 = 需求百分位 − 供给百分位（均在参与排名的省份中计算，0 为最低，1 为最高；并列取平均）。供给为上方所选指标（每万名儿童）。儿童多、供给少的省份得分接近 +1。',
  },
  exportRanking: { en: 'Export the ranking (CSV)', zh: '导出排名（CSV）' },
  exportFacilities: { en: 'Export the facility list (CSV)', zh: '导出设施清单（CSV）' },
} as const;

/** Facility types as the ranking CSV names them: the link's codes in English, names in Chinese. */
export const FACILITY_TYPE_TEXT = {
  home: { en: 'home', zh: '儿童之家' },
  centre: { en: 'centre', zh: '活动中心' },
  school: { en: 'school', zh: '寄宿制学校' },
  other: { en: 'other', zh: '其他设施' },
} as const satisfies Record<string, Bilingual>;

type ByLang<F> = Record<Lang, F>;

/**
 * The ranking CSV's `#` lines (#13), in the interface language. Column names and the formula's
 * variables are the columns' names, the same in both languages, so a script reads either file.
 */
export const RANKING_CSV = {
  title: { en: 'Liushou Atlas: coverage gap ranking', zh: '留守地图：覆盖缺口排名' },
  exported: { en: 'exported', zh: '导出时间' },
  demand: { en: 'demand', zh: '需求' },
  indicator: { en: (id: string) => `indicator ${id}`, zh: (id: string) => `指标 ${id}` } as ByLang<(id: string) => string>,
  year: { en: (y: number) => `year ${y}`, zh: (y: number) => `${y}年` } as ByLang<(y: number) => string>,
  demandSources: { en: 'demand sources', zh: '需求数据来源' },
  supplyMeasure: { en: 'supply measure', zh: '供给指标' },
  asChosen: { en: 'as chosen', zh: '按所选' },
  capacityFellBack: {
    en: 'capacity was chosen, but not every counted facility states one: facilities used',
    zh: '选择了按容量，但并非每个计入的设施都注明容量：改按设施数',
  },
  types: { en: 'facility types counted', zh: '计入的设施类型' },
  none: { en: 'none', zh: '无' },
  radius: { en: 'service radius km', zh: '服务半径（公里）' },
  radiusNote: { en: 'used for the area share only; it does not enter the score', zh: '仅用于面积比例，不影响得分' },
  set: { en: 'facility set', zh: '设施数据集' },
  demoName: { en: 'Synthetic demonstration facilities', zh: '合成演示设施' },
  demoSource: { en: 'Synthetic demonstration data (Liushou Atlas generator)', zh: '合成演示数据（留守地图生成器）' },
  synthetic: { en: 'SYNTHETIC demonstration data, not real places', zh: '合成演示数据，并非真实地点' },
  generated: { en: 'generated on request (seeded, the same every time)', zh: '按需生成（固定种子，每次相同）' },
  file: { en: (name: string) => `file ${name}`, zh: (name: string) => `文件 ${name}` } as ByLang<(name: string) => string>,
  imported: { en: (at: string) => `imported ${at}`, zh: (at: string) => `导入于 ${at}` } as ByLang<(at: string) => string>,
  facilities: { en: (n: number) => `${n} facilities`, zh: (n: number) => `${n} 个设施` } as ByLang<(n: number) => string>,
  sources: {
    en: (list: readonly string[]) => `sources: ${list.join(' | ')}`,
    zh: (list: readonly string[]) => `来源：${list.join(' | ')}`,
  } as ByLang<(list: readonly string[]) => string>,
  outside: { en: 'not counted (outside every province)', zh: '未计入（不在任何省份内）' },
  planned: { en: 'planned (what if)', zh: '规划（假设）' },
  plannedEntry: {
    en: (unit: string, type: string, n: number, cap: number | null) => `${unit} ${type} x${n}${cap === null ? '' : ` (${cap} places each)`}`,
    zh: (unit: string, type: string, n: number, cap: number | null) => `${unit}：${type} ${n} 个${cap === null ? '' : `（每个 ${cap} 个名额）`}`,
  } as ByLang<(unit: string, type: string, n: number, cap: number | null) => string>,
  plannedNote: {
    en: 'PLANNED, not real facilities; in the *_with_planned columns only',
    zh: '规划，并非真实设施；只计入列名以 _with_planned 结尾的各列',
  },
  formula: { en: 'formula', zh: '公式' },
  formulaText: {
    en: 'score = demand_percentile - supply_percentile (-1 to +1; high = many children, little supply)',
    zh: 'score = demand_percentile - supply_percentile（得分 = 需求百分位 − 供给百分位，−1 至 +1；高 = 儿童多、供给少）',
  },
  supply: { en: 'supply', zh: '供给' },
  supplyText: {
    en: (used: 'facilities' | 'capacity') =>
      `${used === 'capacity' ? 'sum of stated capacity' : 'facilities counted'} / demand x 10,000; 0 for a ranked province with no facility`,
    zh: (used: 'facilities' | 'capacity') =>
      `${used === 'capacity' ? '所述容量之和' : '计入的设施数'} ÷ 需求 × 10000；参与排名但没有设施的省份为 0`,
  } as ByLang<(used: 'facilities' | 'capacity') => string>,
  percentile: { en: 'percentile', zh: '百分位' },
  percentileText: {
    en: 'among the ranked provinces: (rank - 1) / (n - 1), rank 1 = smallest, tied values share the average rank; a single ranked province is 0.5',
    zh: '在参与排名的省份中：(名次 − 1) ÷ (省份数 − 1)，名次 1 为最小，并列取平均名次；只有一个省份参与排名时为 0.5',
  },
  ranked: { en: 'ranked', zh: '参与排名' },
  rankedText: {
    en: 'provinces with demand above 0; the others follow without a score (no data, never 0)',
    zh: '需求大于 0 的省份；其余省份列在其后，没有得分（无数据，不是 0）',
  },
  order: { en: 'order', zh: '排序' },
  orderText: {
    en: 'score high to low; equal scores by higher demand, then GB/T 2260 code; rank 1 = largest gap',
    zh: '得分从高到低；得分相同时需求大者在前，再按 GB/T 2260 代码；排名 1 = 缺口最大',
  },
  precision: { en: 'precision', zh: '精度' },
  precisionText: {
    en: (supply: string, pct: string, score: string) => `supply ${supply}; percentiles ${pct}; score ${score}`,
    zh: (supply: string, pct: string, score: string) => `供给 ${supply}；百分位 ${pct}；得分 ${score}`,
  } as ByLang<(supply: string, pct: string, score: string) => string>,
  link: { en: 'link', zh: '链接' },
} as const;
