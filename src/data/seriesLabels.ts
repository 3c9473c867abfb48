import type { Bilingual } from '../i18n/lang';

/**
 * The one name of every series in the embedded data, regional and national, in both languages.
 * The indicator catalogue takes its labels from here (an indicator drawn from a series is named
 * as the series), so the map title, the province panel, the table and the exports cannot
 * disagree. The definition each series was published under is part of its name, because the
 * three definitions of "left-behind child" (ACWF 2013, MCA 2016/2018, MoE) must never be read as one.
 */
export const SERIES_LABELS: Readonly<Record<string, Bilingual>> = {
  // Census context (NBS).
  hukou_minus_resident_population_derived: {
    en: 'Net sender of migrants: hukou-registered minus resident population',
    zh: '人口净流出：户籍人口减常住人口',
  },
  hukou_registered_population: { en: 'Hukou-registered population', zh: '户籍人口' },
  resident_population: { en: 'Resident population', zh: '常住人口' },
  population_age_0_14: { en: 'Children aged 0–14', zh: '0–14岁儿童人口' },
  share_age_0_14: { en: 'Share of residents aged 0–14', zh: '0–14岁人口占比' },
  share_age_15_59: { en: 'Share of residents aged 15–59', zh: '15–59岁人口占比' },
  share_age_60_plus: { en: 'Share of residents aged 60 and over', zh: '60岁及以上人口占比' },
  share_age_65_plus: { en: 'Share of residents aged 65 and over', zh: '65岁及以上人口占比' },
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

  // Left-behind children, ACWF 2013 definition: ages 0–17, at least one parent away.
  acwf2010_share_of_national_rural_lbc: {
    en: 'Share of national rural left-behind children, ACWF 2013 (ages 0–17, ≥1 parent away)',
    zh: '占全国农村留守儿童比例（全国妇联2013口径：0–17岁，父母至少一方外出）',
  },
  acwf2010_rural_lbc_count: {
    en: 'Rural left-behind children, ACWF 2013 (ages 0–17, ≥1 parent away)',
    zh: '农村留守儿童数（全国妇联2013口径：0–17岁，父母至少一方外出）',
  },
  acwf2010_rural_lbc_count_DERIVED: {
    en: 'Rural left-behind children, ACWF 2013 (ages 0–17, ≥1 parent away), derived as share × national total',
    zh: '农村留守儿童数（全国妇联2013口径：0–17岁，父母至少一方外出），由比例×全国总数推算',
  },
  acwf2010_flag_lbc_over_half_of_rural_children: {
    en: 'Named as a province where more than half of children are left behind, ACWF 2013',
    zh: '被列为留守儿童超过半数的省份（全国妇联2013）',
  },
  acwf2010_flag_top10_rural_lbc_count: {
    en: 'Named among the top 10 provinces by rural left-behind children, ACWF 2013',
    zh: '被列为农村留守儿童数量前十的省份（全国妇联2013）',
  },
  acwf2010_rural_lbc_total: {
    en: 'Rural left-behind children, national, ACWF 2013 (ages 0–17, ≥1 parent away)',
    zh: '全国农村留守儿童数（全国妇联2013口径：0–17岁，父母至少一方外出）',
  },
  acwf2010_rural_lbc_share_of_rural_children: {
    en: 'Rural left-behind children as a share of rural children, ACWF 2013',
    zh: '农村留守儿童占农村儿童比例（全国妇联2013）',
  },
  acwf2010_rural_lbc_share_of_all_children: {
    en: 'Rural left-behind children as a share of all children aged 0–17, ACWF 2013',
    zh: '农村留守儿童占全国0–17岁儿童比例（全国妇联2013）',
  },
  acwf2010_rural_lbc_age0_5: { en: 'Rural left-behind children aged 0–5, ACWF 2013', zh: '0–5岁农村留守儿童数（全国妇联2013）' },
  acwf2010_rural_lbc_age6_14: { en: 'Rural left-behind children aged 6–14, ACWF 2013', zh: '6–14岁农村留守儿童数（全国妇联2013）' },
  acwf2010_rural_lbc_age15_17: { en: 'Rural left-behind children aged 15–17, ACWF 2013', zh: '15–17岁农村留守儿童数（全国妇联2013）' },
  acwf2010_both_parents_away_share: {
    en: 'Share of rural left-behind children with both parents away, ACWF 2013',
    zh: '父母双方均外出的农村留守儿童比例（全国妇联2013）',
  },
  acwf2010_top5_share_SC_HA_AH_GD_HN: {
    en: 'Share of national rural left-behind children in Sichuan, Henan, Anhui, Guangdong and Hunan, ACWF 2013',
    zh: '四川、河南、安徽、广东、湖南五省占全国农村留守儿童比例（全国妇联2013）',
  },
  acwf2010_top6_share_SC_AH_HA_GD_HN_JX: {
    en: 'Share of national rural left-behind children in Sichuan, Anhui, Henan, Guangdong, Hunan and Jiangxi, ACWF 2013 (approx.)',
    zh: '四川、安徽、河南、广东、湖南、江西六省占全国农村留守儿童比例（全国妇联2013，约数）',
  },
  acwf2010_AH_GD_HN_combined_share_DERIVED: {
    en: 'Share of national rural left-behind children in Anhui, Guangdong and Hunan together, ACWF 2013',
    zh: '安徽、广东、湖南三省合计占全国农村留守儿童比例（全国妇联2013）',
  },

  // Left-behind children, Ministry of Civil Affairs definition: rural hukou, under 16, both parents away.
  mca2016_rural_lbc_count: {
    en: 'Rural left-behind children, MCA 2016 screening (under 16, both parents away)',
    zh: '农村留守儿童数（民政部2016摸排：不满16岁，父母双方外出）',
  },
  mca2016_share_of_national_rural_lbc: {
    en: 'Share of national rural left-behind children, MCA 2016',
    zh: '占全国农村留守儿童比例（民政部2016）',
  },
  mca2016_lbc_share_of_rural_hukou_children: {
    en: 'Left-behind share of rural-hukou children, MCA 2016',
    zh: '留守儿童占农村户籍儿童比例（民政部2016）',
  },
  mca2016_flag_rural_lbc_700k_plus: {
    en: 'Named by MCA as having 700,000 or more rural left-behind children (2016)',
    zh: '民政部列为农村留守儿童70万以上的省份（2016）',
  },
  mca2016_rural_lbc_total: {
    en: 'Rural left-behind children, national, MCA 2016 screening (under 16, both parents away)',
    zh: '全国农村留守儿童数（民政部2016摸排：不满16岁，父母双方外出）',
  },
  mca2016_east: { en: 'Rural left-behind children in the eastern provinces, MCA 2016', zh: '东部省份农村留守儿童数（民政部2016）' },
  mca2016_central: { en: 'Rural left-behind children in the central provinces, MCA 2016', zh: '中部省份农村留守儿童数（民政部2016）' },
  mca2016_west: { en: 'Rural left-behind children in the western provinces, MCA 2016', zh: '西部省份农村留守儿童数（民政部2016）' },
  mca2018_rural_lbc_count: {
    en: 'Rural left-behind children, MCA August 2018 (under 16, both parents away)',
    zh: '农村留守儿童数（民政部2018年8月：不满16岁，父母双方外出）',
  },
  mca2018_rank_by_rural_lbc_count: {
    en: 'Rank by rural left-behind children, MCA 2018 (top 7 named)',
    zh: '农村留守儿童数排名（民政部2018，前7名）',
  },
  mca2018_rural_lbc_total: {
    en: 'Rural left-behind children, national, MCA end of August 2018 (under 16, both parents away)',
    zh: '全国农村留守儿童数（民政部2018年8月底：不满16岁，父母双方外出）',
  },
  mca2018_top7_total: {
    en: 'Rural left-behind children in the seven largest provinces, MCA 2018',
    zh: '人数最多的七个省份农村留守儿童合计（民政部2018）',
  },
  mca2018_top7_minus_SC_AH_DERIVED: {
    en: 'Rural left-behind children in Hunan, Henan, Jiangxi, Hubei and Guizhou together, MCA 2018',
    zh: '湖南、河南、江西、湖北、贵州五省农村留守儿童合计（民政部2018）',
  },

  // Ministry of Education: pupils in compulsory education (national only).
  moe_compulsory_rural_lbc: {
    en: 'Rural left-behind pupils in compulsory education, Ministry of Education',
    zh: '义务教育阶段农村留守儿童数（教育部）',
  },
  moe_compulsory_rural_lbc_DERIVED: {
    en: 'Rural left-behind pupils in compulsory education, Ministry of Education, derived',
    zh: '义务教育阶段农村留守儿童数（教育部），推算',
  },

  // Care facilities and the people who run them.
  facility_township_lbc_activity_rooms: {
    en: 'Township activity rooms for left-behind children, built 2010–2012',
    zh: '2010–2012年建成的乡镇农村留守儿童活动室',
  },
  facility_provincial_funding_cny: {
    en: 'Provincial special funds for activity rooms, 2010–2012 (CNY)',
    zh: '活动室省级专项资金，2010–2012年（元）',
  },
  facility_acwf_lbc_homes_pilot: {
    en: "Children's homes in the ACWF Gansu pilot (lower bound, c. 2009)",
    zh: '全国妇联甘肃试点留守儿童之家（下限，约2009年）',
  },
  child_supervisors_township: { en: 'Township child-welfare supervisors (February 2019)', zh: '乡镇（街道）儿童督导员（2019年2月）' },
  child_directors_village: { en: 'Village child-welfare directors (February 2019)', zh: '村（居）儿童主任（2019年2月）' },
  child_directors_village_may2019: { en: 'Village child-welfare directors (May 2019)', zh: '村（居）儿童主任（2019年5月）' },
  lbc_custody_centres: {
    en: 'Rural custody centres for left-behind children (lower bound)',
    zh: '农村留守儿童托管中心（下限）',
  },
  boarding_school_programme_schools: {
    en: 'Schools built under the rural boarding-school programme, to the end of 2006',
    zh: '农村寄宿制学校建设工程建成学校（截至2006年底）',
  },
};

export function seriesLabel(series: string): Bilingual {
  return SERIES_LABELS[series] ?? { en: series, zh: series };
}
