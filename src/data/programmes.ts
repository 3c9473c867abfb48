import type { UnitId } from '../geo/units';
import type { Bilingual } from '../i18n/lang';
import type { Source } from './figure';

/**
 * Care programmes named in the 2014 article and our verified figures, drawn as one marker in their
 * province (at its label anchor: the article gives no sites). They are programmes, not facility
 * locations, and never enter coverage counts.
 */
export interface Programme {
  id: string;
  /** null: a national programme whose provinces the source does not name; listed, not mapped. */
  unit: UnitId | null;
  label: Bilingual;
  detail: Bilingual;
  sources: string[];
}

/** The article that started the project (Women of China, 12 March 2014). */
export const ARTICLE_SOURCE_ID = 'WOC-2014';

export const PROGRAMME_SOURCES: Readonly<Record<string, Source>> = {
  [ARTICLE_SOURCE_ID]: {
    title: 'NPC Deputy Urges More Care for Left-behind Children (Fan Wenjun)',
    publisher: "Women of China (All-China Women's Federation)",
    date: '2014-03-12',
    address: null,
    authority: 'primary-news',
    excerpt:
      "East China's Anhui Province has included the building of activity centers for left-behind children into its people's livelihood project and invested more than 26 million yuan (US$ 4.24 million) to establish activity centers in the province's 1,308 townships. Northwest China's Gansu Province has allocated more than 20 million yuan (US$ 3.26 million) to build children's homes in every township across the province. ... In central China's Hubei Province, the Hubei Women's Federation and the Hubei Development and Reform Commission have worked together to implement a pilot program ... the ACWF has teamed up with the Ministry of Education and other relevant departments to carry out care projects in 40 target counties of 12 provinces.",
    readFrom: null,
  },
};

export const PROGRAMMES: readonly Programme[] = [
  {
    id: 'anhui-rooms',
    unit: 'AH',
    label: { en: 'Anhui: activity centres in all 1,308 townships', zh: '安徽：全省1308个乡镇均建农村留守儿童活动室' },
    detail: {
      en: 'Built 2010–2012 under the provincial livelihood project, with CNY 26.16 million of provincial funds (CNY 20,000 per room).',
      zh: '2010–2012年作为民生工程建设，省级专项资金2616万元（每个活动室2万元）。',
    },
    sources: [ARTICLE_SOURCE_ID, 'FAC-AH-2012', 'FAC-AH-2015'],
  },
  {
    id: 'gansu-homes',
    unit: 'GS',
    label: { en: "Gansu: children's homes in every township", zh: '甘肃：每个乡镇建留守儿童之家' },
    detail: {
      en: "More than CNY 20 million allocated (2014 article). An earlier ACWF pilot had built 'more than 100' homes by about 2009 (low-authority source).",
      zh: '拨款2000多万元（2014年报道）。此前全国妇联试点约于2009年建成“100多所”（来源权威性较低）。',
    },
    sources: [ARTICLE_SOURCE_ID, 'FAC-GS-2009'],
  },
  {
    id: 'hubei-pilot',
    unit: 'HB',
    label: { en: 'Hubei: pilot of comprehensive services', zh: '湖北：综合服务试点' },
    detail: {
      en: "Hubei Women's Federation and the provincial Development and Reform Commission: services for the left-behind family members of migrant workers.",
      zh: '湖北省妇联与省发展改革委：为农民工留守家庭成员提供综合服务的试点。',
    },
    sources: [ARTICLE_SOURCE_ID],
  },
  {
    id: 'acwf-moe-40-counties',
    unit: null,
    label: {
      en: 'ACWF and Ministry of Education: care projects in 40 target counties of 12 provinces',
      zh: '全国妇联与教育部：在12个省份的40个重点县开展关爱项目',
    },
    detail: {
      en: 'Linking schools, families and communities. The article does not name the provinces, so this programme is listed but not mapped.',
      zh: '探索学校、家庭、社区相衔接的关爱模式。报道未列出省份，因此仅列出，不在地图上标注。',
    },
    sources: [ARTICLE_SOURCE_ID],
  },
];
