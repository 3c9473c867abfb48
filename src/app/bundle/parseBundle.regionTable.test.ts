import { describe, expect, it } from 'vitest';
import type { RegionTable } from '../../data/importedDataset';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundle';
import { BUNDLE, REGION_SET, TABLE } from './bundle.fixture';
import { formatBundle } from './formatBundle';
import { parseBundle, type BundleRead } from './parseBundle';

/** A table joined to the bundle's region set (#15): its values name the set's regions by key. */
const REGION_TABLE: RegionTable = {
  ...TABLE,
  id: 'u-r3gion',
  name: '儿童之家（县）',
  keyColumn: '县',
  combine: undefined,
  subProvince: undefined,
  regionSet: { id: REGION_SET.id, fileName: REGION_SET.fileName },
  values: [
    { region: '341221', year: 2018, value: 120, row: 2, source: '县民政局' },
    { region: '#3', year: 2018, value: 7, row: 3 },
  ],
};
delete (REGION_TABLE as Partial<RegionTable>).combine;
delete (REGION_TABLE as Partial<RegionTable>).subProvince;

const fieldsOf = (read: BundleRead) => (!read.ok && read.refusal.reason === 'fields' ? read.refusal.issues : []);

describe('bundle: a table joined to a region set', () => {
  it('reads back exactly what it wrote, beside a province table', () => {
    const content = { ...BUNDLE, tables: [TABLE, REGION_TABLE] };
    expect(parseBundle(formatBundle(content))).toEqual({ ok: true, bundle: { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, ...content } });
  });

  it('refuses a region key that is no key, a set id that is no id, and a province table whose values name regions', () => {
    const bad = (edit: (t: Record<string, any>) => void) => {
      const t = JSON.parse(JSON.stringify(REGION_TABLE)) as Record<string, any>;
      edit(t);
      return fieldsOf(parseBundle(formatBundle({ ...BUNDLE, tables: [t as unknown as RegionTable] })));
    };
    expect(bad((t) => (t.values[0].region = '<b>x</b>'))).toEqual([{ field: 'tables[0].values[0].region', problem: 'form', expected: { key: 'regionKey', params: [] }, raw: '<b>x</b>' }]);
    expect(bad((t) => (t.regionSet.id = 'provinces'))).toMatchObject([{ field: 'tables[0].regionSet.id', problem: 'form' }]);
    expect(bad((t) => delete t.regionSet.fileName)).toMatchObject([{ field: 'tables[0].regionSet.fileName', problem: 'missing' }]);
    // Without its set, the same values are read as provinces, and 341221 is none.
    expect(bad((t) => delete t.regionSet)).toMatchObject([{ field: 'tables[0].values[0].region', problem: 'choice' }, { field: 'tables[0].values[1].region', problem: 'choice' }]);
  });
});
