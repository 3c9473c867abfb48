import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleFileName, MAX_BUNDLE_TABLES } from './bundle';
import { BUNDLE, FACILITIES, REGION_SET, TABLE } from './bundle.fixture';
import { formatBundle, looksLikeBundle } from './formatBundle';
import { parseBundle, type BundleRead } from './parseBundle';

const docOf = () => JSON.parse(formatBundle(BUNDLE)) as Record<string, any>;
/** The document with one change made by `edit`, as file text. */
const edited = (edit: (doc: Record<string, any>) => void) => {
  const doc = docOf();
  edit(doc);
  return JSON.stringify(doc);
};
const fieldsOf = (read: BundleRead) => (!read.ok && read.refusal.reason === 'fields' ? read.refusal.issues : []);

describe('bundle round trip', () => {
  it('reads back exactly what it wrote: view, region set, table with its sources, facilities with theirs', () => {
    const read = parseBundle(formatBundle(BUNDLE));
    expect(read).toEqual({ ok: true, bundle: { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, ...BUNDLE } });
  });

  it('keeps markup and quotes in names as the same text', () => {
    const read = parseBundle(formatBundle(BUNDLE));
    if (!read.ok) throw new Error('not read');
    expect(read.bundle.tables[0]?.name).toBe('儿童之家 <b>2018</b>');
    expect(read.bundle.regionSets[0]?.regions[1]?.name).toBe('<img src=x onerror=alert(1)>');
    expect(read.bundle.facilitySets[0]?.facilities[0]?.name).toBe('成都儿童之家 <script>');
  });

  it('round-trips the default view, a bundle with nothing but a view, and a view given with `?`', () => {
    for (const content of [
      { ...BUNDLE, view: '' },
      { ...BUNDLE, regionSets: [], tables: [], facilitySets: [] },
    ]) {
      const read = parseBundle(formatBundle(content));
      expect(read.ok && read.bundle).toEqual({ format: BUNDLE_FORMAT, version: 1, ...content });
    }
    const read = parseBundle(formatBundle({ ...BUNDLE, view: '?v=1&sel=SC' }));
    expect(read.ok && read.bundle.view).toBe('v=1&sel=SC');
  });

  it('does not mutate what it is given', () => {
    const before = JSON.stringify(BUNDLE);
    parseBundle(formatBundle(BUNDLE));
    expect(JSON.stringify(BUNDLE)).toBe(before);
  });

  it('recomputes extent and vertex counts instead of trusting the file', () => {
    const read = parseBundle(
      edited((d) => {
        d.regionSets[0].regions[0].bbox = [0, 0, 1, 1];
        d.regionSets[0].regions[0].vertices = 99;
        d.regionSets[0].vertices = 1;
      }),
    );
    expect(read.ok && read.bundle.regionSets[0]?.regions[0]?.bbox).toEqual([115, 33, 115.5, 33.5]);
    expect(read.ok && read.bundle.regionSets[0]?.regions[0]?.vertices).toBe(5);
    expect(read.ok && read.bundle.regionSets[0]?.vertices).toBe(REGION_SET.vertices);
  });

  it('is recognised from its first bytes, BOM and spaces allowed; a table or GeoJSON is not', () => {
    const text = formatBundle(BUNDLE);
    expect(looksLikeBundle(text.slice(0, 200))).toBe(true);
    expect(looksLikeBundle(`\uFEFF { "format" : "liushou-atlas-bundle", "version": 1 }`)).toBe(true);
    expect(looksLikeBundle('{"type":"FeatureCollection","features":[]}')).toBe(false);
    expect(looksLikeBundle('format,liushou-atlas-bundle\n')).toBe(false);
  });

  it('names the file after the date it was made', () => {
    expect(bundleFileName('2026-12-02T13:00:00.000Z')).toBe('liushou-atlas-2026-12-02.json');
  });
});

describe('bundle refusals', () => {
  it('refuses a file over the size limit before parsing it', () => {
    expect(parseBundle('{"format":"liushou-atlas-bundle"}' + ' '.repeat(100), { maxBytes: 100 })).toEqual({
      ok: false,
      refusal: { reason: 'too-big', size: 133, max: 100 },
    });
  });

  it.each([
    ['malformed JSON', '{"format":"liushou-atlas-bundle",', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['a GeoJSON', '{"type":"FeatureCollection","features":[]}', 'not-bundle'],
    ['another format', '{"format":"kepler.gl"}', 'not-bundle'],
    ['a list', '[1,2]', 'not-bundle'],
    ['null', 'null', 'not-bundle'],
  ])('refuses %s', (_n, text, reason) => {
    const read = parseBundle(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.refusal.reason).toBe(reason);
  });

  it('refuses a bundle from a newer version, saying which versions it reads', () => {
    expect(parseBundle(edited((d) => (d.version = 7)))).toEqual({ ok: false, refusal: { reason: 'newer', version: 7, max: BUNDLE_VERSION } });
  });

  it.each([
    ['missing', undefined, 'missing'],
    ['zero', 0, 'range'],
    ['a fraction', 1.5, 'range'],
    ['text', '1', 'range'],
  ])('refuses a version that is %s, naming the field', (_n, version, problem) => {
    expect(fieldsOf(parseBundle(edited((d) => (d.version = version))))).toEqual([expect.objectContaining({ field: 'version', problem })]);
  });

  it('runs the migrations of older versions in order, then reads the result', () => {
    const seen: number[] = [];
    const migrations = [
      (d: Record<string, unknown>) => (seen.push(1), { ...d, version: 2, tables: [], sheets: undefined, view: `${d.oldView}` }),
      (d: Record<string, unknown>) => (seen.push(2), { ...d, version: 3, createdAt: '2026-01-01' }),
    ];
    const old = { format: BUNDLE_FORMAT, version: 1, createdAt: 'x', oldView: 'v=1&sel=HA' };
    const read = parseBundle(JSON.stringify(old), { version: 3, migrations });
    expect(seen).toEqual([1, 2]);
    expect(read.ok && read.bundle.view).toBe('v=1&sel=HA');
    expect(read.ok && read.bundle.createdAt).toBe('2026-01-01');
    // A version-2 file skips the first step.
    seen.length = 0;
    parseBundle(JSON.stringify({ ...old, version: 2, view: '' }), { version: 3, migrations });
    expect(seen).toEqual([2]);
  });

  const bad: Array<[string, (d: Record<string, any>) => void, string, string]> = [
    ['a value that is text', (d) => (d.tables[0].values[2].value = '1308'), 'tables[0].values[2].value', 'type'],
    ['a value beyond what can be drawn', (d) => (d.tables[0].values[1].value = 1e308), 'tables[0].values[1].value', 'range'],
    ['a value that is null (missing is left out)', (d) => (d.tables[0].values[0].value = null), 'tables[0].values[0].value', 'missing'],
    ['markup where a province code belongs', (d) => (d.tables[0].values[1].region = '<b>SC</b>'), 'tables[0].values[1].region', 'choice'],
    ['a year out of range', (d) => (d.tables[0].values[0].year = 99999), 'tables[0].values[0].year', 'range'],
    ['row 0', (d) => (d.tables[0].values[0].row = 0), 'tables[0].values[0].row', 'range'],
    ['an unknown kind', (d) => (d.tables[0].kind = 'average'), 'tables[0].kind', 'choice'],
    ['a name too long', (d) => (d.tables[0].name = 'x'.repeat(301)), 'tables[0].name', 'too-long'],
    ['a table id outside the imported namespace', (d) => (d.tables[0].id = 'children'), 'tables[0].id', 'form'],
    ['a table without values', (d) => (d.tables[0].values = []), 'tables[0].values', 'empty'],
    ['no date', (d) => (d.tables[0].importedAt = 'yesterday'), 'tables[0].importedAt', 'date'],
    ['an unknown combination', (d) => (d.tables[0].combine.method = 'median'), 'tables[0].combine.method', 'choice'],
    ['two tables with one id', (d) => d.tables.push(d.tables[0]), 'tables[1].id', 'duplicate'],
    ['too many tables', (d) => (d.tables = Array(MAX_BUNDLE_TABLES + 1).fill(d.tables[0])), 'tables', 'too-long'],
    ['tables that are not a list', (d) => (d.tables = { 0: d.tables[0] }), 'tables', 'type'],
    ['a view that is not text', (d) => (d.view = { i: 'children' }), 'view', 'type'],
    ['no creation date', (d) => delete d.createdAt, 'createdAt', 'missing'],
    ['a facility outside the globe', (d) => (d.facilitySets[0].facilities[1].lat = 123), 'facilitySets[0].facilities[1].lat', 'range'],
    ['an unknown facility type', (d) => (d.facilitySets[0].facilities[0].type = 'hospital'), 'facilitySets[0].facilities[0].type', 'choice'],
    ['a negative capacity', (d) => (d.facilitySets[0].facilities[0].capacity = -5), 'facilitySets[0].facilities[0].capacity', 'range'],
    ['an unknown coordinate system', (d) => (d.facilitySets[0].crs = 'EPSG:3857'), 'facilitySets[0].crs', 'choice'],
    ['synthetic as text', (d) => (d.facilitySets[0].synthetic = 'no'), 'facilitySets[0].synthetic', 'type'],
    ['a region set id of another form', (d) => (d.regionSets[0].id = 'anhui'), 'regionSets[0].id', 'form'],
    ['a region set id that is not the hash of its regions (it could replace another kept set)', (d) => (d.regionSets[0].id = 'r-0000aaaa'), 'regionSets[0].id', 'form'],
    ['boundaries changed under the same id', (d) => (d.regionSets[0].regions[0].name = '临泉'), 'regionSets[0].id', 'form'],
    ['a point where a region belongs', (d) => (d.regionSets[0].regions[2].geometry = { type: 'Point', coordinates: [118, 32] }), 'regionSets[0].regions[2].geometry.type', 'choice'],
    ['an unclosed ring', (d) => d.regionSets[0].regions[0].geometry.coordinates[0].pop(), 'regionSets[0].regions[0].geometry.coordinates[0]', 'form'],
    ['a ring of three positions', (d) => d.regionSets[0].regions[0].geometry.coordinates[0].splice(1, 2), 'regionSets[0].regions[0].geometry.coordinates[0]', 'empty'],
    ['projected coordinates', (d) => (d.regionSets[0].regions[1].geometry.coordinates[1][0][2] = [12900000, 3900000]), 'regionSets[0].regions[1].geometry.coordinates[1][0][2]', 'range'],
    ['a region province that is not one', (d) => (d.regionSets[0].regions[0].province = 'XX'), 'regionSets[0].regions[0].province', 'choice'],
    ['a region set without regions', (d) => (d.regionSets[0].regions = []), 'regionSets[0].regions', 'empty'],
  ];
  it.each(bad)('refuses %s, naming the field', (_n, edit, field, problem) => {
    const issues = fieldsOf(parseBundle(edited(edit)));
    expect(issues[0]).toEqual(expect.objectContaining({ field, problem }));
  });

  it('lists at most 20 problems and counts the rest, for a table broken on every row', () => {
    const values = Array.from({ length: 500 }, (_, i) => ({ region: 'SC', year: 2018, value: 'n/a', row: i + 2 }));
    const read = parseBundle(edited((d) => (d.tables[0].values = values)));
    expect(!read.ok && read.refusal).toEqual({ reason: 'fields', issues: expect.any(Array), more: 480 });
    expect(fieldsOf(read)).toHaveLength(20);
    expect(fieldsOf(read)[19]?.field).toBe('tables[0].values[19].value');
  });

  it('shortens the bad value it quotes', () => {
    const issues = fieldsOf(parseBundle(edited((d) => (d.tables[0].values[0].region = 'x'.repeat(500)))));
    expect(issues[0]?.raw).toBe(`${'x'.repeat(60)}…`);
  });

  it('reads the facility set as given, null capacity and year kept as null', () => {
    const read = parseBundle(formatBundle(BUNDLE));
    expect(read.ok && read.bundle.facilitySets).toEqual([FACILITIES]);
    expect(read.ok && read.bundle.tables).toEqual([TABLE]);
  });
});
