import { describe, expect, it } from 'vitest';
import { EMBEDDED_SOURCES } from '../data/embeddedData';
import { buildRegionCensus } from '../regions/regionCensus';
import { FIXTURE_CENSUS, FIXTURE_SET } from '../regions/testFixtures';
import { DEFAULT_STATE, type AppState } from '../state/appState';
import { buildRegionCsv } from './buildRegionCsv';
import { buildRegionView } from './buildRegionView';

const census = buildRegionCensus(FIXTURE_SET, FIXTURE_CENSUS);
const viewFor = (patch: Partial<AppState>, set = FIXTURE_SET) =>
  buildRegionView({ ...DEFAULT_STATE, ...patch }, { set, indicators: census?.indicators ?? [], census, censusPending: false }, EMBEDDED_SOURCES);

/** Rows as objects by column name (no quoted commas in the tested columns but sources, read last). */
function table(csv: string): Array<Record<string, string>> {
  const [head, ...rows] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  const cols = (head ?? '').split(',');
  return rows.map((line) => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quoted && ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) cells.push(cur), (cur = '');
      else cur += ch;
    }
    cells.push(cur);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

describe('buildRegionCsv', () => {
  it('writes one row per region with its value, no data empty (never 0), and the sources on every row', () => {
    const rows = table(buildRegionCsv(viewFor({ indicator: 'children', year: 2010 })));
    expect(rows.map((r) => [r['region_key'], r['region_name'], r['province_name_en'], r['value'], r['year']])).toEqual([
      ['341221', '临泉', 'Anhui', '420000', '2010'],
      ['341225', '阜南', 'Anhui', '350000', '2010'],
      ['341282', '界首', 'Anhui', '120000', '2010'],
      ['349999', '不存在县', 'Anhui', '', '2010'],
      ['#5', '', '', '', '2010'],
    ]);
    for (const r of rows) {
      expect(r['sources']).toMatch(/National Bureau of Statistics/);
      expect(r['boundaries_file']).toBe('fuyang.geojson');
      expect(r['derived']).toBe('no');
    }
  });

  it('marks derived figures and keeps one decimal per 1,000', () => {
    const rows = table(buildRegionCsv(viewFor({ indicator: 'netsendper1k' })));
    expect(rows[0]?.['value']).toBe('363.1');
    expect(rows[0]?.['derived']).toBe('yes');
    expect(rows[0]?.['indicator']).toBe('county:netsendper1k');
  });

  it('writes a name that looks like a formula as text', () => {
    const set = { ...FIXTURE_SET, regions: FIXTURE_SET.regions.map((r, i) => (i === 0 ? { ...r, name: '=HYPERLINK("x")' } : r)) };
    const csv = buildRegionCsv(viewFor({ indicator: 'children' }, set));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
