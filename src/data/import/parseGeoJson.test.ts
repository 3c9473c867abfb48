import { describe, expect, it } from 'vitest';
import { isInChina, parseGeoJson } from './parseGeoJson';
import type { ImportIssue } from './importIssue';

const brief = (issues: ImportIssue[]) => issues.map((i) => [i.code, i.severity, i.row, i.rowKind ?? null]);

const square = (lon: number, lat: number) => [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]];

const VALID = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '四川省', children: 765000 }, geometry: { type: 'Polygon', coordinates: square(103, 30) } },
    { type: 'Feature', properties: { name: '河南省', note: null }, geometry: { type: 'MultiPolygon', coordinates: [square(113, 34)] } },
    { type: 'Feature', properties: { facility: '成都儿童之家', beds: 12 }, geometry: { type: 'Point', coordinates: [104.07, 30.67] } },
    {
      type: 'Feature',
      properties: { facility: '两点' },
      geometry: { type: 'MultiPoint', coordinates: [[113.62, 34.75, 100], [106.55, 29.56]] },
    },
    { type: 'Feature', properties: { name: '无位置' }, geometry: null },
  ],
};

describe('parseGeoJson', () => {
  it('turns a FeatureCollection into property rows plus points', () => {
    const r = parseGeoJson(VALID);
    expect(r.issues).toEqual([]);
    expect(r.table).toEqual({
      columns: ['name', 'children', 'note', 'facility', 'beds'],
      rows: [
        ['四川省', '765000', '', '', ''],
        ['河南省', '', '', '', ''],
        ['', '', '', '成都儿童之家', '12'],
        ['', '', '', '两点', ''],
        ['无位置', '', '', '', ''],
      ],
      rowNumbers: [1, 2, 3, 4, 5],
      format: 'geojson',
      issues: [],
    });
    expect(r.points).toEqual([
      { row: 3, lon: 104.07, lat: 30.67, props: { facility: '成都儿童之家', beds: '12' } },
      { row: 4, lon: 113.62, lat: 34.75, props: { facility: '两点' } },
      { row: 4, lon: 106.55, lat: 29.56, props: { facility: '两点' } },
    ]);
    expect(r.outside).toEqual([]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(VALID);
    parseGeoJson(VALID);
    expect(JSON.stringify(VALID)).toBe(before);
  });

  it('accepts a single Feature and a bare geometry', () => {
    const f = parseGeoJson({ type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [104, 30] } });
    expect(f.table.rows).toEqual([['1']]);
    expect(f.points).toEqual([{ row: 1, lon: 104, lat: 30, props: { a: '1' } }]);
    const g = parseGeoJson({ type: 'Point', coordinates: [104, 30] });
    expect(g.points).toEqual([{ row: 1, lon: 104, lat: 30, props: {} }]);
  });

  it('reports invalid features and geometries by feature number, keeping good properties', () => {
    const r = parseGeoJson({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { n: 'ok' }, geometry: { type: 'Point', coordinates: [104, 30] } },
        { type: 'Feature', properties: { n: 'bad type' }, geometry: { type: 'Circle', coordinates: [104, 30] } },
        { type: 'Feature', properties: { n: 'text coords' }, geometry: { type: 'Point', coordinates: ['104', '30'] } },
        { type: 'Feature', properties: { n: 'one number' }, geometry: { type: 'Point', coordinates: [104] } },
        { type: 'Feature', properties: { n: 'flat polygon' }, geometry: { type: 'Polygon', coordinates: [104, 30] } },
        { type: 'Feature', properties: { n: 'no geometry member' } },
        { type: 'Feature', properties: { n: 'projected' }, geometry: { type: 'Polygon', coordinates: square(11_500_000, 3_500_000) } },
        { type: 'Feature', properties: { n: 'projected point' }, geometry: { type: 'Point', coordinates: [11_500_000, 3_500_000] } },
        'not a feature',
        { type: 'Polygon', coordinates: square(1, 1) },
      ],
    });
    expect(brief(r.issues)).toEqual([
      ['invalid-geometry', 'warning', 2, 'feature'],
      ['invalid-geometry', 'warning', 3, 'feature'],
      ['invalid-geometry', 'warning', 4, 'feature'],
      ['invalid-geometry', 'warning', 5, 'feature'],
      ['invalid-geometry', 'warning', 6, 'feature'],
      ['bad-coordinates', 'warning', 7, 'feature'],
      ['bad-coordinates', 'warning', 8, 'feature'],
      ['invalid-feature', 'warning', 9, 'feature'],
      ['invalid-feature', 'warning', 10, 'feature'],
    ]);
    expect(r.table.rows.map((row) => row[0])).toEqual([
      'ok', 'bad type', 'text coords', 'one number', 'flat polygon', 'no geometry member', 'projected', 'projected point',
    ]);
    expect(r.table.rowNumbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.points.map((p) => p.row)).toEqual([1]);
    expect(r.outside).toEqual([]);
  });

  it('flags [lat, lon] points as outside China, says they look swapped, and keeps them apart', () => {
    const r = parseGeoJson({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { n: 'Chengdu swapped' }, geometry: { type: 'Point', coordinates: [30.67, 104.07] } },
        { type: 'Feature', properties: { n: 'Zhengzhou' }, geometry: { type: 'Point', coordinates: [113.62, 34.75] } },
        { type: 'Feature', properties: { n: 'Paris' }, geometry: { type: 'Point', coordinates: [2.35, 48.86] } },
      ],
    });
    expect(r.points.map((p) => p.props['n'])).toEqual(['Zhengzhou']);
    expect(r.outside).toEqual([
      { row: 1, lon: 30.67, lat: 104.07, props: { n: 'Chengdu swapped' } },
      { row: 3, lon: 2.35, lat: 48.86, props: { n: 'Paris' } },
    ]);
    expect(r.issues).toEqual([
      { code: 'point-outside-china', severity: 'warning', row: 1, rowKind: 'feature', field: null, raw: '[30.67, 104.07]', detail: 'looks-swapped' },
      { code: 'point-outside-china', severity: 'warning', row: 3, rowKind: 'feature', field: null, raw: '[2.35, 48.86]' },
    ]);
  });

  it('flags a swapped point in western China, where both numbers are valid degrees', () => {
    const kashgar = [39.47, 75.99]; // [lat, lon] by mistake
    const r = parseGeoJson({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: kashgar } });
    expect(r.points).toEqual([]);
    expect(r.outside).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'point-outside-china', detail: 'looks-swapped' });
  });

  it('rejects objects that are not GeoJSON', () => {
    for (const x of [null, 42, 'x', [], { type: 'Foo' }, { features: [] }, { type: 'FeatureCollection', features: {} }]) {
      const r = parseGeoJson(x);
      expect(brief(r.issues)).toEqual([['invalid-geojson', 'error', null, null]]);
      expect(r.table.rows).toEqual([]);
    }
    expect(brief(parseGeoJson({ type: 'Topology' }).issues)).toEqual([['topojson', 'error', null, null]]);
    expect(brief(parseGeoJson({ type: 'FeatureCollection', features: [] }).issues)).toEqual([['no-rows', 'error', null, null]]);
  });

  it('rejects more features than maxRows', () => {
    const f = { type: 'Feature', properties: {}, geometry: null };
    const r = parseGeoJson({ type: 'FeatureCollection', features: [f, f, f] }, { maxRows: 2 });
    expect(r.issues).toEqual([{ code: 'too-many-rows', severity: 'error', row: null, field: null, expected: 2, actual: 3 }]);
  });
});

describe('isInChina', () => {
  it.each([
    [104.07, 30.67, true], // Chengdu
    [126.63, 45.75, true], // Harbin
    [121.5, 25.03, true], // Taipei
    [87.6, 43.8, true], // Urumqi
    [30.67, 104.07, false],
    [2.35, 48.86, false],
    [139.7, 35.7, false], // Tokyo
  ])('(%s, %s) → %s', (lon, lat, inside) => {
    expect(isInChina(lon, lat)).toBe(inside);
  });
});
