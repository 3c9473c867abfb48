/**
 * Strings for showing a planner's own region set (#15): the census indicators a county set gets,
 * the legend, table, tooltip and details of regions. Spread into the catalogue as `MESSAGES.regionView`.
 */
export const REGION_VIEW_MESSAGES = {
  /** Census indicators on a region set with county codes (values from the 2010 and 2020 county census). */
  indicators: {
    children: {
      label: { en: 'Children aged 0–14 (county census)', zh: '0–14岁儿童（县级人口普查）' },
      definition: {
        en: 'Resident population aged 0–14 of each county-level unit whose code the region carries, from the census yearbooks by county.',
        zh: '按区域所带县级代码取自分县人口普查资料的0–14岁常住人口。',
      },
    },
    pop: {
      label: { en: 'Resident population (county census)', zh: '常住人口（县级人口普查）' },
      definition: {
        en: 'People living in the county-level unit at the census, from the census yearbooks by county.',
        zh: '普查时点居住在该县级单位的人口，取自分县人口普查资料。',
      },
    },
    netsend: {
      label: { en: 'Net sender: hukou-registered minus resident population (county, 2010)', zh: '人口净流出：户籍人口减常住人口（县级，2010年）' },
      definition: {
        en: 'Hukou-registered minus resident population, 2010 county census (our arithmetic). Above zero: more people registered in the county than living there, a labour-exporting county.',
        zh: '2010年分县人口普查中户籍人口减常住人口（由本图计算）。大于零表示户籍在本县的人多于常住人口，即劳务输出县。',
      },
    },
    netsendper1k: {
      label: { en: 'Net sender per 1,000 residents (county, 2010)', zh: '每千名常住人口的人口净流出（县级，2010年）' },
      definition: {
        en: 'Hukou-registered minus resident population ÷ resident population × 1,000, 2010 county census (our arithmetic).',
        zh: '户籍人口减常住人口 ÷ 常住人口 × 1000，2010年分县人口普查（由本图计算）。',
      },
    },
  },
  personsUnit: { en: 'persons', zh: '人' },
  per1000Unit: { en: 'per 1,000 residents', zh: '每千名常住人口' },
} as const;
