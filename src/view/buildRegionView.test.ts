import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import { buildDatasets } from '../data/buildDatasets';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { buildRegionCensus } from '../regions/regionCensus';
import { FIXTURE_CENSUS, FIXTURE_SET, squareRegion } from '../regions/testFixtures';
import { colorOf } from '../scales/classification';
import { NO_DATA_COLOR } from '../scales/palettes';
import { DEFAULT_STATE, type AppState } from '../state/appState';
import { buildRegionView, describeRegion, regionFills, regionValueText, type RegionLayer } from './buildRegionView';
import { buildViewModel } from './buildViewModel';

const census = buildRegionCensus(FIXTURE_SET, FIXTURE_CENSUS);
const layer: RegionLayer = { set: FIXTURE_SET, indicators: census?.indicators ?? [], census, censusPending: false };
const province = (id: string) => CATALOGUE.find((i) => i.id === id) ?? null;
const viewFor = (patch: Partial<AppState>, l: RegionLayer = layer) => {
  const state = { ...DEFAULT_STATE, regionSet: FIXTURE_SET.id, ...patch };
  return buildRegionView(state, l, EMBEDDED_SOURCES, province(state.indicator));
};

describe('buildRegionView: which indicator and year', () => {
  it.each([
    // province indicator, year asked → region indicator, year shown, fallback note?
    ['netsend', null, 'county:netsend', 2010, false],
    ['netsendper1k', null, 'county:netsendper1k', 2010, false],
    ['children', null, 'county:children', 2020, false],
    ['children', 2010, 'county:children', 2010, false],
    ['pop', 2020, 'county:pop', 2020, false],
    ['acwfshare', null, 'county:children', 2020, true],
    ['mca2018rank', 2018, 'county:children', 2020, true],
  ] as const)('%s (%s) draws %s in %s; fallback said: %s', (asked, year, shown, shownYear, fallback) => {
    const v = viewFor({ indicator: asked, year });
    expect(v.indicator?.id).toBe(shown);
    expect(v.year).toBe(shownYear);
    expect(v.fallbackFrom?.id ?? null).toBe(fallback ? asked : null);
    expect(v.notes.some((n) => n.includes('has no figures by region'))).toBe(fallback);
  });
});

describe('buildRegionView: the indicator picker', () => {
  it('gives each region indicator the state id that draws it again (a county census measure as its province twin)', () => {
    const v = viewFor({ indicator: 'children', year: null });
    expect(v.indicators.length).toBeGreaterThan(0);
    for (const i of v.indicators) {
      const stateId = v.stateIndicator[i.id] as string;
      expect(stateId, i.id).not.toMatch(/^county:/);
      expect(viewFor({ indicator: stateId, year: null }).indicator?.id, i.id).toBe(i.id);
    }
  });
});

describe('buildRegionView: fills, classes and legend', () => {
  it('colours each region by its own class and leaves codes without census figures hatched (no data, never 0)', () => {
    const v = viewFor({ indicator: 'children', year: 2010 });
    expect(v.rows.map((r) => [r.key, r.value])).toEqual([
      ['341221', 420_000],
      ['341225', 350_000],
      ['341282', 120_000],
      ['349999', null],
      ['#5', null],
    ]);
    for (const r of v.rows) expect(v.fills[r.key]).toBe(colorOf(v.classification, r.value));
    expect(v.noDataKeys).toEqual(['349999', '#5']);
    expect(v.fills['349999']).toBe(NO_DATA_COLOR);
  });

  it('classes over the regions alone, never on a province scale: breaks lie within the county values', () => {
    const v = viewFor({ indicator: 'children', year: 2020 });
    // Pooled over 2010 and 2020, as provinces are: 120,000 … 420,000, far below any province's children.
    for (const t of v.classification.thresholds) {
      expect(t).toBeGreaterThanOrEqual(120_000);
      expect(t).toBeLessThanOrEqual(420_000);
    }
    expect(v.classification.bins[0]?.lower).toBe(120_000);
    expect(v.classification.bins.at(-1)?.upper).toBe(420_000);
  });

  it('builds the legend from the same classification: counts and members for the year shown, no data last', () => {
    const v = viewFor({ indicator: 'children', year: 2020 });
    const nodata = v.legend.at(-1);
    expect(nodata?.noData).toBe(true);
    expect(nodata?.members).toEqual(['341221', '341282', '349999', '#5']);
    expect(nodata?.count).toBe(4);
    expect(v.legend.filter((e) => !e.noData).flatMap((e) => e.members)).toEqual(['341225']);
    expect(v.legend.reduce((s, e) => s + e.count, 0)).toBe(5);
  });

  it('follows the classing choices of the state (method, classes), as provinces do', () => {
    const v = viewFor({ indicator: 'children', year: 2010, method: 'equal', classes: 3 });
    expect(v.classification.method).toBe('equal');
    expect(v.classification.bins).toHaveLength(3);
  });

  it('uses a diverging scale around 0 for the net sender, and ranks 1 = largest', () => {
    const v = viewFor({ indicator: 'netsend' });
    expect(v.classification.midpoint).toBe(0);
    expect(v.rows.map((r) => r.rank)).toEqual([1, 2, null, null, null]);
  });

  it('gives tied values the better rank', () => {
    const tie = { ...FIXTURE_CENSUS, records: { ...FIXTURE_CENSUS.records, 2020: FIXTURE_CENSUS.records[2010].map((r) => ({ ...r, year: 2020 as const, age0_14: 5 })) } };
    const c = buildRegionCensus(FIXTURE_SET, tie);
    const v = viewFor({ indicator: 'children', year: 2020 }, { ...layer, indicators: c?.indicators ?? [], census: c });
    expect(v.rows.map((r) => r.rank)).toEqual([1, 1, 1, null, null]);
  });
});

describe('buildRegionView: text', () => {
  it('names the set, indicator, year and sources in the title and source line', () => {
    const v = viewFor({ indicator: 'children', year: 2010 });
    expect(v.title).toBe('Children aged 0–14 (county census), 2010 · fuyang.geojson (5 regions)');
    expect(v.sources.map((s) => s.id)).toEqual(['NBS_YB2010_LEIII_COUNTY']);
    expect(viewFor({ indicator: 'children', year: 2020, lang: 'zh' }).title).toBe('0–14岁儿童（县级人口普查），2020年 · fuyang.geojson（5个区域）');
    expect(viewFor({ indicator: 'children', year: 2020 }).sources.map((s) => s.id)).toEqual(['NBS_YB2020_LEIII_COUNTY']);
  });

  it('says which codes did not match, and how many a year lacks', () => {
    const v = viewFor({ indicator: 'children', year: 2020 });
    expect(v.notes).toContain('Codes in neither census (boundary changes are common), so no data (1): 349999');
    expect(v.notes).toContain('Codes not in the 2020 census table: 2.');
    expect(viewFor({ indicator: 'children', year: 2010 }).notes.some((n) => n.includes('2010 census table'))).toBe(false);
  });

  it('rows carry name, code, province and the value with its unit, or No data; a region without name or code is numbered', () => {
    const v = viewFor({ indicator: 'children', year: 2010 });
    expect(v.rows.map((r) => [r.label, r.code, r.province?.en ?? null, regionValueText(v, r, 'en')])).toEqual([
      ['临泉', '341221', 'Anhui', '420,000 persons'],
      ['阜南', '341225', 'Anhui', '350,000 persons'],
      ['界首', '341282', 'Anhui', '120,000 persons'],
      ['不存在县', '349999', 'Anhui', 'No data'],
      ['Region 5', null, null, 'No data'],
    ]);
    expect(viewFor({ indicator: 'children', lang: 'zh' }).rows.at(-1)?.label).toBe('区域 5');
  });

  it.each([
    ['en', '341221', { name: '临泉', lines: ['Code 341221 · Anhui', '+561,000 persons (Derived), 2010', 'Rank 1 / 2'] }],
    ['zh', '341225', { name: '阜南', lines: ['代码 341225 · 安徽', '+350,000 人（推算），2010年', '排名 2 / 2'] }],
    ['en', '349999', { name: '不存在县', lines: ['Code 349999 · Anhui', 'No data, 2010'] }],
    ['en', '#5', { name: 'Region 5', lines: ['No data, 2010'] }],
  ] as const)('describes a region for the tooltip (%s, %s)', (lang, key, expected) => {
    const v = viewFor({ indicator: 'netsend', lang });
    expect(describeRegion(v, key, lang)).toEqual(expected);
  });

  it('selects by state.region and lists every figure of the region, each with year, derivation and sources', () => {
    const v = viewFor({ indicator: 'children', region: '341225' });
    expect(v.selected?.row.label).toBe('阜南');
    expect(v.selected?.figures.map((f) => [f.indicator.id, f.year, f.text, f.derived, f.sources.map((s) => s.id).join()])).toEqual([
      ['county:children', 2010, '350,000 persons', false, 'NBS_YB2010_LEIII_COUNTY'],
      ['county:children', 2020, '260,000 persons', false, 'NBS_YB2020_LEIII_COUNTY'],
      ['county:pop', 2010, '1,350,000 persons', false, 'NBS_YB2010_LEIII_COUNTY'],
      ['county:pop', 2020, '1,100,000 persons', false, 'NBS_YB2020_LEIII_COUNTY'],
      ['county:netsend', 2010, '+350,000 persons', true, 'NBS_YB2010_LEIII_COUNTY'],
      ['county:netsendper1k', 2010, '+259.3 per 1,000 residents', true, 'NBS_YB2010_LEIII_COUNTY'],
    ]);
    expect(viewFor({ region: 'nope' }).selected).toBeNull();
    expect(viewFor({ region: null }).selected).toBeNull();
  });

  it('fits the camera to the union of the regions (degrees, [west, south, east, north])', () => {
    expect(viewFor({}).bbox).toEqual([116, 30, 121, 31]);
  });
});

describe('buildRegionView: sets without indicators', () => {
  const township = { ...FIXTURE_SET, codeKind: 'township' as const, regions: [squareRegion(1, '341221001', '城关镇'), squareRegion(2, '341221002', '杨桥镇')] };

  it('draws every region as no data and says why, with no legend classes', () => {
    const v = viewFor({}, { set: township, indicators: [], census: buildRegionCensus(township, FIXTURE_CENSUS), censusPending: false });
    expect(v.indicator).toBeNull();
    expect(v.noDataKeys).toEqual(['341221001', '341221002']);
    expect(Object.values(v.fills)).toEqual([NO_DATA_COLOR, NO_DATA_COLOR]);
    expect(v.legend).toEqual([]);
    expect(v.title).toBe('fuyang.geojson (2 regions): no figures on these regions yet');
    expect(v.notes[0]).toMatch(/do not carry 6-digit county codes/);
  });

  it('says the census is loading while a county set waits for it', () => {
    const v = viewFor({}, { set: FIXTURE_SET, indicators: [], census: null, censusPending: true });
    expect(v.notes).toEqual(['Loading the county census for these regions…']);
  });
});

describe('buildViewModel and the region set', () => {
  const data = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
  it.each([
    ['provinces shown', null, layer, false],
    ['the set named and here', FIXTURE_SET.id, layer, true],
    ['another set named', 'r-other', layer, false],
    ['the set named but not in this browser', FIXTURE_SET.id, null, false],
  ] as const)('%s: region view %s', (_, regionSet, l, shown) => {
    const vm = buildViewModel({ ...DEFAULT_STATE, regionSet }, data, l);
    expect(vm.regionSet !== null).toBe(shown);
    // Provinces keep their own view model either way: their scale is never the regions'.
    expect(vm.regions).toHaveLength(34);
  });
});

describe('regionFills', () => {
  it('gives the map each region its fill, hatch for no data, and dims all but the lit keys', () => {
    const v = viewFor({ indicator: 'children', year: 2010 });
    const fills = regionFills(v, new Set(['341221']));
    expect(fills['341221']).toEqual({ fill: v.byKey.get('341221')?.fill, noData: false, dim: false });
    expect(fills['341225']?.dim).toBe(true);
    expect(fills['349999']).toEqual({ fill: NO_DATA_COLOR, noData: true, dim: true });
    expect(Object.values(regionFills(v, null)).some((f) => f.dim)).toBe(false);
  });
});
