import { describe, expect, it } from 'vitest';
import { UNITS } from '../geo/units';
import { CATALOGUE } from './catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from './embeddedData';
import { buildFigureIndex } from './indicatorValues';
import { buildIndicatorCsv, csvField } from './exportCsv';

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

describe('buildIndicatorCsv', () => {
  const csv = buildIndicatorCsv(byId('children'), index, UNITS, EMBEDDED_SOURCES);
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');

  it('writes a row per unit and year, with a BOM for spreadsheets', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines).toHaveLength(1 + 34 * 2);
  });

  it('leaves no data empty, never zero', () => {
    const hk = lines.find((l) => l.startsWith('810000') && l.includes(',2020,'))!;
    expect(hk.split(',')[7]).toBe('');
    expect(hk).toContain('no data');
  });

  it('cites the publisher, title and date on every row with a value', () => {
    const sc = lines.find((l) => l.startsWith('510000') && l.includes(',2020,'))!;
    expect(sc).toContain('National Bureau of Statistics');
    expect(sc).toContain('2020');
  });

  it('marks derived values', () => {
    const net = buildIndicatorCsv(byId('netsend'), index, UNITS, EMBEDDED_SOURCES);
    expect(net.split('\r\n').find((l) => l.startsWith('510000'))).toContain(',yes,');
  });
});
