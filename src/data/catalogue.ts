import type { Indicator } from './indicator';

/**
 * The embedded indicators. The first is the default view: the 2010 census "hukou-registered minus
 * resident population", the complete official-data proxy for the article's labour-exporting
 * provinces (above zero = more people registered than living there = a net sender).
 */
export const CATALOGUE: readonly Indicator[] = [
  {
    id: 'netsend',
    label: {
      en: 'Net sender of migrants: hukou-registered minus resident population',
      zh: '人口净流出：户籍人口减常住人口',
    },
    unit: { en: 'persons', zh: '人' },
    definition: {
      en: 'People whose hukou (household registration) is in the province minus people living there, 2010 census. Above zero: more people registered than resident, a labour-exporting province.',
      zh: '2010年人口普查中户籍人口减去常住人口。大于零表示户籍人口多于常住人口，即劳务输出省份。',
    },
    family: 'census',
    kind: 'balance',
    value: { type: 'series', series: 'hukou_minus_resident_population_derived' },
    years: [2010],
    derived: true,
    defaults: { method: 'quantile', classes: 6, palette: 'PuOr', midpoint: 0 },
  },
  {
    id: 'children',
    label: { en: 'Children aged 0–14', zh: '0–14岁儿童人口' },
    unit: { en: 'persons', zh: '人' },
    definition: {
      en: 'Resident population aged 0–14, from the census yearbook (sum of single-year and five-year age groups).',
      zh: '人口普查年鉴中0–14岁常住人口（各年龄组之和）。',
    },
    family: 'census',
    kind: 'count',
    value: { type: 'series', series: 'population_age_0_14' },
    years: [2010, 2020],
    derived: false,
    defaults: { method: 'quantile', classes: 5, palette: 'Oranges' },
  },
  {
    id: 'childshare',
    label: { en: 'Share of residents aged 0–14', zh: '0–14岁人口占比' },
    unit: { en: '%', zh: '%' },
    definition: {
      en: 'Residents aged 0–14 as a percentage of all residents, census.',
      zh: '0–14岁常住人口占全部常住人口的百分比（人口普查）。',
    },
    family: 'census',
    kind: 'share',
    value: { type: 'series', series: 'share_age_0_14' },
    years: [2010, 2020],
    derived: false,
    defaults: { method: 'quantile', classes: 5, palette: 'YlGnBu' },
  },
  {
    id: 'mca2018rank',
    label: {
      en: 'Rank by rural left-behind children, MCA 2018 (top 7 named)',
      zh: '农村留守儿童数排名（民政部2018，前7名）',
    },
    unit: { en: 'rank (1 = most)', zh: '名次（1为最多）' },
    definition: {
      en: 'Ministry of Civil Affairs, end of August 2018: rural-hukou children under 16 whose parents are both away (or one away and the other unable to care). Only the seven largest provinces were named; the rest are no data, not zero.',
      zh: '民政部2018年8月底数据：父母双方外出务工或一方外出另一方无监护能力、不满16周岁的农村户籍儿童。仅公布了人数最多的7个省份，其余为无数据而非零。',
    },
    family: 'mca',
    kind: 'rank',
    value: { type: 'series', series: 'mca2018_rank_by_rural_lbc_count' },
    years: [2018],
    derived: false,
    defaults: { method: 'categorical', classes: 7, palette: 'Oranges', descending: true },
  },
];

export const DEFAULT_INDICATOR_ID = 'netsend';
