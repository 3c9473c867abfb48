import type { Slide } from './story';

/**
 * The story of the 2014 article, in four saved views: the national picture, the labour-exporting
 * provinces, the care facilities, and the gaps. Every claim in a caption is in the sources named,
 * with its date; each map is an indicator with figures for every province the caption names (a
 * caption about Gansu over a map that hatches Gansu as no data would contradict itself).
 *
 * No slide fixes a camera: presenting fits the map to the provinces its caption names (or to China),
 * so they are in view at 16:9, 4:3 and on a phone alike. Captions stay near 300 characters, three
 * lines at 32 px across a 1920 px screen.
 */
export const BUILTIN_STORY: readonly Slide[] = [
  {
    // Children aged 0–14 by province (2010 census, all 31 provinces): the ACWF's own figures exist for three provinces only.
    view: 'v=1&i=children&y=2010',
    caption: {
      en: 'The national picture: from a 2010 census sample, the ACWF estimated 61.03 million rural left-behind children (ages 0–17, at least one parent away; report of May 2013). The Ministry of Civil Affairs, counting under-16s with both parents away, found 9.02 million (2016) and 6.97 million (August 2018). Map: children aged 0–14, 2010 census.',
      zh: '全国概况：全国妇联（2013年5月报告）根据2010年人口普查样本推算，农村留守儿童6102.55万（0–17岁，父母至少一方外出）。民政部按不满16岁、父母双方外出的口径摸排，2016年为902万，2018年8月为697万。地图：0–14岁儿童，2010年人口普查。',
    },
    // The map's own source (the 2010 census) stands beside it, with the legend.
    sources: ['ACWF13-XH', 'MCA16-XH', 'MCA18-CNS'],
  },
  {
    view: 'v=1&sel=SC',
    caption: {
      en: 'The labour-exporting provinces: in the 2010 census, Sichuan, Henan, Anhui, Hunan, Guizhou and others had millions more registered (hukou) residents than people living there. Their children stay behind: Sichuan alone had 11.34% of the nation’s rural left-behind children (ACWF estimate, May 2013).',
      zh: '劳务输出省份：2010年人口普查中，四川、河南、安徽、湖南、贵州等省的户籍人口比常住人口多出数百万。他们的孩子留在家乡：仅四川就占全国农村留守儿童的11.34%（全国妇联推算，2013年5月）。',
    },
    sources: ['NBS_YB2010_LEIII', 'ACWF13-JHSB'],
  },
  {
    // Children aged 0–14 (2020 census) has a figure for every province the caption names; the P markers are the programmes.
    view: 'v=1&i=children&y=2020&sel=AH',
    caption: {
      en: 'The care facilities (P on the map): Anhui built activity rooms in all 1,308 of its townships, 2010–2012 (CNY 26.16 million); in March 2014 Gansu had allocated over CNY 20 million to build children’s homes in every township; Hubei piloted services for migrant workers’ families. Map: children aged 0–14, 2020 census.',
      zh: '关爱设施（地图上的P）：安徽2010–2012年在全部1308个乡镇建成留守儿童活动室（2616万元）；据2014年3月报道，甘肃已拨款2000多万元，用于在每个乡镇建设留守儿童之家；湖北开展农民工留守家庭综合服务试点。地图：0–14岁儿童，2020年人口普查。',
    },
    sources: ['FAC-AH-2012', 'WOC-2014'],
  },
  {
    view: 'v=1&i=covgap&demo=1&tab=gaps',
    caption: {
      en: 'The gaps, shown on SYNTHETIC demonstration facilities, not real ones: the gap score is a province’s percentile in children minus its percentile in facility supply per 10,000 children, from −1 to +1 (+1: most children, least supply). The 2014 article says existing centres lack funds, full-time staff and a long-term mechanism.',
      zh: '缺口（使用合成演示设施，并非真实设施）：缺口得分为某省儿童数的百分位减去每万名儿童设施供给的百分位，范围−1至+1（+1：儿童最多、供给最少）。2014年的报道指出，现有关爱中心缺乏资金、专职人员和长效机制。',
    },
    sources: ['WOC-2014'],
  },
];

/**
 * The built-in slide about the national picture (0-based): the national totals we hold stand beside
 * its map, each with its definition. Not part of a slide, so links and stored stories keep their form.
 */
export const NATIONAL_SLIDE = 0;
