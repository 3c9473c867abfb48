import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import { buildDatasets } from '../data/buildDatasets';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import type { ImportedDataset } from '../data/importedDataset';
import { UNITS } from '../geo/units';
import { NO_DATA_COLOR } from '../scales/palettes';
import { DEFAULT_STATE, type AppState } from '../state/appState';
import { buildViewModel } from './buildViewModel';
import { SOURCE_READINGS } from '../data/sourceReadings';

const embedded = { units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES };
const data = buildDatasets(embedded, []);
const vmFor = (patch: Partial<AppState>) => buildViewModel({ ...DEFAULT_STATE, ...patch }, data);

describe('buildViewModel', () => {
  it('gives every one of the 34 units a region, in GB order', () => {
    const vm = vmFor({});
    expect(vm.regions.map((r) => r.id)).toEqual(UNITS.map((u) => u.id));
  });

  it('shows Hong Kong, Macao and Taiwan as no data for census indicators, never zero', () => {
    const vm = vmFor({});
    expect(vm.noDataIds.sort()).toEqual(['HK', 'MO', 'TW']);
    for (const id of vm.noDataIds) {
      const r = vm.byId.get(id)!;
      expect(r.fill).toBe(NO_DATA_COLOR);
      expect(r.datum).toBeNull();
      expect(r.rank).toBeNull();
    }
  });

  it('has legend counts that add up to all 34 units, with a no-data entry last', () => {
    for (const ind of CATALOGUE) {
      const vm = vmFor({ indicator: ind.id });
      expect(vm.legend.reduce((n, e) => n + e.count, 0), ind.id).toBe(34);
      expect(vm.legend.at(-1)?.noData).toBe(true);
    }
  });

  it('colours each unit by where its value falls among the thresholds', () => {
    const vm = vmFor({ indicator: 'children', year: 2020 });
    const { thresholds, bins } = vm.classification;
    const colours = bins.map((b) => b.color);
    // Five classes, five different colours: a fill taken from the wrong class shows.
    expect(colours).toHaveLength(5);
    expect(new Set(colours).size).toBe(5);
    const used = new Set<string>();
    for (const r of vm.regions) {
      const fill = vm.fills[r.id];
      if (r.datum === null) {
        expect(fill, r.id).toBe(NO_DATA_COLOR);
        continue;
      }
      // A value v is in class "number of thresholds <= v" (bisectRight), counted here by hand.
      const k = Math.min(thresholds.filter((t) => t <= r.datum!.value).length, bins.length - 1);
      expect(fill, r.id).toBe(colours[k]);
      expect(r.fill, r.id).toBe(fill);
      used.add(fill as string);
    }
    // Guangdong (most children) is in the top class, Tibet (fewest) in the bottom one.
    expect(vm.fills.GD).toBe(colours.at(-1));
    expect(vm.fills.XZ).toBe(colours[0]);
    expect(used.size).toBeGreaterThan(2);
  });

  it('a coverage indicator not computed yet is pending, and the first indicator stands in', () => {
    const vm = vmFor({ indicator: 'covgap' });
    expect(vm.pending).toBe('covgap');
    expect(vm.indicator.id).toBe(CATALOGUE[0]?.id);
    expect(vmFor({ indicator: 'children' }).pending).toBeNull();
  });

  it('ranks units by value, 1 = highest: Guangdong has the most children aged 0–14 in 2020', () => {
    const vm = vmFor({ indicator: 'children', year: 2020 });
    expect(vm.byId.get('GD')?.rank).toBe(1);
  });

  it('marks Sichuan a net sender and Guangdong a net receiver on opposite sides of the midpoint', () => {
    const vm = vmFor({});
    const c = vm.classification;
    expect(c.midpoint).toBe(0);
    expect(vm.byId.get('SC')!.datum!.value).toBeGreaterThan(0);
    expect(c.bins[vm.byId.get('SC')!.classIndex!]!.lower).toBeGreaterThanOrEqual(0);
    expect(c.bins[vm.byId.get('GD')!.classIndex!]!.upper).toBeLessThanOrEqual(0);
  });

  it('falls back to the latest year when the state has none', () => {
    expect(vmFor({ indicator: 'children' }).year).toBe(2020);
    expect(vmFor({ indicator: 'children', year: 2010 }).year).toBe(2010);
  });

  it('keeps classes comparable across years: the same thresholds for 2010 and 2020', () => {
    expect(vmFor({ indicator: 'children', year: 2010 }).classification.thresholds).toEqual(
      vmFor({ indicator: 'children', year: 2020 }).classification.thresholds,
    );
  });

  it('lists the sources behind the values on screen, and cautions on low-authority ones', () => {
    const census = vmFor({});
    expect(census.sources.map((s) => s.id)).toEqual(['NBS_YB2010_LEIII']);
    expect(census.lowAuthority).toBe(false);
    const exam = vmFor({ indicator: 'acwftop10' });
    expect(exam.lowAuthority).toBe(true);
    expect(exam.byId.get('SC')?.lowAuthority).toBe(true);
  });

  it('gives a rate its numerator, denominator and both years', () => {
    const vm = vmFor({ indicator: 'mca2018per1k' });
    expect(vm.rate).toMatchObject({ numerator: { year: 2018 }, denominator: { year: 2020 }, per: 1000 });
    expect(vm.rate?.denominator.label.en).toBe('Children aged 0–14');
  });

  it('opens every figure held for the selected unit, each with its sources', () => {
    const vm = vmFor({ selected: 'SC' });
    const figures = vm.selected!.figures;
    expect(figures.length).toBe(EMBEDDED_FIGURES.filter((f) => f.region === 'SC').length);
    for (const f of figures) expect(f.sources.length).toBeGreaterThan(0);
    expect(figures.find((f) => f.series === 'acwf2010_rural_lbc_count_DERIVED')?.derived).toBe(true);
    expect(vmFor({ selected: 'TW' }).selected!.figures).toEqual([]);
  });

  it('maps an imported table like any other indicator, citing the file', () => {
    const ds: ImportedDataset = {
      id: 'u-1',
      name: 'Homes per county',
      fileName: 'homes.csv',
      importedAt: '2026-11-29T10:00:00Z',
      keyColumn: 'province',
      valueColumn: 'homes',
      yearColumn: null,
      unit: 'homes',
      kind: 'count',
      parseRule: '',
      values: [
        { region: 'SC', year: 0, value: 10, row: 2 },
        { region: 'HA', year: 0, value: 20, row: 3 },
        { region: 'AH', year: 0, value: 30, row: 4 },
      ],
    };
    const vm = buildViewModel({ ...DEFAULT_STATE, indicator: 'u-1' }, buildDatasets(embedded, [ds]));
    expect(vm.indicator.family).toBe('imported');
    expect(vm.noDataIds).toHaveLength(31);
    expect(vm.sources[0]?.source).toMatchObject({ title: 'homes.csv', authority: 'user' });
    expect(vm.byId.get('AH')?.rank).toBe(1);
  });
});

describe('issue #19: figures as their sources state them', () => {
  it.each(['acwfhalf', 'acwftop10', 'mca2016700k'])('%s: a flag is a category, so no province gets a rank', (id) => {
    const vm = vmFor({ indicator: id });
    const named = vm.regions.filter((r) => r.datum !== null);
    expect(named.length).toBeGreaterThan(5);
    expect(named.map((r) => r.rank)).toEqual(named.map(() => null));
  });

  it('still ranks counts, with ties sharing the better rank', () => {
    const vm = vmFor({ indicator: 'mca2016' });
    expect(vm.byId.get('GZ')?.rank).toBe(1);
    expect(vm.regions.filter((r) => r.rank !== null)).toHaveLength(6);
  });

  it.each([
    ['acwfcount', 'some'],
    ['netsend', 'all'],
    ['mca2016per1k', 'all'],
    ['children', 'none'],
    ['mca2016', 'none'],
  ] as const)('%s: the figures on screen are derived: %s', (id, derivation) => {
    expect(vmFor({ indicator: id }).derivation).toBe(derivation);
  });

  it('marks each acwfcount figure by itself: Guizhou published, Sichuan and Henan derived', () => {
    const vm = vmFor({ indicator: 'acwfcount' });
    expect((['GZ', 'SC', 'HA'] as const).map((id) => vm.byId.get(id)?.datum?.derived)).toEqual([false, true, true]);
  });
});

describe('issue #19: sources that disagree are shown disagreeing', () => {
  it('quotes both sources verbatim, from their excerpts', () => {
    for (const r of SOURCE_READINGS) {
      expect(EMBEDDED_SOURCES[r.differs.source]?.excerpt).toContain(r.differs.quote);
      expect(EMBEDDED_SOURCES[r.used.source]?.excerpt).toContain(r.used.quote);
      const rows = EMBEDDED_FIGURES.filter((f) => f.series === r.series && r.regions.includes(f.region));
      expect(rows).toHaveLength(r.regions.length);
      for (const f of rows) expect(f.sources).toEqual(expect.arrayContaining([r.differs.source, r.used.source]));
    }
  });

  it('puts the disagreement beside 11.34% and 10.73% (tooltip, details, source line), not beside Guizhou', () => {
    const vm = vmFor({ indicator: 'acwfshare' });
    expect(['SC', 'HA', 'GZ'].map((id) => vm.byId.get(id as 'SC')?.readings.length)).toEqual([1, 1, 0]);
    expect(vm.readings).toHaveLength(1);
    expect(vm.readings[0]?.en).toContain('percent of local children');
    expect(vm.readings[0]?.zh).toContain('当地儿童的百分比');
    const sc = vmFor({ indicator: 'children', selected: 'SC' }).selected!.figures;
    expect(sc.find((f) => f.series === 'acwf2010_share_of_national_rural_lbc')?.readings).toHaveLength(1);
    expect(sc.filter((f) => f.readings.length > 0)).toHaveLength(1);
    expect(vmFor({ indicator: 'children' }).readings).toEqual([]);
  });
});

// #13: the table and tooltip rank the gap score as the Gaps tab does (ties broken by its rule), not
// with shared ranks: Beijing and Shanghai tied at −0.60 read 28 and 28 in the table, 28 and 29 in the tab.
describe('an indicator with its own rank order', () => {
  const netsend = CATALOGUE.find((i) => i.id === 'netsend')!;
  const gbOrder = UNITS.map((u) => u.id);
  const withOrder = buildDatasets({ ...embedded, indicators: CATALOGUE.map((i) => (i.id === 'netsend' ? { ...netsend, rankOrder: gbOrder } : i)) }, []);
  it.each([
    ['BJ', 1],
    ['TJ', 2],
    ['HE', 3],
  ] as const)('%s is ranked %i, its place in that order among units with a value', (unit, rank) => {
    expect(buildViewModel({ ...DEFAULT_STATE, indicator: 'netsend' }, withOrder).byId.get(unit)!.rank).toBe(rank);
    expect(vmFor({ indicator: 'netsend' }).byId.get(unit)!.rank).not.toBe(rank);
  });
});
