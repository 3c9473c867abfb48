const NBS_CENSUS = '国家统计局、国务院第七次全国人口普查领导小组办公室';
const NBS_YEARBOOK = '国务院人口普查办公室、国家统计局（中国统计出版社）';

/**
 * The Chinese for each embedded source's publisher, by source id, for the Chinese interface.
 * sources.json keeps the research notes' English (the notes are the record); a test checks every
 * embedded source has an entry here.
 */
export const PUBLISHER_ZH: Readonly<Record<string, string>> = {
  'ACWF13-CDEN': '中国日报',
  'ACWF13-EXAM': '出卷网 chujuan.cn（考试题网站）',
  'ACWF13-JCTS': '《决策探索》2018年第22期第91页，期刊摘要',
  'ACWF13-JHSB': '京华时报',
  'ACWF13-QKTX': '新华社（转载文本）',
  'ACWF13-XH': '新华社',
  'BS-NAT-2006': '人民日报',
  'BS-NAT-2007': '新华社',
  'BS-UNNAMED-2008': '中国新闻网教育频道（转载）',
  'DEF-2020': '国家统计局、联合国儿童基金会、联合国人口基金概况资料的转载',
  'FAC-AH-2010': '市场星报（安徽）',
  'FAC-AH-2012': '安徽省财政厅新闻的转载',
  'FAC-AH-2015': '网络新闻转载',
  'FAC-FJ-2019': '新华社',
  'FAC-GS-2009': '论坛转载的新华社报道',
  'FAC-NAT-2009': '当代健康报（新华社图片说明）',
  'FAC-NAT-2019A': '新华社',
  'FAC-NAT-2019B': '人民日报',
  LYU2024: '《人口研究》（中国人民大学）；英文版见 China Population and Development Studies 2024',
  'MCA16-HA': '河南省民政部门',
  'MCA16-JS': '江苏省政府新闻发布会（新闻报道）',
  'MCA16-QA': '《今日教育》2016年第12期，经 fx361 转载（来源：民政部网站）',
  'MCA16-QH': '青海省民政厅（官方网站）',
  'MCA16-SOHU': '搜狐文章的无署名转载',
  'MCA16-XH': '新华社',
  'MCA16-XJB': '新京报',
  'MCA18-AH': '大江晚报（芜湖）',
  'MCA18-CNS': '中国新闻网',
  'MCA18-XHEN': '新华社英文版',
  'MOE-CRER19': '中国青年报',
  'MOE-RMLT': '人民论坛',
  'MOE-SESX': '引用教育部2014年统计公报的内容网站',
  'MOE-XH15': '新华社',
  NBS_C3_2021: NBS_CENSUS,
  NBS_C5_2021: NBS_CENSUS,
  NBS_C7_2021: NBS_CENSUS,
  NBS_YB2010_LEIII: NBS_YEARBOOK,
  NBS_YB2010_LEIII_COUNTY: NBS_YEARBOOK,
  NBS_YB2020_LEIII: NBS_YEARBOOK,
  NBS_YB2020_LEIII_COUNTY: NBS_YEARBOOK,
  'WIKI-EN': '英文维基百科',
  'WOC-2014': '《中国妇女》（全国妇联）',
};

/**
 * Titles that are our description of a source rather than its own title (in brackets in the
 * research notes), in Chinese. A source's own title is shown as published, in its language.
 */
export const TITLE_ZH: Readonly<Record<string, string>> = {
  'ACWF13-EXAM': '考试题材料（材料一）',
  'ACWF13-JCTS': '（摘要）毕节市农村留守儿童问题……《决策探索》2018年第22期第91页',
  'ACWF13-QKTX': '全国妇联近日发布《我国农村留守儿童、城乡流动儿童状况研究报告》（新华社稿转载）',
  'ACWF13-XH': '全国妇联：农村留守儿童……（新华社，记者 李菲）报道全国妇联《我国农村留守儿童、城乡流动儿童状况研究报告》',
  'DEF-2020': '2020年中国儿童人口状况：事实与数据（国家统计局、联合国儿童基金会、联合国人口基金；2023-04-19发布）——仅定义',
  'FAC-AH-2012': '（安徽省财政：农村留守儿童活动室建成）',
  'FAC-GS-2009': '（论坛转载的新华社关于全国妇联调查的报道）',
  'MCA16-QH': '（青海农村“三留守”人员摸底排查结果）',
  'MCA16-SOHU': '（各省留守儿童图片说明；“返回搜狐”）',
  'MOE-RMLT': '（人民论坛关于留守未成年人的文章）',
  NBS_C3_2021: '第七次全国人口普查公报（第三号）——地区人口情况',
  NBS_C5_2021: '第七次全国人口普查公报（第五号）——人口年龄构成情况',
  NBS_C7_2021: '第七次全国人口普查公报（第七号）——城乡人口和流动人口情况',
  NBS_YB2010_LEIII: '中国2010年人口普查分县资料',
  NBS_YB2010_LEIII_COUNTY: '中国2010年人口普查分县资料',
  NBS_YB2020_LEIII: '中国人口普查分县资料 2020',
  NBS_YB2020_LEIII_COUNTY: '中国人口普查分县资料 2020',
};

/**
 * The Chinese for embedded sources' dates that are words, not dates ("n.d.", "c.2009", "2012-10
 * (inferred from text)"), by source id; a date that is only digits and dashes reads the same in
 * both languages. A test checks every such date has an entry.
 */
export const DATE_ZH: Readonly<Record<string, string>> = {
  'ACWF13-EXAM': '无日期',
  'FAC-AH-2012': '2012-10（据正文推断）',
  'FAC-GS-2009': '约2009年',
  'MCA16-QH': '未见页面日期（背景：2016年民政部摸底排查）',
  'MCA16-SOHU': '无日期',
  'MOE-SESX': '无日期',
  'WIKI-EN': '无日期',
};
