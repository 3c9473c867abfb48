import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../util/base64url';
import type { ImportedDataset } from './importedDataset';
import { formatSharedDataset, linkTables, MAX_LINK_TABLES, MAX_SHARED_CHARS } from './sharedDataset';
import { parseSharedDataset, planSharedTables, sharedDatasetsIn } from './readSharedDatasets';

const HOMES: ImportedDataset = {
  id: 'u-1a2b3c4',
  name: '儿童之家 <b>2018</b>',
  fileName: 'messy "homes".csv',
  importedAt: '2026-11-29T22:00:00.000Z',
  keyColumn: '省份',
  valueColumn: '儿童之家（个）',
  yearColumn: null,
  unit: '个',
  kind: 'count',
  numberRules: ['thousands', 'wan'],
  values: [
    { region: 'SC', year: 2018, value: 12000, row: 2 },
    { region: 'HA', year: 2018, value: 9800, row: 3 },
    { region: 'AH', year: 2018, value: 1308.5, row: 7 },
  ],
};

const encode = (raw: unknown) => toBase64Url(JSON.stringify(raw));
const rawOf = (d: ImportedDataset) => [2, d.id, d.name, d.fileName, d.importedAt, d.keyColumn, d.valueColumn, d.yearColumn, d.unit, d.kind, d.numberRules, d.values.map((v) => [v.region, v.year, v.value, v.row])];
/** A table as links wrote it before #18 (format 1): the rules as the English sentence describeRules wrote. */
const v1Of = (d: ImportedDataset, sentence: string) => Object.assign(rawOf(d), { 0: 1, 10: sentence });

describe('shared datasets in links', () => {
  it('round-trips a table, markup and quotes as text, marked as having come from a link', () => {
    const text = formatSharedDataset(HOMES)!;
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseSharedDataset(text)).toEqual({ ...HOMES, via: 'link' });
  });

  it('round-trips a year column and every kind', () => {
    for (const kind of ['count', 'rate', 'share', 'balance', 'rank', 'flag'] as const) {
      const d = { ...HOMES, kind, yearColumn: '年份' };
      expect(parseSharedDataset(formatSharedDataset(d)!)).toEqual({ ...d, via: 'link' });
    }
  });

  it('gives no link text for a table too large for a link', () => {
    const values = Array.from({ length: 401 }, (_, i) => ({ region: 'SC' as const, year: 2000 + (i % 50), value: i, row: i + 2 }));
    expect(formatSharedDataset({ ...HOMES, values })).toBeNull();
    expect(formatSharedDataset({ ...HOMES, name: 'x'.repeat(290), values: values.slice(0, 200) })).toBeNull();
  });

  const bad: Array<[string, unknown]> = [
    ['another version', [3, ...rawOf(HOMES).slice(1)]],
    ['an unknown number rule', Object.assign(rawOf(HOMES), { 10: ['thousands', 'lakh'] })],
    ['rules that are a sentence in format 2', Object.assign(rawOf(HOMES), { 10: 'Thousands separators removed.' })],
    ['format 1 with rules that are not a sentence', v1Of(HOMES, ['thousands'] as never)],
    ['a field missing', rawOf(HOMES).slice(0, 11)],
    ['an id that is not ours', Object.assign(rawOf(HOMES), { 1: '../x' })],
    ['a name too long', Object.assign(rawOf(HOMES), { 2: 'x'.repeat(301) })],
    ['an unknown kind', Object.assign(rawOf(HOMES), { 9: 'average' })],
    ['no date', Object.assign(rawOf(HOMES), { 4: 'yesterday' })],
    ['no values', Object.assign(rawOf(HOMES), { 11: [] })],
    ['an unknown unit', Object.assign(rawOf(HOMES), { 11: [['XX', 2018, 1, 2]] })],
    ['a value that is not a number', Object.assign(rawOf(HOMES), { 11: [['SC', 2018, '12000', 2]] })],
    ['a value that is null (missing is left out, never sent)', Object.assign(rawOf(HOMES), { 11: [['SC', 2018, null, 2]] })],
    ['a value beyond what can be drawn (#14: ±1e308 drew NaN)', Object.assign(rawOf(HOMES), { 11: [['SC', 2018, 1e308, 2]] })],
    ['a year out of range', Object.assign(rawOf(HOMES), { 11: [['SC', 99999, 1, 2]] })],
    ['row 0', Object.assign(rawOf(HOMES), { 11: [['SC', 2018, 1, 0]] })],
    ['not an array', { id: 'u1' }],
  ];
  it.each(bad)('rejects %s', (_n, raw) => {
    expect(parseSharedDataset(encode(raw))).toBeNull();
  });

  it.each([
    ['not base64url', '%%%'],
    ['not JSON', toBase64Url('{oops')],
    ['too long', 'A'.repeat(MAX_SHARED_CHARS + 1)],
  ])('rejects text that is %s', (_n, text) => {
    expect(parseSharedDataset(text)).toBeNull();
  });

  it('reads every data= of a link and names the unreadable ones, shortened', () => {
    const good = formatSharedDataset(HOMES)!;
    const long = 'x'.repeat(60);
    const r = sharedDatasetsIn(`?v=1&i=${HOMES.id}&data=${good}&data=${long}&data=${good}`);
    expect(r.datasets.map((d) => d.dataset.id)).toEqual([HOMES.id, HOMES.id]);
    expect(r.datasets[0]?.raw).toBe(good);
    expect(r.unreadable).toEqual([`${'x'.repeat(40)}…`]);
    expect(r.ignored).toBe(0);
  });

  it.each<[string, string, ImportedDataset['numberRules']]>([
    ['two rules', 'Thousands separators removed; 万 = ×10,000.', ['thousands', 'wan']],
    ['every rule', 'Full-width digits converted; thousands separators removed; 万 = ×10,000; 亿 = ×100,000,000; % kept as percentage points.', ['fullwidth', 'thousands', 'wan', 'yi', 'percent']],
    ['none', 'Numbers read as written.', ['plain']],
    ['a sentence no version wrote', 'Commas were removed.', null],
  ])('reads a link written before #18 (format 1), its rule sentence as keys: %s', (_n, sentence, rules) => {
    expect(parseSharedDataset(encode(v1Of(HOMES, sentence)))).toEqual({ ...HOMES, numberRules: rules, via: 'link' });
  });

  it('reads an old-style id (before #17) into the imported namespace', () => {
    expect(parseSharedDataset(encode(Object.assign(rawOf(HOMES), { 1: 'u1a2b3c4' })))?.id).toBe('u-1a2b3c4');
  });

  it(`issue #17 finding 7: reads at most ${MAX_LINK_TABLES} data= of a link and counts the rest`, () => {
    const good = formatSharedDataset(HOMES)!;
    const r = sharedDatasetsIn(`?v=1${`&data=${good}`.repeat(400)}`);
    expect(r.datasets).toHaveLength(MAX_LINK_TABLES);
    expect(r.ignored).toBe(400 - MAX_LINK_TABLES);
  });
});

describe('planSharedTables: a link’s tables never replace a table held, nor each other', () => {
  const fresh = () => 'u-fresh';
  it.each([
    ['nothing held: offered as they are', [], [HOMES], [HOMES.id], []],
    ['the same table held already: not offered again', [HOMES], [{ ...HOMES, via: 'link' as const }], [], []],
    ['another table holds its id: offered under a fresh id, the link follows', [{ ...HOMES, name: 'mine' }], [HOMES], ['u-fresh'], [[HOMES.id, 'u-fresh']]],
    ['two link tables with one id: the second gets a fresh id', [], [HOMES, { ...HOMES, name: 'other' }], [HOMES.id, 'u-fresh'], []],
  ] as const)('%s', (_n, held, incoming, offered, renamed) => {
    const plan = planSharedTables(incoming, held, fresh);
    expect(plan.offer.map((d) => d.id)).toEqual(offered);
    expect([...plan.renamed]).toEqual(renamed);
  });
});

describe('linkTables', () => {
  const other: ImportedDataset = { ...HOMES, id: 'u-9z', values: HOMES.values.slice(0, 1) };
  const huge: ImportedDataset = { ...HOMES, id: 'u-8y', values: Array.from({ length: 401 }, (_, i) => ({ region: 'SC' as const, year: i, value: i, row: i + 2 })) };

  it.each([
    ['none used', [HOMES, other], ['children'], null],
    ['the indicator', [HOMES, other], [HOMES.id, 'children'], { n: 1, values: 3 }],
    ['indicator and demand', [HOMES, other], [HOMES.id, other.id], { n: 2, values: 4 }],
    ['one too large', [HOMES, huge], [HOMES.id, huge.id], null],
  ] as const)('%s', (_n, imported, ids, expected) => {
    const r = linkTables(imported, ids);
    expect(r && { n: r.params.length, values: r.values }).toEqual(expected);
  });
});
