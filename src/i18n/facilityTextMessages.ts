/**
 * Words that src/facilities writes into what it returns (#18): what an export says of a set's
 * coordinates, and the names and source of the generated demonstration facilities. Spread into
 * MESSAGES as `facilityText`.
 */
export const FACILITY_TEXT_MESSAGES = {
  /** A set whose points were converted on import; `from` is a `crsName`. */
  crsConverted: {
    en: (from: string) => `coordinates converted from ${from} to WGS 84`,
    zh: (from: string) => `坐标已由${from}转换为WGS 84`,
  },
  /** The coordinate systems points are converted from, with the maps that use them. */
  crsName: {
    GCJ02: { en: 'GCJ-02 (Amap, Tencent)', zh: 'GCJ-02（高德、腾讯）' },
    BD09: { en: 'BD-09 (Baidu)', zh: 'BD-09（百度）' },
  },
  /**
   * A generated facility's name, by type, before its number ("SC-0042"): a stored name is one
   * string, so it holds both languages, "<en> SC-0042 / <zh> SC-0042" (generateDemoFacilities).
   */
  demoTypeName: {
    home: { en: "Synthetic children's home", zh: '合成儿童之家' },
    centre: { en: 'Synthetic activity centre', zh: '合成儿童活动中心' },
    school: { en: 'Synthetic boarding school', zh: '合成寄宿制学校' },
    other: { en: 'Synthetic facility', zh: '合成其他设施' },
  },
  /** Each generated facility's source, naming the seed that made it; stored in English (a facility's source is one string, written as is in exports). */
  demoSource: {
    en: (seed: string) => `Synthetic demonstration data (Liushou Atlas generator, seed ${seed})`,
    zh: (seed: string) => `合成演示数据（留守地图生成器，种子 ${seed}）`,
  },
};
