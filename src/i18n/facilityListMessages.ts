import type { Bilingual, Lang } from './lang';

type ByLang<F> = Record<Lang, F>;

/**
 * The facility list CSV's words (#13), in the interface language. Column names and facility type
 * codes are the same in both languages, so a script reads either file; reasons and yes/no are words.
 */
export const FACILITY_LIST_CSV = {
  title: { en: 'Liushou Atlas: facility list with province assignment', zh: '留守地图：设施清单及所属省份' },
  exported: { en: 'exported', zh: '导出时间' },
  assignment: { en: 'assignment', zh: '归属方法' },
  assignmentText: {
    en: "point in polygon on the app's province boundaries (Natural Earth, simplified); a point on a shared border goes to the first province in GB/T 2260 order",
    zh: '按本应用的省界（Natural Earth，已简化）做点在面内判断；位于共同边界上的点归入 GB/T 2260 顺序中的第一个省份',
  },
  counted: { en: 'counted', zh: '计入' },
  countedText: {
    en: (types: string) => `types ticked: ${types}; counted = no for the other types`,
    zh: (types: string) => `已勾选的类型：${types}；其他类型的 counted 列为“否”`,
  } as ByLang<(types: string) => string>,
  none: { en: 'none', zh: '无' },
  facilitySet: { en: 'facility set', zh: '设施数据集' },
  synthetic: { en: 'SYNTHETIC demonstration data, not real places', zh: '合成的演示数据，并非真实地点' },
  fileImported: {
    en: (file: string, at: string) => `file ${file}, imported ${at}`,
    zh: (file: string, at: string) => `文件 ${file}，导入于 ${at}`,
  } as ByLang<(file: string, at: string) => string>,
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  assigned: { en: 'assigned', zh: '已归属' },
  rejected: { en: 'rejected', zh: '未归属' },
  asWritten: { en: (reason: string, raw: string) => `${reason}; as written: ${raw}`, zh: (reason: string, raw: string) => `${reason}；原文：${raw}` } as ByLang<
    (reason: string, raw: string) => string
  >,
  reason: {
    'missing coordinates': { en: 'missing coordinates', zh: '缺少坐标' },
    'unreadable coordinates': { en: 'unreadable coordinates', zh: '坐标无法识别' },
    'swapped coordinates': { en: 'swapped coordinates', zh: '经纬度颠倒' },
    'outside China': { en: 'outside China', zh: '在中国境外' },
    'outside every province': { en: 'outside every province', zh: '不在任何省份内' },
  } satisfies Record<string, Bilingual>,
};
