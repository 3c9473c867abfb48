import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { UNITS } from '../geo/units';
import { CATALOGUE } from './catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from './embeddedData';
import { buildFigureIndex } from './indicatorValues';
import { buildIndicatorCsv, csvField, roundForExport } from './exportCsv';

const index = buildFigureIndex(EMBEDDED_FIGURES);
const byId = (id: string) => CATALOGUE.find((i) => i.id === id)!;

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    [-5, '-5'],
    [null, ''],
  ] as const)('%s → %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('roundForExport', () => {
  it.each([
    [0.1 + 0.2, 2, 0.3],
    [-0.2 - 0.1, 2, -0.3],
    [2 / 3, 4, 0.6667],
    [-0.001, 2, 0],
    [6920292, 2, 6920292],
    [null, 2, null],
    [Number.NaN, 2, null],
  ] as const)('%d at %d decimals → %s', (v, d, expected) => {
    expect(roundForExport(v, d)).toBe(expected);
  });
  it('writes a negative score as a number, not as a guarded formula', () => {
    expect(csvField(roundForExport(-0.25, 2))).toBe('-0.25');
  });
});

describe('buildIndicatorCsv', () => {
  const csv = buildIndicatorCsv(byId('children'), index, UNITS, EMBEDDED_SOURCES);
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');

  it('writes a row per unit and year, with a BOM for spreadsheets', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines).toHaveLength(1 + 34 * 2);
  });

  // Rows read by column name with a real CSV parser: a source title holds commas and quotes, so
  // neither split(',') nor a substring such as ',2020,' says which field is which.
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const row = (gb: string, year: string) => {
    const found = rows.filter((r) => r['province_code_gb'] === gb && r['year'] === year);
    expect(found, `${gb} ${year}`).toHaveLength(1);
    return found[0] as Record<string, string>;
  };

  it('leaves no data empty, never zero', () => {
    const hk = row('810000', '2020');
    expect(hk['value']).toBe('');
    expect(hk['note']).toContain('no data');
    expect(hk['sources']).toBe('');
  });

  it('cites the publisher, title and date on every row with a value', () => {
    const sc = row('510000', '2020');
    expect(Number(sc['value'])).toBeGreaterThan(0);
    expect(sc['sources']).toContain('National Bureau of Statistics');
    expect(sc['sources']).toMatch(/\b20\d\d\b/);
    for (const r of rows) if (r['value'] !== '') expect(r['sources'], `${r['province_code_gb']} ${r['year']}`).not.toBe('');
  });

  it('marks derived values', () => {
    const net = buildIndicatorCsv(byId('netsend'), index, UNITS, EMBEDDED_SOURCES);
    expect(net.split('\r\n').find((l) => l.startsWith('510000'))).toContain(',yes,');
  });

  it('writes rounded values at a stated precision, never binary float noise (#13)', () => {
    const ind = { ...byId('childshare'), value: { type: 'series' as const, series: 'x' } };
    const noisy = buildFigureIndex(UNITS.slice(0, 1).map((u) => ({ region: u.id, series: 'x', year: 2020, value: 0.1 + 0.2, note: '', sources: [] })));
    const csv = buildIndicatorCsv({ ...ind, years: [2020] }, noisy, UNITS.slice(0, 1), {});
    const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\r\n') as [string, string];
    expect(row).not.toContain('0.30000000000000004');
    const cols = header.split(',');
    expect(row.split(',')[cols.indexOf('value')]).toBe('0.3');
    expect(row.split(',')[cols.indexOf('precision')]).toBe('2 decimals');
  });

  it('marks a figure derived when the figure says so, whatever its series is called (#13)', () => {
    const ind = { ...byId('children'), id: 'covgap', kind: 'score' as const, years: [2020], value: { type: 'series' as const, series: 'cov:covgap' }, derived: true };
    const fig = buildFigureIndex([{ region: 'SC', series: 'cov:covgap', year: 2020, value: 0.1, note: 'score, derived', sources: [], derived: true }]);
    const row = buildIndicatorCsv(ind, fig, UNITS.filter((u) => u.id === 'SC'), {}).split('\r\n')[1]!;
    expect(row).toContain(',yes,');
    expect(row).toContain(',2020,');
  });
  it('writes its words in the reader\'s language: on a Chinese screen the label, unit, no data, derived and precision are Chinese; the column names stay the same', () => {
    const zh = buildIndicatorCsv(byId('netsend'), index, UNITS, EMBEDDED_SOURCES, [], 'zh').replace(/^\uFEFF/, '');
    expect(zh.split('\r\n')[0]).toBe(lines[0]);
    const zhRows = Papa.parse<Record<string, string>>(zh, { header: true, skipEmptyLines: true }).data;
    const sc = zhRows.find((r) => r['province_code_gb'] === '510000')!;
    expect(sc['indicator']).toBe(byId('netsend').label.zh);
    expect(sc['unit']).toBe(byId('netsend').unit.zh);
    expect(sc['derived']).toBe('是');
    expect(sc['precision']).toMatch(/位小数|整数/);
    expect(sc['note']).not.toMatch(/[a-z]{4,}/);
    const hk = zhRows.find((r) => r['province_code_gb'] === '810000')!;
    expect(hk['value']).toBe('');
    expect(hk['note']).toBe('无数据');
    // And the English file keeps its words.
    const enSc = Papa.parse<Record<string, string>>(buildIndicatorCsv(byId('netsend'), index, UNITS, EMBEDDED_SOURCES).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.find((r) => r['province_code_gb'] === '510000')!;
    expect(enSc['derived']).toBe('yes');
    expect(enSc['indicator']).toBe(byId('netsend').label.en);
  });
});
