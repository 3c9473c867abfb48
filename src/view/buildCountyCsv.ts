import type { Source } from '../data/figure';
import { citation, formatCsv } from '../data/exportCsv';
import type { Unit } from '../geo/units';
import type { CountyTableView } from './buildCountyTable';

const HEADER = [
  'province_code_gb',
  'province_name_en',
  'province_name_zh',
  'county_code',
  'county_name_zh',
  'county_name_2010_zh',
  'county_name_latin',
  'census_years',
  'population_age_0_14_2010',
  'population_age_0_14_2020',
  'resident_population_2010',
  'resident_population_2020',
  'hukou_registered_population_2010',
  'net_sender_proxy_2010_derived',
  'net_sender_per_1000_residents_2010_derived',
  'note',
  'sources',
];

const NOTE =
  'Counts are persons (census, 00:00 on 1 November). Empty = no data in the source, never 0. ' +
  'Derived: net_sender_proxy_2010 = hukou-registered minus resident population (2010); per 1,000 residents = that / resident population 2010 x 1,000. ' +
  '2010 and 2020 rows are paired by code (codes are not harmonised between censuses).';

/**
 * The county table as CSV, rows as shown (searched and sorted), with the sources of the years each
 * row has on every row, so the file still says where each figure came from once it leaves the app.
 * Per 1,000 is rounded to 0.1; counts are exact. Starts with a UTF-8 BOM for spreadsheet programs.
 */
export function buildCountyCsv(view: CountyTableView, unit: Unit, sources: Readonly<Record<string, Source>>): string {
  const cite = (year: 2010 | 2020) => {
    const id = view.sources[year];
    const s = sources[id];
    return `${year}: ${s ? `${citation(s)}; read from: ${s.readFrom ?? 'the publisher'}` : id}`;
  };
  const lines: Array<Array<string | number | null>> = [HEADER];
  for (const r of view.rows) {
    const v = r.values;
    lines.push(
      [
        unit.gb,
        unit.en,
        unit.zhFull,
        r.code || null,
        r.name,
        r.name2010,
        r.latin,
        r.years.join(';'),
        v.age2010,
        v.age2020,
        v.res2010,
        v.res2020,
        r.hukou2010,
        v.net2010,
        // A number, not toFixed's text: csvField would guard a leading '-' as if it were a formula.
        v.per1000 === null ? null : Math.round(v.per1000 * 10) / 10,
        NOTE,
        r.years.map(cite).join(' | '),
      ],
    );
  }
  return formatCsv(lines);
}
