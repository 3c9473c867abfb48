import { describe, expect, it } from 'vitest';
import type { ImportedDataset, RegionTable } from './importedDataset';
import { formatSharedDataset, linkTables, parseSharedDataset } from './sharedDataset';
import { fromBase64Url, toBase64Url } from '../util/base64url';

const REGION_TABLE: RegionTable = {
  id: 'u-r3gn01',
  name: '儿童之家 <b>',
  fileName: 'homes_by_county.csv',
  importedAt: '2026-12-02T15:00:00.000Z',
  keyColumn: '县区',
  valueColumn: '儿童之家（个）',
  yearColumn: null,
  unit: '个',
  kind: 'count',
  numberRules: ['plain'],
  values: [
    { region: '110105', year: 0, value: 7, row: 5 },
    { region: '#12', year: 0, value: 5, row: 7 },
  ],
  regionSet: { id: 'r-abc123def', fileName: 'counties.geojson' },
};

describe('a table joined to a region set in a link (#15, format 3)', () => {
  it('round-trips with its set, marked as from a link; a province table is still written as format 2', () => {
    const text = formatSharedDataset(REGION_TABLE) as string;
    const raw = JSON.parse(fromBase64Url(text)) as unknown[];
    expect(raw[0]).toBe(3);
    expect(raw[12]).toEqual(['r-abc123def', 'counties.geojson']);
    expect(parseSharedDataset(text)).toEqual({ ...REGION_TABLE, via: 'link' });
    const province: ImportedDataset = { ...REGION_TABLE, regionSet: undefined, values: [{ region: 'SC', year: 0, value: 1, row: 2 }] };
    delete (province as Partial<RegionTable>).regionSet;
    expect((JSON.parse(fromBase64Url(formatSharedDataset(province) as string)) as unknown[])[0]).toBe(2);
    expect(linkTables([REGION_TABLE], [REGION_TABLE.id])?.params).toEqual([text]);
  });

  it('refuses format 3 without a readable set, and region keys under format 2', () => {
    const raw = JSON.parse(fromBase64Url(formatSharedDataset(REGION_TABLE) as string)) as unknown[];
    const text = (x: unknown[]) => toBase64Url(JSON.stringify(x));
    expect(parseSharedDataset(text(raw.slice(0, 12)))).toBeNull();
    expect(parseSharedDataset(text([...raw.slice(0, 12), ['provinces', 'x']]))).toBeNull();
    expect(parseSharedDataset(text([...raw.slice(0, 12), 'r-abc123def']))).toBeNull();
    expect(parseSharedDataset(text([2, ...raw.slice(1, 12)]))).toBeNull();
  });
});
