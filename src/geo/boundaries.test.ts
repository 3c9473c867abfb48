// Checks the committed outputs of geo/build.mjs (public/geo, public/fonts), so a rebuild that
// loses a unit, opens gaps between neighbours or breaks navigation fails here.
// All coordinates are GeoJSON [lon, lat] in degrees; turf areas are m².
import fs from 'node:fs';
import zlib from 'node:zlib';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { UNITS, UNIT_BY_ID, isUnitId, type UnitId } from './units';

const readPublic = (file: string): Buffer => fs.readFileSync(new URL(`../../public/${file}`, import.meta.url));
const readJson = <T>(file: string): T => JSON.parse(readPublic(file).toString('utf8')) as T;

interface UnitProps {
  id: string;
  gb: string;
  iso: string;
  en: string;
  zh: string;
  zhFull: string;
}
type Area = Polygon | MultiPolygon;

const provincesTopo = readJson<Topology<{ provinces: GeometryCollection<UnitProps> }>>('geo/provinces.json');
const provinces = feature(provincesTopo, provincesTopo.objects.provinces) as FeatureCollection<Area, UnitProps>;
const byId = new Map(provinces.features.map((f) => [f.properties.id, f]));
const labels = readJson<FeatureCollection<Point, UnitProps>>('geo/labels.json');
const adjacency = readJson<Record<string, string[]>>('geo/adjacency.json');
const basemapTopo = readJson<Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>>(
  'geo/basemap.json',
);

/** The properties each output must carry: exactly these six, from units.json. */
const expectedProps = (id: UnitId): UnitProps => {
  const { gb, iso, en, zh, zhFull } = UNIT_BY_ID.get(id)!;
  return { id, gb, iso, en, zh, zhFull };
};

const positions = (g: Area): Position[] => (g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2));

const unitCases = UNITS.map((u) => [u.id] as const);

describe('provinces.json', () => {
  it('has one object, "provinces", of 34 geometries', () => {
    expect(Object.keys(provincesTopo.objects)).toEqual(['provinces']);
    expect(provinces.features).toHaveLength(34);
  });

  it('holds each unit exactly once, in GB/T 2260 order', () => {
    expect(provinces.features.map((f) => f.properties.id)).toEqual(UNITS.map((u) => u.id));
  });

  it.each(unitCases)('%s carries exactly the six unit properties of units.json', (id) => {
    expect(byId.get(id)?.properties).toStrictEqual(expectedProps(id));
  });

  it.each(unitCases)('%s has a 6-digit GB code and a CN-XX ISO code', (id) => {
    const p = byId.get(id)!.properties;
    expect(p.gb).toMatch(/^\d{6}$/);
    expect(p.iso).toMatch(/^CN-[A-Z]{2}$/);
    expect(p.iso).toBe(`CN-${p.id}`);
  });

  it.each(unitCases)('%s is a valid, non-empty (multi)polygon inside China’s extent', (id) => {
    const f = byId.get(id)!;
    expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    expect(turf.booleanValid(f)).toBe(true);
    expect(turf.area(f)).toBeGreaterThan(10e6); // Macao, the smallest, is ~30 km²
    for (const [lon, lat] of positions(f.geometry)) {
      expect(lon).toBeGreaterThanOrEqual(73);
      expect(lon).toBeLessThanOrEqual(136);
      expect(lat).toBeGreaterThanOrEqual(3);
      expect(lat).toBeLessThanOrEqual(54);
    }
  });

  it('keeps the Paracel Islands in Hainan', () => {
    const hainan = byId.get('HI')!;
    // Woody Island (Yongxing Dao), the Paracels' largest, at about [112.33, 16.83].
    expect(turf.booleanPointInPolygon([112.332, 16.831], hainan)).toBe(true);
    expect(turf.bbox(hainan)[1]).toBeLessThan(16); // southernmost islet ~15.8°N
  });

  it.each<[UnitId, Position]>([
    ['SC', [104.07, 30.67]], // Chengdu
    ['SX', [112.55, 37.87]], // Taiyuan
    ['SN', [108.94, 34.34]], // Xi'an
    ['HE', [114.51, 38.04]], // Shijiazhuang
    ['HA', [113.63, 34.75]], // Zhengzhou
    ['NM', [111.75, 40.84]], // Hohhot
    ['XZ', [91.11, 29.65]], // Lhasa
    ['TW', [121.56, 25.04]], // Taipei
    ['HK', [114.17, 22.32]], // Kowloon
    ['BJ', [116.4, 39.9]], // Tiananmen
  ])('%s contains its capital %j', (id, point) => {
    expect(turf.booleanPointInPolygon(point, byId.get(id)!)).toBe(true);
  });

  // Neighbours must share borders exactly. Union all 34 units: a gap between neighbours
  // shows up as an interior ring of the union (the 34 units have no real holes: no
  // unit is enclosed by others and Natural Earth cuts no lakes out of them), and an overlap
  // as summed areas exceeding the union's area. The 0.1% tolerance (~9,400 km²) leaves room
  // only for floating-point noise in the polygon clipper, well below a single county; the
  // build measured 7e-8 (under 1 km²).
  it('has no gaps or overlaps between neighbours', () => {
    const union = turf.union(provinces)!;
    const parts = union.geometry.type === 'Polygon' ? [union.geometry.coordinates] : union.geometry.coordinates;
    const interiorRings = parts.flatMap((rings) => rings.slice(1));
    expect(interiorRings).toEqual([]);

    const summed = provinces.features.reduce((sum, f) => sum + turf.area(f), 0);
    const unionArea = turf.area(union);
    expect((summed - unionArea) / unionArea).toBeLessThan(0.001);
    // Natural Earth's de facto China (with Taiwan, Hong Kong, Macao) is ~9.41 million km².
    expect(unionArea / 1e6).toBeGreaterThan(9.2e6);
    expect(unionArea / 1e6).toBeLessThan(9.7e6);
  }, 60_000); // a turf union of 34 provinces: ~4.5 s alone, more with the other suites on 2 cores
});

describe('adjacency.json', () => {
  const pairs = Object.entries(adjacency).flatMap(([a, list]) => list.map((b) => [a, b] as const));

  it('lists every unit, with known ids only', () => {
    expect(Object.keys(adjacency)).toEqual(UNITS.map((u) => u.id));
    for (const [a, b] of pairs) {
      expect(isUnitId(b), `${a} → ${b}`).toBe(true);
      expect(b).not.toBe(a);
    }
  });

  it('is symmetric', () => {
    const asymmetric = pairs.filter(([a, b]) => !adjacency[b]?.includes(a));
    expect(asymmetric).toEqual([]);
  });

  it('gives every unit at least one neighbour, so arrow keys can reach it', () => {
    for (const u of UNITS) expect(adjacency[u.id]?.length, u.id).toBeGreaterThan(0);
  });

  it('knows Sichuan’s neighbours', () => {
    expect([...adjacency.SC!].sort()).toEqual(['CQ', 'GS', 'GZ', 'QH', 'SN', 'XZ', 'YN']);
  });

  it.each<[UnitId, UnitId]>([
    ['SX', 'SN'], // Shanxi and Shaanxi, across the Yellow River
    ['HE', 'HA'], // Hebei and Henan
    ['HB', 'HN'], // Hubei and Hunan
    ['NM', 'HL'],
    ['NM', 'GS'],
    ['GD', 'HK'],
    ['GD', 'MO'],
    ['HK', 'MO'], // the documented estuary link
  ])('%s and %s are neighbours', (a, b) => {
    expect(adjacency[a]).toContain(b);
  });

  it.each<[UnitId, UnitId]>([
    ['SX', 'SD'],
    ['BJ', 'SD'],
    ['SC', 'XJ'],
    ['HK', 'TW'],
  ])('%s and %s are not neighbours', (a, b) => {
    expect(adjacency[a]).not.toContain(b);
  });

  // Everything else must come from borders the two units really share in the topology.
  it('adds only the documented links to the shared borders of the topology', () => {
    const geometries = provincesTopo.objects.provinces.geometries;
    const ids = geometries.map((g) => (g.properties as UnitProps).id);
    const shared = new Set(
      neighbors(geometries).flatMap((list, i) => list.map((j) => `${ids[i]}-${ids[j]}`)),
    );
    const extra = pairs.filter(([a, b]) => a < b && !shared.has(`${a}-${b}`)).map(([a, b]) => `${a}-${b}`);
    // Islands across the sea, Macao, whose short land border 1:10m data does not close, and the
    // Pearl River estuary between Hong Kong and Macao, so that arrow keys reach Hong Kong.
    expect(extra.sort()).toEqual(['FJ-TW', 'GD-HI', 'GD-MO', 'GX-HI', 'HK-MO']);
    const missing = [...shared].filter((key) => {
      const [a, b] = key.split('-') as [string, string];
      return !adjacency[a]?.includes(b);
    });
    expect(missing).toEqual([]);
  });
});

describe('labels.json', () => {
  it('has one point per unit, in GB/T 2260 order', () => {
    expect(labels.type).toBe('FeatureCollection');
    expect(labels.features.map((f) => f.properties.id)).toEqual(UNITS.map((u) => u.id));
    for (const f of labels.features) expect(f.geometry.type).toBe('Point');
  });

  it.each(unitCases)('%s label carries the six unit properties and lies inside the unit', (id) => {
    const label = labels.features.find((f) => f.properties.id === id) as Feature<Point, UnitProps>;
    expect(label.properties).toStrictEqual(expectedProps(id));
    const [lon, lat] = label.geometry.coordinates as [number, number];
    expect(Math.round(lon * 1000) / 1000).toBe(lon); // [lon, lat], 3 decimals (~100 m)
    expect(Math.round(lat * 1000) / 1000).toBe(lat);
    expect(turf.booleanPointInPolygon(label.geometry, byId.get(id)!)).toBe(true);
  });

  it('keeps Gansu and Inner Mongolia labels away from their far ends', () => {
    // Both are long curved units: a pole of inaccessibility alone lands at Gansu's
    // north-western tip (~96°E); the builder prefers a point nearer the middle.
    const lonOf = (id: UnitId) => labels.features.find((f) => f.properties.id === id)!.geometry.coordinates[0]!;
    expect(lonOf('GS')).toBeGreaterThan(98);
    expect(lonOf('GS')).toBeLessThan(106);
    expect(lonOf('NM')).toBeGreaterThan(106);
    expect(lonOf('NM')).toBeLessThan(122);
  });
});

describe('basemap.json', () => {
  const countries = feature(basemapTopo, basemapTopo.objects.countries) as FeatureCollection<Area, { name: string }>;
  const names = countries.features.map((f) => f.properties.name);

  it('has the objects countries and land', () => {
    expect(Object.keys(basemapTopo.objects).sort()).toEqual(['countries', 'land']);
    expect(basemapTopo.objects.land.geometries.length).toBeGreaterThan(0);
  });

  it('names China’s neighbours, each with a name property only', () => {
    expect(names).toEqual(expect.arrayContaining(['Mongolia', 'India', 'Vietnam', 'Russia', 'Kazakhstan', 'Japan']));
    for (const f of countries.features) expect(Object.keys(f.properties)).toEqual(['name']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('leaves China, Taiwan, Hong Kong and Macao to provinces.json', () => {
    for (const name of ['China', 'Taiwan', 'Hong Kong', 'Macao']) expect(names).not.toContain(name);
  });

  it('is clipped to lon 60–150, lat 0–58', () => {
    const [west, south, east, north] = turf.bbox(countries);
    expect(west).toBeGreaterThanOrEqual(60 - 1e-6);
    expect(south).toBeGreaterThanOrEqual(0 - 1e-6);
    expect(east).toBeLessThanOrEqual(150 + 1e-6);
    expect(north).toBeLessThanOrEqual(58 + 1e-6);
  });
});

describe('download budget', () => {
  it('keeps provinces + basemap + labels within 250 KB gzip', () => {
    const gzip = ['geo/provinces.json', 'geo/basemap.json', 'geo/labels.json']
      .map((file) => zlib.gzipSync(readPublic(file), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(gzip).toBeLessThanOrEqual(250 * 1024);
  });

  it('ships the label font as WOFF2 with its SIL OFL 1.1 licence', () => {
    const font = readPublic('fonts/labels.woff2');
    expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(font.length).toBeLessThan(100 * 1024);
    const licence = readPublic('fonts/OFL.txt').toString('utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(licence).toContain('Adobe');
  });
});
