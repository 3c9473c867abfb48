import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REGION_ISSUE_CODES, type RegionIssue } from './regionIssue';
import { MAX_REGIONS, parseRegions } from './parseRegions';
import { regionIssueText } from '../view/regionMessages';
import { voronoiCounties } from './voronoiCounties.fixture';

const square = (x: number, y: number, d = 0.1) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];
const feature = (geometry: Geometry | null, properties: Record<string, unknown> = {}): Feature =>
  ({ type: 'Feature', properties, geometry }) as Feature;
const fc = (...features: Array<Feature | null>) => ({ type: 'FeatureCollection', features });
const poly = (x: number, y: number, props: Record<string, unknown> = {}) => feature({ type: 'Polygon', coordinates: square(x, y) }, props);
const codes = (issues: RegionIssue[]) => issues.map((i) => i.code);

describe('parseRegions on generated counties', () => {
  const file = voronoiCounties(40);
  const before = JSON.stringify(file);
  const result = parseRegions(file);

  it('reads every cell as a region with its code, name and province from the code', () => {
    expect(result.regions).toHaveLength(40);
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ codeField: 'code', nameField: 'name', codeKind: 'county' });
    expect(result.regions[0]).toMatchObject({ feature: 1, code: '340100', name: '第1县', province: 'AH' });
    expect(result.regions.every((r) => r.province === 'AH' && r.vertices >= 4)).toBe(true);
    expect(result.vertices).toBe(result.regions.reduce((n, r) => n + r.vertices, 0));
    const [w, s, e, n] = result.regions[0]?.bbox ?? [];
    expect(w! >= 115 && e! <= 119 && s! >= 30 && n! <= 34).toBe(true);
  });

  it('does not mutate its input', () => {
    expect(JSON.stringify(file)).toBe(before);
  });

  it('reads a TopoJSON, choosing the object with most areas and saying so', () => {
    // Two squares sharing the arc x = 117 (arc 0), and a points object beside them.
    const topology = {
      type: 'Topology',
      objects: {
        labels: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [116.5, 31.5] }] },
        counties: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { adcode: 340102, NAME: '瑶海区' } },
            { type: 'Polygon', arcs: [[2, -1]], properties: { adcode: 340103, NAME: '庐阳区' } },
          ],
        },
      },
      arcs: [
        [
          [117, 31],
          [117, 32],
        ],
        [
          [117, 32],
          [116, 32],
          [116, 31],
          [117, 31],
        ],
        [
          [117, 31],
          [118, 31],
          [118, 32],
          [117, 32],
        ],
      ],
    };
    const r = parseRegions(topology);
    expect(r.regions.map((x) => [x.code, x.name, x.province, x.vertices])).toEqual([
      ['340102', '瑶海区', 'AH', 5],
      ['340103', '庐阳区', 'AH', 5],
    ]);
    expect(r.issues).toEqual([{ code: 'topojson-object', severity: 'warning', feature: null, raw: 'counties', actual: 2 }]);
    expect(r).toMatchObject({ codeField: 'adcode', nameField: 'NAME' });
  });
});

describe('parseRegions: bad features are named, with the reason, and nothing else is lost', () => {
  const bowtie = [
    [
      [116, 31],
      [117, 32],
      [117, 31],
      [116, 32],
      [116, 31],
    ],
  ];
  it.each<[string, Feature | null, string, Partial<RegionIssue>]>([
    ['null geometry', feature(null, { code: '340101', name: '甲' }), 'null-geometry', { name: '甲', regionCode: '340101' }],
    ['a null feature', null, 'null-geometry', {}],
    ['a point among polygons', feature({ type: 'Point', coordinates: [116, 31] }), 'not-polygon', { detail: 'Point' }],
    ['a line', feature({ type: 'LineString', coordinates: [[116, 31], [117, 31]] }), 'not-polygon', { detail: 'LineString' }],
    ['no rings', feature({ type: 'Polygon', coordinates: [] }), 'empty-geometry', {}],
    ['an empty multipolygon part', feature({ type: 'MultiPolygon', coordinates: [[]] }), 'empty-geometry', {}],
    ['a position that is text', feature({ type: 'Polygon', coordinates: [[[116, 31], ['117', 31], [117, 32], [116, 31]]] } as unknown as Geometry), 'bad-coordinate', { raw: '["117",31]' }],
    ['a ring of three positions', feature({ type: 'Polygon', coordinates: [[[116, 31], [117, 31], [116, 31]]] }), 'too-few-positions', { actual: 3 }],
    ['an unclosed ring', feature({ type: 'Polygon', coordinates: [[[116, 31], [117, 31], [117, 32], [116, 32]]] }), 'unclosed-ring', { raw: '[116,31] … [116,32]' }],
    ['a bow tie', feature({ type: 'Polygon', coordinates: bowtie }), 'self-intersection', { actual: 1 }],
    [
      'a hole that crosses its outer ring',
      feature({ type: 'Polygon', coordinates: [square(116, 31, 1)[0]!, square(116.8, 31.2, 0.5)[0]!] }),
      'self-intersection',
      { actual: 2 },
    ],
  ])('%s → %s, feature 2 left out', (_what, bad, code, extra) => {
    const r = parseRegions(fc(poly(116, 31, { code: '340102' }), bad, poly(117, 31, { code: '340103' })));
    expect(r.regions.map((x) => x.feature)).toEqual([1, 3]);
    const issue = r.issues.find((i) => i.feature === 2);
    expect(issue).toMatchObject({ code, severity: 'warning', feature: 2, ...extra });
  });

  it('keeps holes and multipolygons', () => {
    const holed = feature({ type: 'Polygon', coordinates: [square(116, 31, 1)[0]!, square(116.2, 31.2, 0.2)[0]!] }, { code: '340104', name: '甲' });
    const multi = feature({ type: 'MultiPolygon', coordinates: [square(118, 31), square(118.5, 31)] }, { code: '340105', name: '乙' });
    const r = parseRegions(fc(holed, multi));
    expect(r.issues).toEqual([]);
    expect(r.regions.map((x) => x.vertices)).toEqual([10, 10]);
  });

  it('merges features that share a code into one region and names all of them', () => {
    const r = parseRegions(fc(poly(116, 31, { code: '340102', name: '瑶海区' }), poly(117, 31, { code: '340103' }), poly(116.5, 31, { code: '340102' })));
    expect(r.regions.map((x) => [x.code, x.geometry.type, x.vertices])).toEqual([
      ['340102', 'MultiPolygon', 10],
      ['340103', 'Polygon', 5],
    ]);
    expect(r.issues).toEqual([{ code: 'duplicate-code', severity: 'warning', feature: 1, features: [1, 3], name: '瑶海区', regionCode: '340102' }]);
  });

  it('keeps regions outside China apart, named', () => {
    const r = parseRegions(fc(poly(116, 31, { code: '340102' }), poly(10, 50, { code: '340103', name: 'Elsewhere' })));
    expect(r.regions.map((x) => x.code)).toEqual(['340102']);
    expect(r.outside.map((x) => x.code)).toEqual(['340103']);
    expect(codes(r.issues)).toEqual(['outside-china']);
  });

  it.each([
    ['340102', 'AH', []],
    ['990101', null, ['unknown-province']],
  ])('code %s → province %s', (code, province, issues) => {
    const r = parseRegions(fc(poly(116, 31, { code, name: '甲' }), poly(117, 31, { code: '340103', name: '乙' })));
    expect(r.regions[0]?.province).toBe(province);
    expect(codes(r.issues)).toEqual(issues);
  });

  it('reports a feature without a code, and keeps it', () => {
    const r = parseRegions(fc(poly(116, 31, { code: '340102', name: '甲' }), poly(117, 31, { code: '', name: '乙' }), poly(118, 31, { code: '340104', name: '丙' })));
    expect(r.regions).toHaveLength(3);
    expect(r.issues).toMatchObject([{ code: 'missing-code', feature: 2 }]);
  });
});

describe('parseRegions: files that cannot be used are refused with one reason', () => {
  const tooMany = { type: 'FeatureCollection', features: Array.from({ length: MAX_REGIONS + 1 }, (_, i) => poly(100 + (i % 100) * 0.1, 30 + Math.floor(i / 100) * 0.1)) };
  it.each<[string, unknown, Partial<RegionIssue>]>([
    ['null', null, { code: 'not-geojson' }],
    ['an array', [], { code: 'not-geojson' }],
    ['a table', { rows: [] }, { code: 'not-geojson' }],
    ['a broken TopoJSON', { type: 'Topology', objects: { a: { type: 'Polygon', arcs: [[7]] } }, arcs: [] }, { code: 'not-geojson' }],
    ['an empty collection', fc(), { code: 'no-regions' }],
    ['features without geometry', fc(feature(null), feature(null)), { code: 'no-regions' }],
    ['points only', fc(feature({ type: 'Point', coordinates: [116, 31] }), feature({ type: 'MultiPoint', coordinates: [[116, 31]] })), { code: 'not-polygons', actual: 2 }],
    [`${MAX_REGIONS + 1} regions`, tooMany, { code: 'too-many-regions', expected: MAX_REGIONS, actual: MAX_REGIONS + 1 }],
    ['Web Mercator metres', fc(feature({ type: 'Polygon', coordinates: square(12958441, 4852834, 1000) })), { code: 'projected', raw: '12958441, 4852834', detail: 'web-mercator' }],
    ['a Gauss-Krüger false easting', fc(feature({ type: 'Polygon', coordinates: square(39500000, 3500000, 1000) })), { code: 'projected', detail: 'unknown' }],
    ['[lat, lon] order', fc(poly(31, 116), poly(32, 117)), { code: 'swapped-axes' }],
  ])('%s', (_what, json, issue) => {
    const r = parseRegions(json);
    expect(r.regions).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', feature: null, ...issue });
  });

  it('accepts a single Feature or a bare geometry as a set of one', () => {
    expect(parseRegions(poly(116, 31, { code: '340102' })).regions).toHaveLength(1);
    expect(parseRegions({ type: 'Polygon', coordinates: square(116, 31) }).regions).toHaveLength(1);
  });
});

describe('parseRegions: which property is the code, which the name', () => {
  it.each<[string, Record<string, unknown>[], Partial<ReturnType<typeof parseRegions>>]>([
    ['numeric codes and NAME', [{ adcode: 340102, NAME: '瑶海区' }, { adcode: 340103, NAME: '庐阳区' }], { codeField: 'adcode', nameField: 'NAME', codeKind: 'county' }],
    ['township codes', [{ xzqdm: '340102001', xzqmc: '明光路街道' }, { xzqdm: '340102002', xzqmc: '大兴镇' }], { codeField: 'xzqdm', nameField: 'xzqmc', codeKind: 'township' }],
    ['Chinese names under any key', [{ id: 1, label: '甲镇' }, { id: 2, label: '乙镇' }], { codeField: null, nameField: 'label', codeKind: null }],
  ])('%s', (_what, props, expected) => {
    const r = parseRegions(fc(...props.map((p, i) => poly(116 + i, 31, p))));
    expect(r).toMatchObject(expected);
  });

  it('uses the id column the user picked, without guessing a province from it', () => {
    const r = parseRegions(fc(poly(116, 31, { myid: 'A-1', name: '甲' }), poly(117, 31, { myid: 'A-2', name: '乙' })), { codeField: 'myid' });
    expect(r.regions.map((x) => [x.code, x.province])).toEqual([
      ['A-1', null],
      ['A-2', null],
    ]);
    expect(r.codeKind).toBe('other');
  });

  it('says when no property holds codes or names', () => {
    const r = parseRegions(fc(poly(116, 31, { pop: 5 }), poly(117, 31, { pop: 6 })));
    expect(codes(r.issues)).toEqual(['no-code-field', 'no-name-field']);
    expect(r.regions).toHaveLength(2);
  });
});

describe('regionIssueText', () => {
  const sample = (code: RegionIssue['code']): RegionIssue => ({ code, severity: 'warning', feature: 3, name: '瑶海区', regionCode: '340102', raw: '<b>x</b>', actual: 2, expected: 4, features: [1, 3], detail: 'Point' });

  it.each(REGION_ISSUE_CODES)('%s has a sentence in both languages that names the feature', (code) => {
    const en = regionIssueText(sample(code), 'en');
    const zh = regionIssueText(sample(code), 'zh');
    expect(en).toMatch(/^Feature 3 \(瑶海区, 340102\): \S/);
    expect(zh).toMatch(/^第3个要素（瑶海区，340102）：\S/);
    expect(en).not.toContain('undefined');
    expect(zh).not.toContain('undefined');
  });

  it('states whole-file problems without a feature, quoting the file as text', () => {
    const issue: RegionIssue = { code: 'projected', severity: 'error', feature: null, raw: '12958441, 4852834', detail: 'web-mercator' };
    expect(regionIssueText(issue, 'en')).toBe(
      'These look projected, not longitude/latitude: “12958441, 4852834” (perhaps Web Mercator, EPSG:3857). Save the file in WGS 84 (EPSG:4326) and try again.',
    );
    expect(regionIssueText({ ...issue, raw: 'x'.repeat(80) }, 'zh')).toContain(`${'x'.repeat(60)}…`);
  });
});
