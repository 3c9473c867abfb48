import type { Bilingual, Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { FigureNoteText } from './figure';

/**
 * The Chinese for each embedded figure's note. A note is the source data's own `unit` text
 * (unit, definition, caveats), kept verbatim in English in figures.json; the Chinese interface
 * shows this translation instead. Quoted Chinese words from the sources stay as quoted.
 * Keyed by the exact English note; a test checks every embedded note has an entry.
 */
export const FIGURE_NOTES_ZH: Readonly<Record<string, string>> = {
  'indicator: 1 = named in English source as province where more than half of children are left behind (base not stated; likely rural children - unverified)':
    '标记：1 = 英文报道中列为留守儿童超过半数的省份（比例基数未说明；可能是农村儿童，未核实）',
  'indicator: 1 = named among top-10 provinces by rural LBC count (low-authority source: exam material)':
    '标记：1 = 列为农村留守儿童数量前十的省份（来源权威性较低：考试材料）',
  'persons (stated as 314.28万; secondary: journal abstract citing ACWF)': '人（原文为314.28万；二手来源：引用全国妇联的期刊摘要）',
  'persons, DERIVED = 10.73% x 61,025,500 (not stated in any source seen)': '人，推算 = 10.73% × 61,025,500（所见来源均未直接给出）',
  'persons, DERIVED = 11.34% x 61,025,500 (not stated in any source seen)': '人，推算 = 11.34% × 61,025,500（所见来源均未直接给出）',
  'percent of national rural LBC total (61.0255 million; 0-17; at least one parent migrated) [secondary: journal abstract citing ACWF]':
    '占全国农村留守儿童总数的百分比（6102.55万；0–17岁；父母至少一方外出）［二手来源：引用全国妇联的期刊摘要］',
  'percent of national rural LBC total (61.0255 million; 0-17; at least one parent migrated)':
    '占全国农村留守儿童总数的百分比（6102.55万；0–17岁；父母至少一方外出）',
  "count, lower bound ('100多所' 留守儿童之家, ACWF Gansu pilot, c.2009; LOW AUTHORITY forum repost of Xinhua)":
    '数量，下限（“100多所”留守儿童之家，全国妇联甘肃试点，约2009年；权威性较低：论坛转载的新华社报道）',
  'CNY, provincial special funds 2010-2012 (800万+910万+906万 = 2616万; 2万 per room)': '元，2010–2012年省级专项资金（800万+910万+906万 = 2616万；每室2万）',
  "count of township-level 农村留守儿童活动室/之家 built 2010-2012 (one per township; 'covers all townships')":
    '2010–2012年建成的乡镇级农村留守儿童活动室/之家数量（每乡镇一个；“覆盖所有乡镇”）',
  'persons (户籍人口 - 常住人口; >0 = net sender)': '人（户籍人口 − 常住人口；大于0 = 人口净流出）',
  "persons (column '户籍人口')": '人（“户籍人口”列）',
  'indicator: 1 = named by MCA as province with >=700,000 (70万以上) rural LBC': '标记：1 = 民政部列为农村留守儿童70万以上的省份',
  'percent of rural-hukou (农村籍) children in province': '占本省农村籍儿童的百分比',
  'percent of eligible rural-hukou minors in province (农村符合条件未成年户籍人数)': '占本省农村符合条件未成年户籍人数的百分比',
  'persons (MCA 2016 definition: rural-hukou, under 16, both parents migrant or one migrant & other without guardianship capacity)':
    '人（民政部2016口径：农村户籍、不满16周岁、父母双方外出务工或一方外出另一方无监护能力）',
  "persons (MCA 2016 definition: rural-hukou, under 16, both parents migrant or one migrant & other without guardianship capacity); LOW AUTHORITY (Sohu-derived repost, '截止至2016年 ... 87.5万')":
    '人（民政部2016口径：农村户籍、不满16周岁、父母双方外出务工或一方外出另一方无监护能力）；权威性较低（源自搜狐的转载，“截止至2016年……87.5万”）',
  "persons (MCA 2016 definition: rural-hukou, under 16, both parents migrant or one migrant & other without guardianship capacity); stated '约82.7万'":
    '人（民政部2016口径：农村户籍、不满16周岁、父母双方外出务工或一方外出另一方无监护能力）；原文为“约82.7万”',
  "persons (MCA 2016 definition: rural-hukou, under 16, both parents migrant or one migrant & other without guardianship capacity); stated '73.9万余' (lower bound)":
    '人（民政部2016口径：农村户籍、不满16周岁、父母双方外出务工或一方外出另一方无监护能力）；原文为“73.9万余”（下限）',
  "persons (MCA 2016 definition: rural-hukou, under 16, both parents migrant or one migrant & other without guardianship capacity); stated '24.2万'":
    '人（民政部2016口径：农村户籍、不满16周岁、父母双方外出务工或一方外出另一方无监护能力）；原文为“24.2万”',
  'persons (MCA 2016 definition: rural-hukou, under 16, both parents migrant or one migrant & other without guardianship capacity); year inferred from MCA data-collection software context (page date not seen)':
    '人（民政部2016口径：农村户籍、不满16周岁、父母双方外出务工或一方外出另一方无监护能力）；年份由民政部信息采集系统的上下文推断（未见页面日期）',
  'percent of national total (9.02 million)': '占全国总数（902万）的百分比',
  'rank (1 = largest); these 7 provinces = 4.844 million = 69.5% of 6.97 million': '名次（1为最多）；这7个省份合计484.4万，占697万的69.5%',
  "persons (MCA definition as 2016; status end of Aug 2018); stated '70.5万' by Anhui Dept of Civil Affairs (Aug 2018)":
    '人（民政部口径同2016年；截至2018年8月底）；安徽省民政厅公布“70.5万”（2018年8月）',
  "persons (MCA definition as 2016; status end of Aug 2018); stated '76.5万'": '人（民政部口径同2016年；截至2018年8月底）；原文为“76.5万”',
  'persons (sum of yearbook 0,1-4,5-9,10-14 by sex)': '人（年鉴中0岁、1–4岁、5–9岁、10–14岁分性别数之和）',
  persons: '人',
  'persons (by province of current residence)': '人（按现住地省份）',
  "persons (by province of current residence; column '迁入人口-外省')": '人（按现住地省份；“迁入人口-外省”列）',
  'percent of resident population (derived)': '占常住人口的百分比（推算）',
  'percent of resident population (as printed)': '占常住人口的百分比（按原表）',
  'percent of resident population': '占常住人口的百分比',
  percent: '百分比',
  'percent (urban/total x100, derived)': '百分比（城镇人口 ÷ 总人口 × 100，推算）',
  'percent, DERIVED = 43.64 - 11.34 - 10.73': '百分比，推算 = 43.64 − 11.34 − 10.73',
  'percent of rural LBC with both parents migrated': '父母双方均外出的农村留守儿童所占百分比',
  'persons (2342万, 38.37%)': '人（2342万，38.37%）',
  'persons (813万, 13.32%)': '人（813万，13.32%）',
  'persons (2948万 = 1953万 aged 6-11 + 995万 aged 12-14)': '人（2948万 = 6–11岁1953万 + 12–14岁995万）',
  'percent of all children 0-17': '占全国0–17岁儿童的百分比',
  'percent of rural children': '占农村儿童的百分比',
  'persons (6102.55万; 0-17; >=1 parent migrated; 2010 census 1.26% sample)': '人（6102.55万；0–17岁；父母至少一方外出；2010年人口普查1.26%抽样）',
  'percent of national rural LBC in Sichuan+Henan+Anhui+Guangdong+Hunan': '四川+河南+安徽+广东+湖南占全国农村留守儿童的百分比',
  'percent (approx.) in Sichuan+Anhui+Henan+Guangdong+Hunan+Jiangxi (low-authority exam material; also Wikipedia)':
    '四川+安徽+河南+广东+湖南+江西所占百分比（约数；权威性较低的考试材料，另见维基百科）',
  'schools built under 2004-2007 农村寄宿制学校建设工程 (90亿 central funds, to end-2006)': '所，2004–2007年农村寄宿制学校建设工程建成的学校（中央资金90亿，截至2006年底）',
  "persons (村(居)儿童主任 61.53万, Feb 2019; '基本实现全覆盖')": '人（村(居)儿童主任61.53万，2019年2月；“基本实现全覆盖”）',
  'persons (62万, May 2019; 督导员 4.5万)': '人（62万，2019年5月；督导员4.5万）',
  'persons (乡镇(街道)儿童督导员 4.46万, Feb 2019)': '人（乡镇(街道)儿童督导员4.46万，2019年2月）',
  "count, lower bound ('农村留守儿童托管中心6500多所')": '数量，下限（“农村留守儿童托管中心6500多所”）',
  'persons (463万 = 51.33%)': '人（463万 = 51.33%）',
  'persons (87万 = 9.65%)': '人（87万 = 9.65%）',
  'persons (902万; MCA definition, under 16)': '人（902万；民政部口径，不满16周岁）',
  'persons (352万 = 39.02%)': '人（352万 = 39.02%）',
  'persons (697万, end Aug 2018)': '人（697万，2018年8月底）',
  'persons, DERIVED = 484.4万 - 76.5万 - 70.5万 (HN+HA+JX+HB+GZ combined)': '人，推算 = 484.4万 − 76.5万 − 70.5万（湖南+河南+江西+湖北+贵州合计）',
  'persons (484.4万 = 69.5%; SC,AH,HN,HA,JX,HB,GZ)': '人（484.4万 = 69.5%；四川、安徽、湖南、河南、江西、湖北、贵州）',
  'persons (2126.75万, compulsory-education students)': '人（2126.75万，义务教育阶段学生）',
  'persons (2075.42万; primary 1409.53万, junior secondary 665.89万)': '人（2075.42万；小学1409.53万，初中665.89万）',
  'persons (1550.56万; primary 1064.48万 =10.55%, junior 486.08万 =10.94%)': '人（1550.56万；小学1064.48万 = 10.55%，初中486.08万 = 10.94%）',
  'persons (1199.20万)': '人（1199.20万）',
  'persons, DERIVED = 1199.20万 + 1071.87万': '人，推算 = 1199.20万 + 1071.87万',
  'persons, DERIVED = 1550.56万 + 175.73万': '人，推算 = 1550.56万 + 175.73万',
};

/**
 * A figure's note in both languages. A note we have no translation for (a user's own file, whose
 * unit text is theirs) is shown as written in both.
 */
export function figureNote(note: string, text?: FigureNoteText): Bilingual {
  if (text) return { en: noteTextIn(text, 'en'), zh: noteTextIn(text, 'zh') };
  return { en: note, zh: FIGURE_NOTES_ZH[note] ?? note };
}

/** An imported value's or a coverage figure's note in `lang`, from its key and parameters. */
export function noteTextIn(t: FigureNoteText, lang: Lang): string {
  const T = MESSAGES.importedText;
  if (t.key === 'coverageNote') {
    const C = MESSAGES.coverage;
    return (t.synthetic ? C.noteSynthetic : C.note)[lang](C.unit[t.unit][lang]);
  }
  if (t.key === 'rowNote') return T.rowNote[lang](t.unit, String(t.row), t.fileName);
  return T.combinedNote[lang](t.unit, T.combineWord[t.method][lang], String(t.rows), t.fileName, String(t.first));
}
