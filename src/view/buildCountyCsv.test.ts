import { describe, expect, it } from 'vitest';
import type { Source } from '../data/figure';
import type { CountyCensus, CountyRecord } from '../data/counties/countyCensus';
import { UNIT_BY_ID, type Unit } from '../geo/units';
import { buildCountyCsv } from './buildCountyCsv';
import { buildCountyTable, DEFAULT_COUNTY_SORT } from './buildCountyTable';

const rec = (year: 2010 | 2020, code: string, name: string, resident: number | null, hukou: number | null = null): CountyRecord => ({
  year,
  code,
  name,
  latin: `L-${name}`,
  province: 'CQ',
  resident,
  age0_14: resident === null ? null : 100,
  urban: null,
  rural: null,
  hukou,
});

const census: CountyCensus = {
  sources: { 2010: 'Y2010', 2020: 'Y2020' },
  latinNote: '',
  records: {
    2010: [rec(2010, '500234', '开县', 1160336, 1655202), rec(2010, '', '某区', 3000, 2000)],
    2020: [rec(2020, '500154', '开州区', 1204509), rec(2020, '', '某区', null)],
  },
};
const source = (title: string, readFrom: string): Source => ({ title, publisher: 'NBS', date: '2010', address: null, authority: 'official', excerpt: '', readFrom });
const sources = { Y2010: source('Yearbook 2010', 'a forum copy'), Y2020: source('Yearbook 2020', 'a digitised copy') };
const cq = UNIT_BY_ID.get('CQ') as Unit;

/** Minimal RFC 4180 reader for the test: quoted fields may hold commas. */
const parse = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));

describe('buildCountyCsv', () => {
  const csv = buildCountyCsv(buildCountyTable(census, 'CQ', DEFAULT_COUNTY_SORT, '', 'en'), cq, sources);
  const [header, ...rows] = parse(csv);
  const col = (row: string[] | undefined, name: string) => row?.[header?.indexOf(name) ?? -1];

  it('starts with a BOM and writes one line per row shown, in the order shown', () => {
    expect(csv.startsWith('\uFEFFprovince_code_gb,')).toBe(true);
    expect(rows.map((r) => col(r, 'county_name_zh'))).toEqual(['开县', '某区', '开州区']);
  });

  it('writes the figures, the derived proxy and its terms, and blanks as empty, never 0', () => {
    const kai = rows[0];
    expect(col(kai, 'county_code')).toBe('500234');
    expect(col(kai, 'hukou_registered_population_2010')).toBe('1655202');
    expect(col(kai, 'net_sender_proxy_2010_derived')).toBe('494866');
    expect(col(kai, 'net_sender_per_1000_residents_2010_derived')).toBe('426.5');
    expect(col(kai, 'population_age_0_14_2020')).toBe('');
    const mou = rows[1];
    expect(col(mou, 'county_code')).toBe('');
    expect(col(mou, 'net_sender_per_1000_residents_2010_derived')).toBe('-333.3');
    expect(col(mou, 'resident_population_2020')).toBe('');
  });

  it('cites the sources of the years each row has, with where the copy was read, on every row', () => {
    expect(col(rows[0], 'sources')).toBe('2010: NBS, Yearbook 2010, 2010; read from: a forum copy');
    expect(col(rows[1], 'sources')).toBe('2010: NBS, Yearbook 2010, 2010; read from: a forum copy | 2020: NBS, Yearbook 2020, 2010; read from: a digitised copy');
    expect(rows.every((r) => /Derived/.test(col(r, 'note') ?? ''))).toBe(true);
  });
});
