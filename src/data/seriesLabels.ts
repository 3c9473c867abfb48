import type { Bilingual } from '../i18n/lang';

/**
 * Readable names for every series in the embedded data, for the province panel and exports.
 * The definition each series was published under is part of its name, because the three
 * definitions of "left-behind child" (ACWF 2013, MCA 2016/2018, MoE) must never be read as one.
 */
export const SERIES_LABELS: Readonly<Record<string, Bilingual>> = {
  acwf2010_share_of_national_rural_lbc: {
    en: 'Share of national rural left-behind children (ACWF 2013 definition: 0–17, ≥1 parent away)',
    zh: '占全国农村留守儿童比例（全国妇联2013口径：0–17岁，父母至少一方外出）',
  },
  acwf2010_rural_lbc_count: {
    en: 'Rural left-behind children (ACWF 2013 definition)',
    zh: '农村留守儿童数（全国妇联2013口径）',
  },
  acwf2010_rural_lbc_count_DERIVED: {
    en: 'Rural left-behind children, derived from share × national total (ACWF 2013 definition)',
    zh: '农村留守儿童数，由比例×全国总数推算（全国妇联2013口径）',
  },
  acwf2010_flag_lbc_over_half_of_rural_children: {
    en: 'Named as a province where more than half of children are left behind (ACWF 2013)',
    zh: '被列为留守儿童超过半数的省份（全国妇联2013）',
  },
  acwf2010_flag_top10_rural_lbc_count: {
    en: 'Named among the top 10 provinces by rural left-behind children (ACWF 2013)',
    zh: '被列为农村留守儿童数量前十的省份（全国妇联2013）',
  },
  mca2016_rural_lbc_count: {
    en: 'Rural left-behind children (MCA 2016 screening: under 16, both parents away)',
    zh: '农村留守儿童数（民政部2016摸排口径：不满16岁，父母双方外出）',
  },
  mca2016_share_of_national_rural_lbc: {
    en: 'Share of national rural left-behind children (MCA 2016)',
    zh: '占全国农村留守儿童比例（民政部2016）',
  },
  mca2016_lbc_share_of_rural_hukou_children: {
    en: 'Left-behind share of rural-hukou children (MCA 2016)',
    zh: '留守儿童占农村户籍儿童比例（民政部2016）',
  },
  mca2016_flag_rural_lbc_700k_plus: {
    en: 'Named by MCA as having 700,000 or more rural left-behind children (2016)',
    zh: '民政部列为农村留守儿童70万以上的省份（2016）',
  },
  mca2018_rural_lbc_count: {
    en: 'Rural left-behind children (MCA, end of August 2018)',
    zh: '农村留守儿童数（民政部，2018年8月底）',
  },
  mca2018_rank_by_rural_lbc_count: {
    en: 'Rank by rural left-behind children (MCA 2018; 1 = most)',
    zh: '农村留守儿童数排名（民政部2018；1为最多）',
  },
  facility_township_lbc_activity_rooms: {
    en: 'Township activity rooms for left-behind children built 2010–2012',
    zh: '2010–2012年建成的乡镇农村留守儿童活动室',
  },
  facility_provincial_funding_cny: {
    en: 'Provincial special funds for activity rooms, 2010–2012 (CNY)',
    zh: '活动室省级专项资金，2010–2012年（元）',
  },
  facility_acwf_lbc_homes_pilot: {
    en: "Children's homes in the ACWF pilot (lower bound)",
    zh: '全国妇联试点留守儿童之家（下限）',
  },
  hukou_minus_resident_population_derived: {
    en: 'Hukou-registered minus resident population (net-sender proxy)',
    zh: '户籍人口减常住人口（人口净流出代理指标）',
  },
  hukou_registered_population: { en: 'Hukou-registered population', zh: '户籍人口' },
  resident_population: { en: 'Resident population', zh: '常住人口' },
  population_age_0_14: { en: 'Children aged 0–14', zh: '0–14岁人口' },
  share_age_0_14: { en: 'Share aged 0–14', zh: '0–14岁人口占比' },
  share_age_15_59: { en: 'Share aged 15–59', zh: '15–59岁人口占比' },
  share_age_60_plus: { en: 'Share aged 60 and over', zh: '60岁及以上人口占比' },
  share_age_65_plus: { en: 'Share aged 65 and over', zh: '65岁及以上人口占比' },
  share_of_national_population: { en: 'Share of national population', zh: '占全国人口比重' },
  urban_population: { en: 'Urban population', zh: '城镇人口' },
  rural_population: { en: 'Rural population', zh: '乡村人口' },
  urban_share_derived: { en: 'Urban share of residents', zh: '城镇人口占比' },
  residents_with_hukou_in_other_province: {
    en: 'Residents whose hukou is in another province',
    zh: '户口登记地在外省的常住人口',
  },
  residents_with_hukou_in_other_province_share_derived: {
    en: 'Share of residents whose hukou is in another province',
    zh: '户口登记地在外省的常住人口占比',
  },
  residents_with_hukou_in_other_county_same_province: {
    en: 'Residents whose hukou is in another county of the same province',
    zh: '户口登记地在本省其他县的常住人口',
  },
};

export function seriesLabel(series: string): Bilingual {
  return SERIES_LABELS[series] ?? { en: series, zh: series };
}
