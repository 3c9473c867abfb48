import type { ImportedDataset } from '../../data/importedDataset';
import type { FacilitySet } from '../../facilities/facility';
import { hashRegionSet } from '../../regions/hashRegionSet';
import type { Region } from '../../regions/parseRegions';
import type { RegionSet } from '../../regions/regionSet';
import type { Bundle } from './bundle';

/** Test fixtures for the bundle codec: small, with markup and quotes in every kind of name. */

const square = (lon: number, lat: number, d = 0.5) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});

const REGIONS: Region[] = [
  { feature: 1, code: '341221', name: '临泉县', province: 'AH', geometry: square(115, 33), bbox: [115, 33, 115.5, 33.5], vertices: 5 },
  {
    feature: 2,
    code: '341222',
    name: '<img src=x onerror=alert(1)>',
    province: 'AH',
    geometry: { type: 'MultiPolygon', coordinates: [square(116, 33).coordinates, square(117, 33, 0.2).coordinates] },
    bbox: [116, 33, 117.2, 33.5],
    vertices: 10,
  },
  { feature: 3, code: null, name: null, province: null, geometry: square(118, 32), bbox: [118, 32, 118.5, 32.5], vertices: 5 },
];

export const REGION_SET: RegionSet = {
  id: hashRegionSet(REGIONS),
  fileName: 'anhui <counties>.geojson',
  importedAt: '2026-12-01T09:00:00.000Z',
  codeField: 'adcode',
  codeKind: 'county',
  nameField: 'name',
  regions: REGIONS,
  vertices: 20,
  verticesBefore: 120,
};

export const TABLE: ImportedDataset = {
  id: 'u-k3f9a2',
  name: '儿童之家 <b>2018</b>',
  fileName: 'messy "homes".csv',
  importedAt: '2026-11-29T22:00:00.000Z',
  keyColumn: '省份',
  valueColumn: '儿童之家（个）',
  yearColumn: '年份',
  unit: '个',
  kind: 'count',
  parseRule: 'Thousands separators removed; 万 = ×10,000.',
  values: [
    { region: 'SC', year: 2018, value: 12000, row: 2, source: '四川省民政厅 <i>2019</i>' },
    { region: 'HA', year: 2018, value: 9800, row: 3, combined: 2 },
    { region: 'AH', year: 2018, value: 1308.5, row: 7 },
  ],
  combine: { method: 'sum', provinces: 1, rows: 2 },
  subProvince: { level: 'county', rows: 4, column: '县' },
  sourceColumn: '来源',
};

export const FACILITIES: FacilitySet = {
  id: 'fab12c',
  name: 'homes.csv',
  fileName: 'homes.csv',
  importedAt: '2026-11-30T08:00:00.000Z',
  synthetic: false,
  crs: 'GCJ02',
  facilities: [
    { id: 'f1-2', name: '成都儿童之家 <script>', type: 'home', capacity: 1200, opened: 2012, source: '民政局', lon: 104.07, lat: 30.67, row: 2 },
    { id: 'f1-3', name: '', type: 'other', capacity: null, opened: null, source: 'homes.csv', lon: 117.2, lat: 31.8, row: 3 },
  ],
  rejected: [{ row: 4, raw: 'abc, ' }],
};

export const BUNDLE: Omit<Bundle, 'format' | 'version'> = {
  createdAt: '2026-12-02T13:00:00.000Z',
  view: 'v=1&i=u-k3f9a2&y=2018&sel=SC&c=104.07,30.67,6',
  regionSets: [REGION_SET],
  tables: [TABLE],
  facilitySets: [FACILITIES],
};
