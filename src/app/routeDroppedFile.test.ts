import { describe, expect, it } from 'vitest';
import { routeDroppedFile, routeFile, type DropRoute } from './routeDroppedFile';

const text = (s: string) => new TextEncoder().encode(s);
const route = (name: string, head: string, type = '') => routeDroppedFile({ name, type }, head, text(head));

const polygonFeature = '{"type":"Feature","properties":{"code":"340101","name":"瑶海区"},"geometry":{"type":"Polygon","coordinates":[[[117,31],[118,31],[118,32],[117,31]]]}}';
const pointFeature = '{"type":"Feature","properties":{"name":"儿童之家","type":"home"},"geometry":{"type":"Point","coordinates":[117.2,31.8]}}';

describe('routeDroppedFile', () => {
  it.each<[string, string, string, string, DropRoute]>([
    ['a bundle', 'liushou-atlas-2026-12-02.json', '{"format":"liushou-atlas-bundle","version":1,"regionSets":[', '', 'bundle'],
    ['a GeoJSON of polygons', 'anhui.geojson', `{"type":"FeatureCollection","features":[${polygonFeature}]}`, 'application/geo+json', 'regions'],
    ['a .json of multipolygons', 'counties.json', '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[', '', 'regions'],
    ['polygons after a null geometry', 'a.geojson', '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null},' + polygonFeature, '', 'regions'],
    ['a TopoJSON', 'counties.topojson', '{"type":"Topology","objects":{"counties":{"type":"GeometryCollection","geometries":[', '', 'regions'],
    ['a TopoJSON named .json', 'counties.json', '{"type":"Topology","arcs":[[[0,0]]],"objects":{}}', '', 'regions'],
    ['a zipped shapefile', 'anhui_shp.zip', 'PK\u0003\u0004\u0014\u0000', 'application/zip', 'regions'],
    ['a zip under another name', 'boundaries.dat', 'PK\u0003\u0004\u0014\u0000', '', 'regions'],
    ['a GeoJSON of facility points', 'facilities.geojson', `{"type":"FeatureCollection","features":[${pointFeature}]}`, '', 'table'],
    ['a CSV table', 'children.csv', 'province,year,value\n四川,2020,100\n', 'text/csv', 'table'],
    ['a JSON table', 'table.json', '[{"province":"四川","value":1}]', 'application/json', 'table'],
    ['a GeoJSON of lines (refused by the table import, with its reason)', 'roads.geojson', '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[]}}]}', '', 'table'],
    ['an empty file', 'empty.geojson', '', '', 'table'],
  ])('%s → %s', (_, name, head, type, expected) => {
    expect(route(name, head, type)).toBe(expected);
  });

  it('looks for the geometry past long properties, within the head it is given', () => {
    const long = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"note":"${'x'.repeat(20_000)}"},"geometry":{"type":"Polygon","coordinates":[`;
    expect(route('a.geojson', long)).toBe('regions');
  });

  it('routeFile reads only the head of a file', async () => {
    const big = new Blob([`{"type":"FeatureCollection","features":[${polygonFeature}`, ',' + polygonFeature.repeat(1)]);
    await expect(routeFile(Object.assign(big, { name: 'a.geojson' }))).resolves.toBe('regions');
    await expect(routeFile(Object.assign(new Blob(['a,b\n1,2']), { name: 'x.csv' }))).resolves.toBe('table');
  });
});
