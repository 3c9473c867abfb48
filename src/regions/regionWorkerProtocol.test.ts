import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { hashRegionSet } from './hashRegionSet';
import { isRejected } from './regionReport';
import { labelPoint } from './labelPoint';
import { handleRegionRequest, propertyNames } from './regionWorkerProtocol';
import { voronoiCounties } from './voronoiCounties.fixture';
import { PRJ, writeDbf, writeShp, zipFiles } from './shapefileFixture';

const run = async (json: unknown, options = {}) => {
  const r = await handleRegionRequest({ type: 'regions', name: 'f.json', file: new Blob([JSON.stringify(json)]), options });
  if (r.type !== 'done') throw new Error(r.message);
  return r.report;
};

describe('handleRegionRequest', () => {
  const file = voronoiCounties(40, 15, { wiggle: 14 });

  it('reports regions, the columns, vertices before and after simplification and the id of the simplified set', async () => {
    const report = await run(file);
    expect(isRejected(report)).toBe(false);
    expect(report).toMatchObject({ fileName: 'f.json', fileProblem: null, codeField: 'code', codeKind: 'county', nameField: 'name', fields: ['code', 'name', 'pop'], outside: 0 });
    expect(report.regions).toHaveLength(40);
    expect(report.vertices).toBeLessThan(report.verticesBefore);
    expect(report.vertices).toBe(report.regions.reduce((n, r) => n + r.vertices, 0));
    expect(report.id).toBe(hashRegionSet(report.regions));
    expect(Object.values(report.ms).every((ms) => ms >= 0)).toBe(true);
  });

  it("finds each region's label point (labelPoint of the simplified geometry) in the worker", async () => {
    const report = await run(file);
    for (const r of report.regions) {
      const [x, y] = r.anchor!;
      expect(x >= r.bbox[0] && x <= r.bbox[2] && y >= r.bbox[1] && y <= r.bbox[3]).toBe(true);
      expect(r.anchor).toEqual(labelPoint(r.geometry));
    }
  });

  it('reads the same regions from a TopoJSON, with the same id', async () => {
    const topo = topology({ counties: file as never });
    const report = await run(topo);
    expect(report.regions).toHaveLength(40);
    expect(report.fields).toEqual(['code', 'name', 'pop']);
    expect(report.id).toBe((await run(file)).id);
  });

  it('uses the id and name columns the user picked', async () => {
    const report = await run(file, { codeField: 'pop', nameField: 'code' });
    expect(report.regions[0]).toMatchObject({ code: '1000', name: '340100', province: null });
    expect(report.codeKind).toBe('other');
  });

  it.each([
    [{ type: 'FeatureCollection', features: [] }, 'no-regions'],
    [{ hello: 'world' }, 'not-geojson'],
  ])('refuses %j as a whole: %s', async (json, code) => {
    const report = await run(json);
    expect(isRejected(report)).toBe(true);
    expect(report.issues.map((i) => i.code)).toEqual([code]);
    expect(report.id).toBeNull();
  });
});

describe('handleRegionRequest on a zipped shapefile', () => {
  const counties = voronoiCounties(12, 15, { wiggle: 6 });
  const rings = counties.features.map((f) => f.geometry.coordinates);
  const dbf = writeDbf(
    [
      { name: 'CODE', type: 'C', length: 6 },
      { name: 'NAME', type: 'C', length: 30 },
    ],
    counties.features.map((f) => ({ CODE: String(f.properties?.code), NAME: String(f.properties?.name) })),
  );
  const runZip = async (files: Record<string, Uint8Array | string>, name = 'counties.zip') => {
    const r = await handleRegionRequest({ type: 'regions', name, file: new Blob([zipFiles(files) as BlobPart]), options: {} });
    if (r.type !== 'done') throw new Error(r.message);
    return r.report;
  };

  it('reads it (whatever its name) like the same GeoJSON: regions, columns, codes and names', async () => {
    const { shp, shx } = writeShp(rings);
    const report = await runZip({ 'counties.shp': shp, 'counties.shx': shx, 'counties.dbf': dbf, 'counties.prj': PRJ.wgs84 }, 'boundaries.bin');
    expect(isRejected(report)).toBe(false);
    expect(report.regions).toHaveLength(12);
    expect(report).toMatchObject({ codeField: 'CODE', nameField: 'NAME', codeKind: 'county', fields: ['CODE', 'NAME'] });
    expect(report.regions[0]).toMatchObject({ code: '340100', name: '第1县', province: 'AH' });
    expect(report.vertices).toBeLessThanOrEqual(report.verticesBefore);
  });

  it('refuses a shapefile without its .dbf, saying so', async () => {
    const { shp, shx } = writeShp(rings);
    const report = await runZip({ 'counties.shp': shp, 'counties.shx': shx });
    expect(isRejected(report)).toBe(true);
    expect(report.issues.map((i) => i.code)).toEqual(['no-dbf']);
  });
});

describe('propertyNames', () => {
  it.each([
    [{ type: 'FeatureCollection', features: [{ properties: { a: 1 } }, null, { properties: { b: 2, a: 3 } }] }, ['a', 'b']],
    [{ type: 'Feature', properties: { x: 1 } }, ['x']],
    [{ type: 'Topology', objects: { o: { geometries: [{ properties: { k: 1 } }] }, p: { properties: { m: 1 } } } }, ['k', 'm']],
    [null, []],
    ['text', []],
  ])('%j → %j', (json, names) => {
    expect(propertyNames(json)).toEqual(names);
  });
});
