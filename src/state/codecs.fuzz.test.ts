import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { parseBytes } from '../data/import/parseBytes';
import { NUMBER_RULES } from '../data/import/parseNumber';
import type { ImportedDataset } from '../data/importedDataset';
import { formatSharedDataset } from '../data/sharedDataset';
import { parseSharedDataset, sharedDatasetsIn } from '../data/readSharedDatasets';
import { UNIT_IDS, UNITS } from '../geo/units';
import { formatStory, MAX_CAPTION, MAX_SLIDES, parseStory } from '../story/story';
import { formatUrlState, parseUrlState } from './urlState';

/**
 * Fuzz in the suite (issue #17): fixed seeds, a few hundred cases each, so a failure repeats.
 * Time is checked structurally elsewhere (urlState.linear.test.ts), never by the clock.
 */
const RUNS = { numRuns: 300, seed: 17 };
const { indicators } = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
const ctx = { indicators };

/** Query-like text: known keys, long names, junk, with and without encoding. */
const arbQuery = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('v', 'i', 'y', 'sel', 'province', 'lang', 'm', 'k', 'br', 'pal', 'c', 'story', 'slide', 'data', 'dem', 'r', 'ft', 'fac'), fc.string({ maxLength: 8 })),
      fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('1', '0', 'SC', 'children', '2010', 'zh', '1,2,3', '104,30,4', 'u-abc')),
    ),
    { maxLength: 20 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${Math.random() < 0.5 ? encodeURIComponent(v) : v}`).join('&'));

describe('URL codec, fuzzed', () => {
  it('never throws, on query-like text or any text', () => {
    fc.assert(
      fc.property(fc.oneof(arbQuery, fc.string({ maxLength: 200 })), (q) => {
        parseUrlState(q, ctx);
        parseUrlState(`?${q}`, ctx);
      }),
      RUNS,
    );
  });

  it('what it reads, it writes back and reads the same (a fixed point after one parse)', () => {
    fc.assert(
      fc.property(arbQuery, (q) => {
        const once = parseUrlState(q, ctx).state;
        const again = parseUrlState(formatUrlState(once), ctx);
        expect(again.state).toEqual(once);
        expect(again.issues).toEqual([]);
      }),
      RUNS,
    );
  });
});

const arbText = (max: number) => fc.string({ maxLength: max, unit: fc.constantFrom('a', 'Z', '9', ' ', '"', '<', '>', '&', '儿', '童', '\u{1F600}', '\\', ',') });

const arbTable: fc.Arbitrary<ImportedDataset> = fc.record({
  id: fc.stringMatching(/^u-[a-z0-9]{1,16}$/),
  name: arbText(40),
  fileName: arbText(40),
  importedAt: fc.constant('2026-11-30T00:00:00.000Z'),
  keyColumn: arbText(20),
  valueColumn: arbText(20),
  yearColumn: fc.option(arbText(20), { nil: null }),
  unit: arbText(10),
  kind: fc.constantFrom('count', 'rate', 'share', 'balance', 'rank', 'flag'),
  numberRules: fc.option(fc.subarray([...NUMBER_RULES]), { nil: null }),
  values: fc.array(
    fc.record({
      region: fc.constantFrom(...UNIT_IDS),
      year: fc.integer({ min: 0, max: 2100 }),
      // Within what an import keeps (±1e15, isDrawable), as a table in a link always is.
      value: fc.double({ min: -1e15, max: 1e15, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
      row: fc.integer({ min: 1, max: 100_000 }),
    }),
    { minLength: 1, maxLength: 40 },
  ),
});

describe('shared-table codec, fuzzed', () => {
  it('round-trips any table small enough for a link', () => {
    fc.assert(
      fc.property(arbTable, (d) => {
        const text = formatSharedDataset(d);
        if (text !== null) expect(parseSharedDataset(text)).toEqual({ ...d, via: 'link' });
      }),
      RUNS,
    );
  });

  it('never throws on any text, and what it accepts is in the imported namespace', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.base64String({ maxLength: 300 }), fc.json().map((j) => Buffer.from(j).toString('base64url'))), (t) => {
        const d = parseSharedDataset(t);
        if (d) expect(d.id).toMatch(/^u-[a-z0-9]{1,16}$/);
        sharedDatasetsIn(`?data=${t}&data=${t}`);
      }),
      RUNS,
    );
  });
});

describe('story codec, fuzzed', () => {
  const arbSlide = fc.record({
    view: arbText(100),
    caption: fc.record({ en: arbText(MAX_CAPTION), zh: arbText(MAX_CAPTION) }),
    sources: fc.array(arbText(20), { maxLength: 3 }),
  });
  it('round-trips any story within the limits', () => {
    fc.assert(
      fc.property(fc.array(arbSlide, { minLength: 1, maxLength: MAX_SLIDES }), (slides) => {
        expect(parseStory(formatStory(slides))).toEqual(slides);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json().map((j) => Buffer.from(j).toString('base64url'))), (t) => {
        parseStory(t);
      }),
      RUNS,
    );
  });
});

describe('file parsing, fuzzed', () => {
  const noInternalError = (name: string, bytes: Uint8Array) => {
    const parsed = parseBytes(name, bytes);
    expect(parsed.issues.filter((i) => i.code === 'internal-error')).toEqual([]);
  };

  it('random bytes are refused or read, never an internal error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('x.csv', 'x.tsv', 'x.json', 'x.geojson', 'x.txt'), (bytes, name) => noInternalError(name, bytes)),
      RUNS,
    );
  });

  it('random CSV shapes (ragged rows, quotes, separators, BOM) never give an internal error', () => {
    const cell = fc.oneof(arbText(12), fc.constantFrom('四川省', 'Sichuan', '51', '1.2万', '1,308', '', '"', '""', '\n', '\r\n', '2018', '-', 'NaN'));
    const arbCsv = fc
      .tuple(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), fc.constantFrom(',', ';', '\t', '|'), fc.boolean())
      .map(([rows, sep, bom]) => (bom ? '\uFEFF' : '') + rows.map((r) => r.map((c) => (c.includes(sep) || Math.random() < 0.2 ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\n'));
    fc.assert(
      fc.property(arbCsv, (text) => noInternalError('x.csv', new TextEncoder().encode(text))),
      RUNS,
    );
  });
});
