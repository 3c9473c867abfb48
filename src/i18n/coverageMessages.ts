/**
 * The words of the coverage indicators computed from facility locations, and of the facilities
 * behind them as a source (#18): data/coverageIndicators stores the ids, numbers and names, and
 * makes its text from these. Spread into MESSAGES as `coverage`.
 */
export const COVERAGE_MESSAGES = {
  /** Each coverage indicator's label, by id. */
  label: {
    covcount: { en: 'Facilities located in the province', zh: '省内设施数' },
    covper10k: { en: 'Facilities per 10,000 children', zh: '每万名儿童设施数' },
    covcap10k: { en: 'Facility capacity per 10,000 children', zh: '每万名儿童设施容量' },
    covchildren: { en: 'Children per facility', zh: '每个设施对应的儿童数' },
    covarea: {
      en: (km: string) => `Share of area within ${km} km of a facility`,
      zh: (km: string) => `距设施 ${km} 公里以内的面积比例`,
    },
    covgap: { en: 'Coverage gap score (high = many children, little supply)', zh: '覆盖缺口得分（高 = 儿童多、供给少）' },
  },
  /** Each coverage indicator's unit; a figure's note names it too. */
  unit: {
    facilities: { en: 'facilities', zh: '个' },
    per10k: { en: 'per 10,000 children', zh: '每万名儿童' },
    places10k: { en: 'places per 10,000 children', zh: '每万名儿童名额' },
    children: { en: 'children', zh: '名儿童' },
    percent: { en: '%', zh: '%' },
    score: { en: 'score (−1 to +1)', zh: '得分（−1 至 +1）' },
  },
  /** A label or definition resting on the generated demonstration set. */
  synthetic: {
    en: (text: string) => `${text} (SYNTHETIC demonstration data)`,
    zh: (text: string) => `${text}（合成演示数据）`,
  },
  /** Each coverage indicator's definition, by id. `counted` is the `counted` sentence below. */
  definition: {
    covcount: {
      en: (counted: string) => `Facility points inside the province (point in polygon). ${counted}`,
      zh: (counted: string) => `位于省界内的设施点数（点在多边形内）。${counted}`,
    },
    covper10k: {
      en: (demand: string, year: string, counted: string) => `Facilities ÷ ${demand} (${year}) × 10,000. ${counted}`,
      zh: (demand: string, year: string, counted: string) => `设施数 ÷ ${demand}（${year}年）× 10000。${counted}`,
    },
    covcap10k: {
      en: (demand: string, year: string) => `Stated capacity ÷ ${demand} (${year}) × 10,000.`,
      zh: (demand: string, year: string) => `所述容量 ÷ ${demand}（${year}年）× 10000。`,
    },
    covchildren: {
      en: (demand: string, year: string) => `${demand} (${year}) ÷ facilities in the province.`,
      zh: (demand: string, year: string) => `${demand}（${year}年）÷ 省内设施数。`,
    },
    covarea: {
      en: (km: string, spacingKm: string) =>
        `Share of the province's area within ${km} km (great-circle) of any facility, estimated on sample points about ${spacingKm} km apart.`,
      zh: (km: string, spacingKm: string) => `省内距任一设施 ${km} 公里（大圆距离）以内的面积比例，按约 ${spacingKm} 公里间距的采样点估算。`,
    },
    covgap: {
      en: (demand: string, year: string, supply: string, counted: string) =>
        `Demand percentile (${demand}, ${year}) minus supply percentile (${supply}), among provinces with data. ${counted}`,
      zh: (demand: string, year: string, supply: string, counted: string) =>
        `需求百分位（${demand}，${year}年）减去供给百分位（${supply}），在有数据的省份中计算。${counted}`,
    },
  },
  /** The facility types a definition counted: `types` is `allTypes`, `noType` or a list of `typeName`. */
  counted: { en: (types: string) => `Counted: ${types}.`, zh: (types: string) => `计入：${types}。` },
  allTypes: { en: 'all types', zh: '全部类型' },
  noType: { en: 'no type', zh: '未选类型' },
  typeName: {
    home: { en: "children's homes", zh: '儿童之家' },
    centre: { en: 'activity centres', zh: '活动中心' },
    school: { en: 'boarding schools', zh: '寄宿制学校' },
    other: { en: 'other facilities', zh: '其他设施' },
  },
  /** Between the names of the facility types counted. */
  typeSeparator: { en: ', ', zh: '、' },
  /** The supply measure in words, as the gap score's definition, the ranking line and its CSV name it. */
  supply: {
    facilities: { en: 'facilities per 10,000 children', zh: '每万名儿童设施数' },
    capacity: { en: 'capacity per 10,000 children (places stated)', zh: '每万名儿童设施容量（所述名额）' },
  },
  /** A coverage figure's note: its unit, derived, and synthetic when it rests on generated facilities. */
  note: { en: (unit: string) => `${unit}, derived`, zh: (unit: string) => `${unit}，推算` },
  noteSynthetic: { en: (unit: string) => `${unit}, derived, synthetic`, zh: (unit: string) => `${unit}，推算，合成` },
  /** The facilities behind the coverage figures, as a source. */
  source: {
    /** The generated set in a source's title (its own name is English, so the Chinese names it). */
    syntheticSet: { en: (name: string) => `${name} (synthetic)`, zh: (_name: string) => '合成演示设施（合成）' },
    /** A file whose points were converted from another coordinate system; `crs` says from which. */
    convertedSet: { en: (file: string, crs: string) => `${file} (${crs})`, zh: (file: string, crs: string) => `${file}（${crs}）` },
    /** Between the sets of the title. */
    setSeparator: { en: '; ', zh: '；' },
    syntheticPublisher: { en: 'Synthetic demonstration data (Liushou Atlas generator)', zh: '合成演示数据（留守地图生成器）' },
    /** A generated set has no date of its own: it is the same for every seed, whenever it is made. */
    generated: { en: 'generated on request', zh: '按需生成' },
    excerpt: {
      en: (located: string, outside: string) => `${located} facility locations; ${outside} outside every province and not counted.`,
      zh: (located: string, outside: string) => `${located} 个设施位置；${outside} 个不在任何省份内，未计入。`,
    },
  },
};
