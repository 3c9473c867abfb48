import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { ImportedDataset } from '../data/importedDataset';
import type { RegionSet } from '../regions/regionSet';
import { createImportController } from './createImportController';
import type { ImportStore } from './storage/importStore';
import { namedRegion } from '../regions/testFixtures';

const region = namedRegion;
const SET: RegionSet = {
  id: 'r-test01',
  fileName: 'counties <b>.geojson',
  importedAt: '2026-12-02T15:00:00.000Z',
  codeField: 'code',
  codeKind: 'county',
  nameField: 'name',
  regions: [region(0, '110105', '朝阳区', 'BJ'), region(1, '220104', '朝阳区', 'JL'), region(2, '341221', '临泉县', 'AH'), region(3, '341282', '界首市', 'AH')],
  vertices: 20,
  verticesBefore: 20,
};

function setup(set: RegionSet | null) {
  const saved: ImportedDataset[] = [];
  const store = { persistent: true, datasets: { save: async (d: ImportedDataset) => void saved.push(d), remove: async () => {} } } as unknown as ImportStore;
  const imported = signal<ImportedDataset[]>([]);
  const imports = createImportController(store, imported, { add: async () => {} } as never, signal(set));
  return { imports, saved, imported };
}
const csv = (text: string) => new File([text], 'counties.csv', { type: 'text/csv' });
const COUNTY_CSV = '省份,县,儿童之家\n安徽,临泉,12\n北京,朝阳区,3\n安徽,界首巿,4\n吉林,双阳县,5';

describe('createImportController: a table joined to the region set shown (#15)', () => {
  it('proposes the regions for a county table (its province column would match every row to provinces) and the columns they need', async () => {
    const { imports } = setup(SET);
    await imports.open(csv(COUNTY_CSV));
    const p = imports.phase.peek();
    if (p.type !== 'review') throw new Error('no review');
    expect(p.session).toMatchObject({ target: 'regions', provinceColumn: '省份', proposedKeys: { provinces: '省份', regions: '县' }, targetRows: { provinces: 4, regions: 3 } });
    expect(p.session.choice.key).toBe('县');
    expect(imports.preview.peek()).toBeNull();
    expect(imports.regionPreview.peek()?.via).toMatchObject({ 'short-name': 1, province: 1, name: 1 });
  });

  it('fixes an unknown name by a pick, applies a table bound to the set, and switches back to provinces on request', async () => {
    const { imports, saved } = setup(SET);
    await imports.open(csv(COUNTY_CSV));
    expect(imports.regionPreview.peek()?.report?.unmatched.map((u) => u.key)).toEqual(['双阳县']);
    imports.setRegionOverrideForKey('双阳县', '吉林', '110105');
    // A pick can be changed (and undone) after the row has matched by it.
    imports.setRegionOverrideForKey('双阳县', '吉林', '220104');
    expect(imports.regionPreview.peek()?.via.manual).toBe(1);
    expect(imports.regionPreview.peek()?.report?.matched.find((m) => m.row === 5)?.region).toBe('220104');
    await imports.apply();
    expect(saved[0]).toMatchObject({
      keyColumn: '县',
      regionSet: { id: 'r-test01', fileName: 'counties <b>.geojson' },
      values: [
        { region: '341221', year: 0, value: 12, row: 2 },
        { region: '110105', year: 0, value: 3, row: 3 },
        { region: '341282', year: 0, value: 4, row: 4 },
        { region: '220104', year: 0, value: 5, row: 5 },
      ],
    });
    expect(saved[0]).not.toHaveProperty('combine');

    await imports.open(csv(COUNTY_CSV));
    imports.update({ target: 'provinces' });
    const p = imports.phase.peek();
    if (p.type !== 'review') throw new Error('no review');
    expect(p.session.choice.key).toBe('省份');
    expect(imports.regionPreview.peek()).toBeNull();
    await imports.apply();
    expect(saved[1]?.regionSet).toBeUndefined();
    expect(saved[1]?.values.map((v) => v.region)).toEqual(['AH', 'BJ', 'JL']);
  });

  it('offers provinces only while no set is shown', async () => {
    const { imports } = setup(null);
    await imports.open(csv(COUNTY_CSV));
    const p = imports.phase.peek();
    if (p.type !== 'review') throw new Error('no review');
    expect(p.session).toMatchObject({ target: 'provinces', targetRows: null });
    expect(imports.regionPreview.peek()).toBeNull();
  });

  it('stores how a region’s several rows were combined, and says so in the definition', async () => {
    const { imports, saved } = setup(SET);
    await imports.open(csv('县,儿童之家\n临泉县,12\n临泉,30\n界首市,4'));
    imports.update({ regionCombine: 'sum' });
    await imports.apply();
    expect(saved[0]).toMatchObject({ combine: { method: 'sum', provinces: 1, rows: 2 }, values: [{ region: '341221', value: 42, combined: 2 }, { region: '341282', value: 4 }] });
    const { importedIndicator } = await import('../data/importedDataset');
    expect(importedIndicator(saved[0]!).definition.en).toContain('Where a region had several rows (1 regions, 2 rows), the value is their sum.');
  });
});
