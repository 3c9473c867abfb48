import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { ImportedDataset } from '../data/importedDataset';
import type { FacilitySet } from '../facilities/facility';
import { createImportController, rejectedRows } from './createImportController';
import type { ImportStore } from './storage/importStore';

function setup() {
  const saved: ImportedDataset[] = [];
  const sets: FacilitySet[] = [];
  const store = { persistent: true, datasets: { save: async (d: ImportedDataset) => void saved.push(d), remove: async () => {} } } as unknown as ImportStore;
  const imports = createImportController(store, signal<ImportedDataset[]>([]), { add: async (s: FacilitySet) => void sets.push(s) } as never);
  return { imports, saved, sets };
}
const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const session = (imports: ReturnType<typeof setup>['imports']) => {
  const p = imports.phase.peek();
  if (p.type !== 'review') throw new Error(`expected review, got ${p.type}`);
  return p.session;
};

describe('createImportController (#14)', () => {
  it('proposes a share with % for a column read as percentages, and follows a change of column', async () => {
    const { imports } = setup();
    await imports.open(csv('rates.csv', 'province,children,rate\nSichuan,765000,12.5%\nHenan,1200,9.17%\nHunan,5,2.9%'));
    expect(session(imports)).toMatchObject({ kind: 'count', unit: '' });
    imports.update({ choice: { ...session(imports).choice, value: 'rate' } });
    expect(session(imports)).toMatchObject({ kind: 'share', unit: '%' });
    // Once the user sets the kind, choosing another column leaves it alone.
    imports.update({ kind: 'rate' });
    imports.update({ choice: { ...session(imports).choice, value: 'children' } });
    expect(session(imports).kind).toBe('rate');
  });

  it('proposes sum for a count, and the dataset records the combination, the county rows and the source column', async () => {
    const { imports, saved } = setup();
    await imports.open(csv('c.csv', '省份,县,留守儿童,来源\n安徽,金寨县,100,A\n安徽,岳西县,250,B\n河南,固始县,500,A'));
    expect(imports.preview.peek()!.combine).toBe('sum');
    expect(session(imports).choice.source).toBe('来源');
    await imports.apply();
    expect(saved[0]).toMatchObject({
      combine: { method: 'sum', provinces: 1, rows: 2 },
      subProvince: { level: 'county', rows: 3, column: '县' },
      sourceColumn: '来源',
      values: [
        { region: 'AH', value: 350, combined: 2, source: 'A; B' },
        { region: 'HA', value: 500, source: 'A' },
      ],
    });
  });

  it('picks the province for every unmatched row with one name at once', async () => {
    const { imports } = setup();
    await imports.open(csv('t.csv', 'province,year,v\nSichaun,2016,1\nSichaun,2018,2\nHenan,2016,3'));
    imports.setOverrideForKey('Sichaun', 'SC');
    expect([...session(imports).overrides]).toEqual([[2, 'SC'], [3, 'SC']]);
  });

  it('converts GCJ-02 points to WGS 84 and records the system with the set', async () => {
    const { imports, sets } = setup();
    await imports.open(csv('amap.csv', 'name,gcj02_lng,gcj02_lat\nA,116.3974,39.9087'));
    await imports.addFacilities('GCJ02');
    expect(sets[0]!.crs).toBe('GCJ02');
    expect(sets[0]!.facilities[0]!.lon).toBeCloseTo(116.3912, 3);
  });
});

// #13: the rows kept for the facility list: a table's complete list with reasons; GeoJSON's
// unreadable features from the issues.
describe('rejectedRows', () => {
  it.each([
    ['a table: its own list, reasons kept', { rejected: [{ row: 9, raw: ', ', reason: 'missing coordinates' as const }], issues: [] }, [{ row: 9, raw: ', ', reason: 'missing coordinates' }]],
    [
      'GeoJSON: unreadable features from the issues',
      { issues: [{ code: 'bad-coordinates' as const, severity: 'warning' as const, row: 4, field: null, raw: '[900000, 3000000]' }, { code: 'more-issues' as const, severity: 'warning' as const, row: null, field: null }] },
      [{ row: 4, raw: '[900000, 3000000]', reason: 'unreadable coordinates' }],
    ],
  ])('%s', (_, file, expected) => {
    expect(rejectedRows(file)).toEqual(expected);
  });
});
