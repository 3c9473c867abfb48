import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import type { Indicator } from '../data/indicator';
import type { ImportedDataset } from '../data/importedDataset';
import type { FacilitySet } from '../facilities/facility';
import { DEFAULT_STATE } from '../state/appState';
import { facilityOrigins, shareLink, shareScope, withTables } from './shareRules';

const page = { origin: 'https://example.org', pathname: '/atlas/' };
const set = (synthetic: boolean): FacilitySet => ({ id: synthetic ? 'demo' : 'f1', name: 'n', fileName: '', importedAt: '', synthetic, facilities: [] });
const table: ImportedDataset = {
  id: 'u-1', name: 'Mine', fileName: 'mine.csv', importedAt: '2026-01-01T00:00:00Z', keyColumn: 'p', valueColumn: 'v',
  yearColumn: null, unit: '', kind: 'count', numberRules: [], values: [{ region: 'BJ', year: 0, value: 5, row: 2 }],
};
const embedded = CATALOGUE[0] as Indicator;
const importedIndicator: Indicator = { ...embedded, id: 'u-1', family: 'imported', origin: { type: 'imported', fileName: 'mine.csv', importedAt: '' } };
const coverage: Indicator = { ...embedded, id: 'cov', family: 'coverage' };
const indicators = new Map([embedded, importedIndicator, coverage].map((i) => [i.id, i]));

describe('shareLink', () => {
  it('the default state links to the bare page; a patch is applied', () => {
    expect(shareLink(DEFAULT_STATE, {}, page)).toBe('https://example.org/atlas/');
    expect(shareLink(DEFAULT_STATE, { embed: true }, page)).toMatch(/^https:\/\/example\.org\/atlas\/\?.*embed/);
  });
});

describe('facilityOrigins', () => {
  it.each([
    [[set(true)], false, 'census', { synthetic: false, local: false }],
    [[set(true)], true, 'census', { synthetic: true, local: false }],
    [[set(true)], false, 'coverage', { synthetic: true, local: false }],
    [[set(false)], true, 'census', { synthetic: false, local: true }],
    [[set(false), set(true)], false, 'coverage', { synthetic: true, local: true }],
    [[], true, 'coverage', { synthetic: false, local: false }],
  ] as const)('%o, shown %s, family %s', (sets, facilities, family, expected) => {
    expect(facilityOrigins(sets, { facilities }, { family })).toEqual(expected);
  });
});

describe('shareScope', () => {
  const scope = (over: Partial<Parameters<typeof shareScope>[0]>) =>
    shareScope({ state: DEFAULT_STATE, indicator: embedded, indicators, facilitySets: [], imported: [table], ...over });

  it('embedded data only: nothing local, no tables', () => {
    expect(scope({})).toEqual({ localData: false, tables: null, regionFile: null });
  });
  it('an imported indicator shown travels as a table', () => {
    const s = scope({ state: { ...DEFAULT_STATE, indicator: 'u-1' }, indicator: importedIndicator });
    expect(s.localData).toBe(true);
    expect(s.tables).toMatchObject({ values: 1, all: true });
    expect(s.tables?.params).toHaveLength(1);
  });
  it('an imported demand counts as local data', () => {
    expect(scope({ state: { ...DEFAULT_STATE, demand: 'u-1' } }).localData).toBe(true);
  });
  it("the user's own facilities are local and cannot travel", () => {
    const s = scope({ state: { ...DEFAULT_STATE, indicator: 'cov', demand: 'u-1' }, indicator: coverage, facilitySets: [set(false)] });
    expect(s.localData).toBe(true);
    expect(s.tables?.all).toBe(false);
  });
  it('the demonstration set is not local data', () => {
    expect(scope({ indicator: coverage, facilitySets: [set(true)] }).localData).toBe(false);
  });
});

describe('withTables', () => {
  it('appends each table as data=, after ? or &', () => {
    expect(withTables('https://x.org/atlas/?v=1&i=u1', ['AAA', 'BBB'])).toBe('https://x.org/atlas/?v=1&i=u1&data=AAA&data=BBB');
    expect(withTables('https://x.org/atlas/', ['AAA'])).toBe('https://x.org/atlas/?data=AAA');
    expect(withTables('https://x.org/atlas/?v=1', [])).toBe('https://x.org/atlas/?v=1');
  });
});
