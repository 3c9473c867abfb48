import type { UnitId } from '../geo/units';
import type { Bilingual } from '../i18n/lang';

/**
 * Where two sources of one figure read it differently: shown beside the figure (tooltip, details,
 * source line), so the reader sees the disagreement rather than our choice alone. Each entry
 * quotes both sources verbatim; a test checks the quotes are in the sources' excerpts.
 */
export interface SourceReading {
  series: string;
  regions: readonly UnitId[];
  /** The source that reads the figure otherwise, and its words. */
  differs: { source: string; quote: string };
  /** The source whose reading the atlas uses, and its words. */
  used: { source: string; quote: string };
  text: Bilingual;
}

export const SOURCE_READINGS: readonly SourceReading[] = [
  {
    series: 'acwf2010_share_of_national_rural_lbc',
    regions: ['SC', 'HA'],
    differs: { source: 'ACWF13-CDEN', quote: '11.34 percent and 10.73 percent of local children' },
    used: { source: 'ACWF13-JHSB', quote: '分別占到全國的11.34%和10.73%' },
    text: {
      en: 'Sources disagree: China Daily’s English report calls 11.34% (Sichuan) and 10.73% (Henan) “percent of local children”; the Chinese report (Jinghua Times) gives them as shares of the national total (“分別占到全國的11.34%和10.73%”), which the atlas uses.',
      zh: '来源说法不一：《中国日报》英文报道称11.34%（四川）和10.73%（河南）为“当地儿童的百分比”；中文报道（京华时报）则称其为占全国的比例（“分別占到全國的11.34%和10.73%”），本图采用后者。',
    },
  },
];

/** The readings that concern one unit's figure of one of these series. Pure. */
export function readingsFor(series: readonly string[], region: UnitId): SourceReading[] {
  return SOURCE_READINGS.filter((r) => series.includes(r.series) && r.regions.includes(region));
}
