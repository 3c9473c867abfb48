import type { Bilingual } from '../i18n/lang';
import type { ClassDefaults, Indicator, ValueSpec } from './indicator';
import { SERIES_LABELS } from './seriesLabels';

const PERSONS: Bilingual = { en: 'persons', zh: '人' };
const PERCENT: Bilingual = { en: '%', zh: '%' };
const NAMED: Bilingual = { en: 'named in source', zh: '来源中列出' };

/**
 * An embedded indicator as written below: `derived` defaults to false, `origin` is implied, and an
 * indicator drawn from series is named as its (first) series in SERIES_LABELS, the one place
 * labels are written; only an indicator computed from several series (a rate) has its own label.
 */
type Spec = Omit<Indicator, 'derived' | 'origin' | 'label'> & { derived?: boolean; label?: Bilingual };

const embedded = ({ label, ...s }: Spec): Indicator => ({
  ...s,
  label: label ?? labelOfSeries(s.value),
  derived: s.derived ?? false,
  origin: { type: 'embedded' },
});

function labelOfSeries(value: ValueSpec): Bilingual {
  const first = value.type === 'series' ? (typeof value.series === 'string' ? value.series : value.series[0]) : undefined;
  const label = first === undefined ? undefined : SERIES_LABELS[first];
  if (!label) throw new Error(`catalogue: no label for ${first ?? 'a ratio'}; add one to SERIES_LABELS or give the indicator a label`);
  return label;
}

const CENSUS_NOTE = {
  en: ' Complete for the 31 mainland provinces; Hong Kong, Macao and Taiwan are not in the census tables.',
  zh: '覆盖全部31个省级单位；港澳台不在普查表中。',
};
const census = (d: Bilingual): Bilingual => ({ en: d.en + CENSUS_NOTE.en, zh: d.zh + CENSUS_NOTE.zh });

/**
 * The words of Xinhua's report (source MCA16-XH) that name the provinces with 700,000 or more
 * rural left-behind children, verbatim; a test checks they are in that source's excerpt.
 */
export const MCA_700K_LIST = '江西、四川、贵州、安徽、河南、湖南和湖北等省的农村留守儿童数量都在70万人以上';

/**
 * The 2010 net-sender figures the definitions quote, as text: computed from figures.json
 * (hukou-registered minus resident; resident population 2010) and checked by a test, so the
 * words cannot drift from the data.
 */
const NET = {
  HE: '+56,276',
  NX: '+21,767',
  sum: '+4,565,885',
  HEper1k: '+0.8',
  NXper1k: '+3.5',
  GZper1k: '+197.2',
  BJper1k: '-359.9',
  SHper1k: '-383.8',
};

const FLAG_CLASSES: ClassDefaults = { method: 'categorical', classes: 3, palette: 'Purples' };

/**
 * The embedded indicators, grouped by definition family. The first is the default view: the 2010
 * census "hukou-registered minus resident population", the complete official-data proxy for the
 * article's labour-exporting provinces (above zero = more people registered than living there).
 * Series under different definitions of "left-behind child" are always separate indicators.
 */
export const CATALOGUE: readonly Indicator[] = [
  // Census context (NBS): complete for all 31 mainland provinces.
  embedded({
    id: 'netsend',
    unit: PERSONS,
    definition: census({
      en: `People whose hukou is in the province minus people living there, 2010 census. Above zero: a labour-exporting province; near zero, balanced (Hebei ${NET.HE}, Ningxia ${NET.NX}); the 31 sum to ${NET.sum}.`,
      zh: `2010年人口普查中户籍人口减去常住人口。大于零为劳务输出省份；接近零为基本平衡（河北${NET.HE}、宁夏${NET.NX}）；31个省份合计${NET.sum}，并不为零。`,
    }),
    family: 'census',
    kind: 'balance',
    value: { type: 'series', series: 'hukou_minus_resident_population_derived' },
    years: [2010],
    derived: true,
    defaults: { method: 'quantile', classes: 6, palette: 'PuOr', midpoint: 0 },
  }),
  embedded({
    id: 'netsendper1k',
    label: {
      en: 'Net sender of migrants per 1,000 residents: hukou-registered minus resident population',
      zh: '每千名常住人口的人口净流出：户籍人口减常住人口',
    },
    unit: { en: 'per 1,000 residents', zh: '每千名常住人口' },
    definition: census({
      en: `Hukou-registered minus resident population ÷ resident population × 1,000, both from the 2010 census (our arithmetic). It compares provinces of different sizes: Hebei ${NET.HEper1k} and Ningxia ${NET.NXper1k} per 1,000 are near balance, Guizhou ${NET.GZper1k} sends; Beijing ${NET.BJper1k} and Shanghai ${NET.SHper1k} receive. The 31 provinces' balances sum to ${NET.sum}, not zero.`,
      zh: `户籍人口减常住人口 ÷ 常住人口 × 1000，均为2010年人口普查数据（由本图计算）。可比较不同规模的省份：河北每千人${NET.HEper1k}、宁夏${NET.NXper1k}接近平衡，贵州${NET.GZper1k}为净流出；北京${NET.BJper1k}、上海${NET.SHper1k}为净流入。31个省份合计${NET.sum}，并不为零。`,
    }),
    family: 'census',
    kind: 'balance',
    value: {
      type: 'ratio',
      numerator: { series: 'hukou_minus_resident_population_derived', year: 2010 },
      denominator: { series: 'resident_population', year: 2010 },
      per: 1000,
    },
    years: [2010],
    derived: true,
    defaults: { method: 'quantile', classes: 6, palette: 'PuOr', midpoint: 0 },
  }),
  embedded({
    id: 'children',
    unit: PERSONS,
    definition: census({
      en: 'Resident population aged 0–14, from the census yearbooks (sum of the age groups 0, 1–4, 5–9 and 10–14).',
      zh: '人口普查年鉴中0–14岁常住人口（0岁、1–4岁、5–9岁、10–14岁各组之和）。',
    }),
    family: 'census',
    kind: 'count',
    value: { type: 'series', series: 'population_age_0_14' },
    years: [2010, 2020],
    defaults: { method: 'quantile', classes: 5, palette: 'Oranges' },
  }),
  embedded({
    id: 'childshare',
    unit: PERCENT,
    definition: census({
      en: 'Residents aged 0–14 as a percentage of all residents.',
      zh: '0–14岁常住人口占全部常住人口的百分比。',
    }),
    family: 'census',
    kind: 'share',
    value: { type: 'series', series: 'share_age_0_14' },
    years: [2010, 2020],
    defaults: { method: 'quantile', classes: 5, palette: 'YlGnBu' },
  }),
  embedded({
    id: 'pop',
    unit: PERSONS,
    definition: census({ en: 'People living in the province at the census.', zh: '普查时点居住在本省的人口。' }),
    family: 'census',
    kind: 'count',
    value: { type: 'series', series: 'resident_population' },
    years: [2010, 2020],
    defaults: { method: 'quantile', classes: 5, palette: 'Blues' },
  }),
  embedded({
    id: 'urban',
    unit: PERCENT,
    definition: census({
      en: 'Urban residents as a percentage of all residents (our arithmetic on the census counts).',
      zh: '城镇常住人口占全部常住人口的百分比（由普查数计算）。',
    }),
    family: 'census',
    kind: 'share',
    value: { type: 'series', series: 'urban_share_derived' },
    years: [2010, 2020],
    derived: true,
    defaults: { method: 'quantile', classes: 5, palette: 'Greens' },
  }),
  embedded({
    id: 'inmig',
    unit: PERSONS,
    definition: census({
      en: 'Residents registered (hukou) in another province: the receiving side of labour migration. The 2010 figure comes from a different yearbook column (in-migrants from other provinces) than 2020; compare the two years with care.',
      zh: '户口登记地在外省的常住人口，即劳动力流入的一端。2010年数据取自年鉴中不同的列（外省迁入人口），与2020年比较需谨慎。',
    }),
    family: 'census',
    kind: 'count',
    value: { type: 'series', series: 'residents_with_hukou_in_other_province' },
    years: [2010, 2020],
    defaults: { method: 'jenks', classes: 5, palette: 'Purples' },
  }),

  // Left-behind children, ACWF 2013 definition: ages 0–17, at least one parent away (2010 census sample).
  embedded({
    id: 'acwfshare',
    unit: PERCENT,
    definition: {
      en: "All-China Women's Federation report (2013) from the 2010 census sample: rural children aged 0–17 with at least one parent away, 61.03 million nationally. Only three provinces' shares were published.",
      zh: '全国妇联2013年报告，基于2010年人口普查样本：父母至少一方外出的0–17岁农村儿童，全国6102.55万。仅公布了三个省份的比例。',
    },
    family: 'acwf2013',
    kind: 'share',
    value: { type: 'series', series: 'acwf2010_share_of_national_rural_lbc' },
    years: [2010],
    defaults: { method: 'equal', classes: 3, palette: 'Oranges' },
  }),
  embedded({
    id: 'acwfcount',
    unit: PERSONS,
    definition: {
      en: 'Guizhou as published (via a journal abstract); Sichuan and Henan derived as their published share × the national 61,025,500.',
      zh: '贵州为已发布数（经期刊摘要转引）；四川、河南由已发布比例×全国总数6102.55万推算。',
    },
    family: 'acwf2013',
    kind: 'count',
    value: { type: 'series', series: ['acwf2010_rural_lbc_count', 'acwf2010_rural_lbc_count_DERIVED'] },
    years: [2010],
    defaults: { method: 'equal', classes: 3, palette: 'Oranges' },
  }),
  embedded({
    id: 'acwfhalf',
    unit: NAMED,
    definition: {
      en: 'Provinces named in the English report of the ACWF study; the base (rural or all children) is not stated. Provinces not named are no data, not "no".',
      zh: '全国妇联研究英文报道中列出的省份；比例的基数（农村儿童或全部儿童）未说明。未列出的省份为无数据，而非“否”。',
    },
    family: 'acwf2013',
    kind: 'flag',
    value: { type: 'series', series: 'acwf2010_flag_lbc_over_half_of_rural_children' },
    years: [2010],
    defaults: FLAG_CLASSES,
  }),
  embedded({
    id: 'acwftop10',
    unit: NAMED,
    definition: {
      en: 'Provinces named among the ten largest; the only source seen is exam material, a low-authority source.',
      zh: '被列为数量前十的省份；唯一见到的来源是考试材料，权威性较低。',
    },
    family: 'acwf2013',
    kind: 'flag',
    value: { type: 'series', series: 'acwf2010_flag_top10_rural_lbc_count' },
    years: [2010],
    defaults: FLAG_CLASSES,
  }),

  // Left-behind children, Ministry of Civil Affairs definition: rural hukou, under 16, both parents away.
  embedded({
    id: 'mca2016',
    unit: PERSONS,
    definition: {
      en: 'Ministry of Civil Affairs screening, 2016: rural-hukou children under 16 whose parents are both away, or one away and the other unable to care; 9.02 million nationally. Figures published by six provinces.',
      zh: '民政部2016年摸底排查：父母双方外出务工或一方外出另一方无监护能力、不满16周岁的农村户籍儿童，全国902万。六个省份公布了数字。',
    },
    family: 'mca',
    kind: 'count',
    value: { type: 'series', series: 'mca2016_rural_lbc_count' },
    years: [2016],
    defaults: { method: 'jenks', classes: 3, palette: 'Oranges' },
  }),
  embedded({
    id: 'mca2016700k',
    unit: NAMED,
    definition: {
      en: `The seven provinces the Ministry of Civil Affairs named in 2016 as each having 700,000 or more. The list is stated in Xinhua's report of 9 November 2016: “${MCA_700K_LIST}” (the Ministry's Q&A, also cited, gives the definition only). 等 ("and others") means the list may not be complete: provinces not named are no data.`,
      zh: `民政部2016年列出的农村留守儿童70万以上的七个省份。名单见新华社2016年11月9日报道：“${MCA_700K_LIST}”（同时引用的民政部答记者问仅给出定义）。“等”表示名单未必完整：未列出的省份为无数据。`,
    },
    family: 'mca',
    kind: 'flag',
    value: { type: 'series', series: 'mca2016_flag_rural_lbc_700k_plus' },
    years: [2016],
    defaults: FLAG_CLASSES,
  }),
  embedded({
    id: 'mca2016per1k',
    label: {
      en: 'MCA 2016 left-behind children per 1,000 children aged 0–14 (2020 census): mixes age bands',
      zh: '每千名0–14岁儿童（2020年普查）中的民政部2016农村留守儿童数：年龄口径不一致',
    },
    unit: { en: 'per 1,000 children aged 0–14', zh: '每千名0–14岁儿童' },
    definition: {
      en: 'Rate = MCA 2016 rural left-behind children (under 16) ÷ children aged 0–14 in the 2020 census × 1,000. The numerator counts under-16s and the denominator 0–14s, four years apart: read it as an order of magnitude, not a share.',
      zh: '比率 = 民政部2016农村留守儿童数（不满16岁）÷ 2020年普查0–14岁儿童数 × 1000。分子为不满16岁、分母为0–14岁，相隔四年：只宜看作数量级，而非比例。',
    },
    family: 'mca',
    kind: 'rate',
    value: {
      type: 'ratio',
      numerator: { series: 'mca2016_rural_lbc_count', year: 2016 },
      denominator: { series: 'population_age_0_14', year: 2020 },
      per: 1000,
    },
    years: [2016],
    derived: true,
    defaults: { method: 'jenks', classes: 3, palette: 'YlOrRd' },
  }),
  embedded({
    id: 'mca2018',
    unit: PERSONS,
    definition: {
      en: 'Ministry of Civil Affairs, end of August 2018, same definition as 2016; 6.97 million nationally. Only Sichuan and Anhui figures were published.',
      zh: '民政部2018年8月底数据，口径同2016年；全国697万。仅公布了四川和安徽的数字。',
    },
    family: 'mca',
    kind: 'count',
    value: { type: 'series', series: 'mca2018_rural_lbc_count' },
    years: [2018],
    defaults: { method: 'equal', classes: 3, palette: 'Oranges' },
  }),
  embedded({
    id: 'mca2018rank',
    unit: { en: 'rank (1 = most)', zh: '名次（1为最多）' },
    definition: {
      en: 'Ministry of Civil Affairs, end of August 2018: rural-hukou children under 16 whose parents are both away (or one away and the other unable to care). Only the seven largest provinces were named; the rest are no data, not zero.',
      zh: '民政部2018年8月底数据：父母双方外出务工或一方外出另一方无监护能力、不满16周岁的农村户籍儿童。仅公布了人数最多的7个省份，其余为无数据而非零。',
    },
    family: 'mca',
    kind: 'rank',
    value: { type: 'series', series: 'mca2018_rank_by_rural_lbc_count' },
    years: [2018],
    defaults: { method: 'categorical', classes: 7, palette: 'Oranges', descending: true },
  }),
  embedded({
    id: 'mca2018per1k',
    label: {
      en: 'MCA 2018 left-behind children per 1,000 children aged 0–14 (2020 census): mixes age bands',
      zh: '每千名0–14岁儿童（2020年普查）中的民政部2018农村留守儿童数：年龄口径不一致',
    },
    unit: { en: 'per 1,000 children aged 0–14', zh: '每千名0–14岁儿童' },
    definition: {
      en: 'Rate = MCA 2018 rural left-behind children (under 16) ÷ children aged 0–14 in the 2020 census × 1,000. The numerator counts under-16s and the denominator 0–14s: read it as an order of magnitude, not a share.',
      zh: '比率 = 民政部2018农村留守儿童数（不满16岁）÷ 2020年普查0–14岁儿童数 × 1000。分子为不满16岁、分母为0–14岁：只宜看作数量级，而非比例。',
    },
    family: 'mca',
    kind: 'rate',
    value: {
      type: 'ratio',
      numerator: { series: 'mca2018_rural_lbc_count', year: 2018 },
      denominator: { series: 'population_age_0_14', year: 2020 },
      per: 1000,
    },
    years: [2018],
    derived: true,
    defaults: { method: 'equal', classes: 3, palette: 'YlOrRd' },
  }),

  // Care facilities: only Anhui is verified at province level.
  embedded({
    id: 'ahrooms',
    unit: { en: 'rooms', zh: '个' },
    definition: {
      en: "Anhui built one activity room (留守儿童之家) in each of its 1,308 townships, 2010–2012, with CNY 26.16 million of provincial funds. Anhui is the only province with a verified province-level facility count.",
      zh: '安徽省2010–2012年在1308个乡镇各建一个农村留守儿童活动室（之家），省级专项资金2616万元。安徽是唯一有核实的省级设施数的省份。',
    },
    family: 'facilities',
    kind: 'count',
    value: { type: 'series', series: 'facility_township_lbc_activity_rooms' },
    years: [2012],
    defaults: { method: 'equal', classes: 3, palette: 'Greens' },
  }),
  embedded({
    id: 'gshomes',
    unit: { en: 'homes', zh: '所' },
    definition: {
      en: "'More than 100' children's homes built in the ACWF pilot in Gansu, c. 2009. The only copy seen is a forum repost of a Xinhua report: low authority.",
      zh: '全国妇联甘肃试点建成“100多所”留守儿童之家（约2009年）。仅见论坛转载的新华社报道：权威性较低。',
    },
    family: 'facilities',
    kind: 'count',
    value: { type: 'series', series: 'facility_acwf_lbc_homes_pilot' },
    years: [2009],
    defaults: { method: 'equal', classes: 3, palette: 'Greens' },
  }),
];

export const DEFAULT_INDICATOR_ID = 'netsend';
