/**
 * Messages about the data itself: national figures, derivation, copies of sources, sources that
 * read a figure differently. Spread into MESSAGES; both languages, same shape as messages.ts.
 */
export const DATA_MESSAGES = {
  national: {
    title: { en: 'National figures', zh: '全国数据' },
    lineTitle: { en: 'Nationally:', zh: '全国：' },
    /** One total on the national line: value, short definition, year. */
    lineItem: {
      en: (value: string, definition: string, year: string) => `${value} (${definition}, ${year})`,
      zh: (value: string, definition: string, year: string) => `${value}（${definition}，${year}年）`,
    },
    lineNote: {
      en: 'Different definitions of "left-behind child": never add these up.',
      zh: '“留守儿童”的口径各不相同：这些数字不可相加。',
    },
    intro: {
      en: 'Figures for China as a whole, grouped by the definition they were counted under. Figures in different groups are not comparable.',
      zh: '全国层面的数据，按统计口径分组。不同组的数字不可比较。',
    },
    groups: {
      acwf2013: { en: 'ACWF 2013 (ages 0–17, at least one parent away; 2010 census sample)', zh: '全国妇联2013（0–17岁，父母至少一方外出；2010年普查样本）' },
      mca2016: { en: 'MCA 2016 screening (rural hukou, under 16, both parents away)', zh: '民政部2016摸排（农村户籍，不满16岁，父母双方外出）' },
      mca2018: { en: 'MCA, end of August 2018 (same definition as 2016)', zh: '民政部2018年8月底（口径同2016年）' },
      moe: { en: 'Ministry of Education (rural left-behind pupils in compulsory education)', zh: '教育部（义务教育阶段农村留守儿童）' },
      care: { en: 'Care workforce and facilities', zh: '关爱服务人员与设施' },
    },
    short: {
      acwf2013: { en: 'ACWF 2013, ages 0–17', zh: '全国妇联2013，0–17岁' },
      mca2016: { en: 'MCA 2016, under 16', zh: '民政部2016，不满16岁' },
      mca2018: { en: 'MCA Aug 2018, under 16', zh: '民政部2018年8月，不满16岁' },
      moe: { en: 'MoE, pupils in compulsory education', zh: '教育部，义务教育阶段学生' },
      care: { en: 'care workforce', zh: '关爱服务' },
    },
    units: {
      persons: { en: 'persons', zh: '人' },
      percent: { en: '%', zh: '%' },
      schools: { en: 'schools', zh: '所学校' },
      centres: { en: 'centres', zh: '所' },
    },
  },
  someDerived: { en: 'Some figures derived', zh: '部分数据为推算' },
  someDerivedNote: {
    en: 'Some figures of this indicator are published, others derived (arithmetic on published figures); each is marked.',
    zh: '本指标部分数字为已发布数，部分为推算（由已发布数字计算得出）；均逐一标明。',
  },
  published: { en: 'Published', zh: '已发布' },
  copySeenAt: { en: 'copy seen at', zh: '所见转载副本' },
  /** The words in an indicator's CSV cells (data/exportCsv); the column names stay English ids in both. */
  csv: {
    yes: { en: 'yes', zh: '是' },
    no: { en: 'no', zh: '否' },
    noData: { en: 'no data', zh: '无数据' },
    /** The national rows' name_en and name_zh. */
    china: { en: 'China (national)', zh: '全国' },
    /** The precision column: how many decimals a value was rounded to. */
    wholeNumber: { en: 'whole number', zh: '整数' },
    decimals: {
      en: (digits: number) => `${digits} decimal${digits === 1 ? '' : 's'}`,
      zh: (digits: number) => `${digits} 位小数`,
    },
  },
  copySeenAtLabel: { en: 'Copy seen at: ', zh: '所见转载副本：' },
  readsOtherwise: { en: 'A source reads this otherwise', zh: '有来源的解读不同' },
} as const;
