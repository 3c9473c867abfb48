import { describe, expect, it } from 'vitest';
import { parseBytes } from '../data/import/parseBytes';
import { importIssueText } from './importMessages';

const parse = (name: string, text: string) => parseBytes(name, new TextEncoder().encode(text));
const codes = (name: string, text: string) => parse(name, text).issues.map((i) => [i.code, i.severity, i.actual ?? null]);

// Issue #14: these ended at "Map 0 values" with no note.
describe('clear notes for files that are not a table of figures', () => {
  const polygon = (props: object) => ({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [[[100, 30], [101, 30], [101, 31], [100, 30]]] } });

  it('says a polygon GeoJSON holds areas, not points or a table', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [polygon({ name: 'A' }), polygon({ name: 'B' })] });
    expect(codes('areas.geojson', text)).toEqual([['areas-not-points', 'warning', 2]]);
    const f = parse('areas.geojson', text);
    expect(importIssueText(f.issues[0]!, 'en')).toMatch(/2 features are areas \(polygons\), not points or a table/);
    expect(importIssueText(f.issues[0]!, 'zh')).toMatch(/面/);
  });

  it('says nothing about areas when the file also has points', () => {
    const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [104, 30] } };
    expect(codes('mixed.geojson', JSON.stringify({ type: 'FeatureCollection', features: [polygon({}), point] }))).toEqual([]);
  });

  it.each([
    ['arrays', '['.repeat(10000) + ']'.repeat(10000)],
    ['objects', '{"a":'.repeat(10000) + '1' + '}'.repeat(10000)],
    ['a deep value in a table', '[{"province":"Sichuan","v":' + '['.repeat(10000) + ']'.repeat(10000) + '}]'],
    ['geometry collections', '{"type":"Feature","properties":{},"geometry":' + '{"type":"GeometryCollection","geometries":['.repeat(5000) + ']}'.repeat(5000) + '}'],
  ])('rejects JSON nested 10,000 deep (%s) with its own message, not an internal error', (_, text) => {
    const f = parse('deep.json', text);
    expect(f.issues.map((i) => i.code)).toEqual(['json-too-deep']);
    expect(importIssueText(f.issues[0]!, 'en')).toMatch(/nested more than 64 levels deep/);
  });

  it('reads ordinary nesting (a MultiPolygon inside a FeatureCollection) as before', () => {
    const mp = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { v: 1 }, geometry: { type: 'MultiPolygon', coordinates: [[[[100, 30], [101, 30], [101, 31], [100, 30]]]] } }] };
    expect(parse('mp.geojson', JSON.stringify(mp)).table.rows).toEqual([['1']]);
  });
});
