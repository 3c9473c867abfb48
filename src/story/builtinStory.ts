import type { Slide } from './story';

/**
 * The story of the 2014 article, in four saved views: the national picture, the labour-exporting
 * provinces, the care facilities, and the gaps. Every figure in a caption is in the sources named.
 */
export const BUILTIN_STORY: readonly Slide[] = [
  {
    view: 'v=1&i=acwfshare&c=108,33,3.4',
    caption: {
      en: 'The national picture: the ACWF counted 61.03 million rural left-behind children in 2010 (ages 0–17, at least one parent away), 21.88% of all children. Under the Ministry of Civil Affairs’ narrower definition (under 16, both parents away) there were 9.02 million in 2016 and 6.97 million in August 2018. Only a few provinces’ shares were published.',
      zh: '全国概况：全国妇联推算2010年农村留守儿童6102.55万（0–17岁，父母至少一方外出），占全国儿童的21.88%。按民政部更窄的口径（不满16岁，父母双方外出），2016年为902万，2018年8月为697万。仅少数省份公布了比例。',
    },
    sources: ['ACWF13-XH', 'MCA16-XH', 'MCA18-CNS'],
  },
  {
    view: 'v=1&sel=SC&c=108,31,3.8',
    caption: {
      en: 'The labour-exporting provinces: in 2010 Sichuan, Henan, Anhui, Hunan, Guizhou and others registered millions more people than lived there. Their children stay behind. Sichuan alone had 11.34% of the nation’s rural left-behind children.',
      zh: '劳务输出省份：2010年，四川、河南、安徽、湖南、贵州等省的户籍人口比常住人口多出数百万。他们的孩子留在家乡。仅四川就占全国农村留守儿童的11.34%。',
    },
    sources: ['NBS_YB2010_LEIII', 'ACWF13-JHSB'],
  },
  {
    view: 'v=1&i=mca2018rank&sel=AH&c=110,32,4',
    caption: {
      en: 'The care facilities: Anhui built activity rooms in all 1,308 of its townships (CNY 26 million); Gansu funded children’s homes in every township; Hubei piloted services for migrant workers’ families. Anhui ranked second in 2018, with 705,000 left-behind children.',
      zh: '关爱设施：安徽在全部1308个乡镇建成活动室（2616万元）；甘肃出资在每个乡镇建设留守儿童之家；湖北开展农民工留守家庭服务试点。2018年安徽留守儿童70.5万人，居全国第二。',
    },
    sources: ['WOC-2014', 'FAC-AH-2012', 'MCA18-AH'],
  },
  {
    view: 'v=1&i=covgap&demo=1&tab=gaps&c=108,33,3.4',
    caption: {
      en: 'The gaps: the article says existing centres lack funds, full-time staff and a long-term mechanism. Bring your own facility list to rank provinces by children per facility. This slide uses SYNTHETIC demonstration facilities, not real ones, to show how.',
      zh: '缺口：报道指出现有关爱中心缺乏资金、专职人员和长效机制。导入您自己的设施清单，即可按每个设施对应的儿童数为各省排名。本页使用合成演示设施（并非真实设施）来演示方法。',
    },
    sources: ['WOC-2014'],
  },
];
