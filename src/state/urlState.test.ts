import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import { UNITS } from '../geo/units';
import { LANGS } from '../i18n/lang';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES } from '../scales/classification';
import { PALETTE_IDS } from '../scales/palettes';
import { FACILITY_TYPES } from '../facilities/facility';
import { SUPPLY_MEASURES } from '../facilities/gapScore';
import { MAX_PLANNED_CAPACITY, MAX_PLANNED_COUNT, MAX_PLANNED_ENTRIES } from '../facilities/plannedFacilities';
import { BUILTIN_STORY } from '../story/builtinStory';
import { MAX_SLIDES } from '../story/story';
import { DEFAULT_STATE, RADII_KM, TABS, type AppState } from './appState';
import { COUNTY_SORT_KEYS } from './countySort';
import { formatUrlState, parseUrlState, type ParseContext } from './urlState';

const ctx: ParseContext = { indicators: new Map(CATALOGUE.map((i) => [i.id, i])) };

/** Any state the app can be in: an indicator with one of its own years (or latest), any selection. */
const arbState: fc.Arbitrary<AppState> = fc
  .constantFrom(...CATALOGUE)
  .chain((ind) =>
    fc.record({
      indicator: fc.constant(ind.id),
      year: fc.option(fc.constantFrom(...ind.years), { nil: null }),
      selected: fc.option(fc.constantFrom(...UNITS.map((u) => u.id)), { nil: null }),
      lang: fc.constantFrom(...LANGS),
      tab: fc.constantFrom(...TABS),
      method: fc.option(fc.constantFrom(...CLASS_METHODS), { nil: null }),
      classes: fc.option(fc.integer({ min: MIN_CLASSES, max: MAX_CLASSES }), { nil: null }),
      breaks: fc
        .uniqueArray(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), { maxLength: MAX_CLASSES - 1 })
        .map((a) => a.map((x) => (Object.is(x, -0) ? 0 : x)).sort((x, y) => x - y))
        .filter((a) => new Set(a).size === a.length),
      palette: fc.option(fc.constantFrom(...PALETTE_IDS), { nil: null }),
      highContrast: fc.boolean(),
      log: fc.boolean(),
      perYear: fc.boolean(),
      facilities: fc.boolean(),
      facilityTypes: fc.subarray([...FACILITY_TYPES]),
      radiusKm: fc.constantFrom(...RADII_KM),
      demand: fc.constantFrom(...CATALOGUE.map((i) => i.id)),
      demandYear: fc.constant<number | null>(null),
      supply: fc.constantFrom(...SUPPLY_MEASURES),
      planned: fc.array(
        fc.record({
          unit: fc.constantFrom(...UNITS.map((u) => u.id)),
          type: fc.constantFrom(...FACILITY_TYPES),
          count: fc.integer({ min: 1, max: MAX_PLANNED_COUNT }),
          capacity: fc.option(fc.integer({ min: 0, max: MAX_PLANNED_CAPACITY }), { nil: null }),
          // A position placed in a region (#15): [lon, lat] in 1e-4 degrees, as the link keeps it.
          at: fc.tuple(fc.integer({ min: -1_800_000, max: 1_800_000 }), fc.integer({ min: -900_000, max: 900_000 })).map(([x, y]) => [x / 1e4, y / 1e4] as [number, number]),
        }, { requiredKeys: ['unit', 'type', 'count', 'capacity'] }),
        { maxLength: MAX_PLANNED_ENTRIES },
      ),
      demo: fc.boolean(),
      camera: fc.option(
        fc.record({ lon: fc.integer({ min: -18000, max: 18000 }), lat: fc.integer({ min: -8500, max: 8500 }), zoom: fc.integer({ min: 0, max: 220 }) }).map((c) => ({
          lon: c.lon / 100,
          lat: c.lat / 100,
          zoom: c.zoom / 10,
        })),
        { nil: null },
      ),
      embed: fc.boolean(),
      present: fc.boolean(),
      slide: fc.integer({ min: 0, max: MAX_SLIDES - 1 }),
      story: fc.option(
        fc.array(
          fc.record({
            view: fc.string({ maxLength: 80 }),
            caption: fc.record({ en: fc.string({ maxLength: 60 }), zh: fc.string({ maxLength: 60 }) }),
            sources: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        { nil: null },
      ),
      counties: fc.option(fc.record({ key: fc.constantFrom(...COUNTY_SORT_KEYS), ascending: fc.boolean() }), { nil: null }),
      regionSet: fc.option(fc.stringMatching(/^r-[0-9a-z]{4,24}$/), { nil: null }),
      regionFile: fc.option(fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme' }).filter((f) => !/\p{Cc}/u.test(f) && f.length <= 120), { nil: null }),
      region: fc.option(fc.oneof(fc.stringMatching(/^#[1-9]\d{0,5}$/), fc.stringMatching(/^\d{6}(\d{3})?$/)), { nil: null }),
    }),
  )
  // The demand year is one of the demand indicator's own years, or latest.
  .chain((s) =>
    fc
      .option(fc.constantFrom(...CATALOGUE.find((i) => i.id === s.demand)!.years), { nil: null })
      .map((demandYear) => ({ ...s, demandYear })),
  );

describe('URL codec', () => {
  it('encodes the default state as the empty query', () => {
    expect(formatUrlState(DEFAULT_STATE)).toBe('');
  });

  it('parses the empty query as the default state with no issues', () => {
    expect(parseUrlState('', ctx)).toEqual({ state: DEFAULT_STATE, issues: [] });
    expect(parseUrlState('?', ctx)).toEqual({ state: DEFAULT_STATE, issues: [] });
  });

  it('round-trips every generated state: parse(format(s)) = s', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        const { state, issues } = parseUrlState(formatUrlState(s), ctx);
        expect(issues).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 500 },
    );
    // 500 states take about 1 s alone and over 15 s when six helpers share two cores.
  }, 60_000);

  it('writes only what differs from the default, with short names', () => {
    const s: AppState = { ...DEFAULT_STATE, indicator: 'children', year: 2020, selected: 'SC', lang: 'zh', tab: 'table' };
    expect(formatUrlState(s)).toBe('v=1&i=children&y=2020&sel=SC&lang=zh&tab=table');
  });

  it('writes classification choices readably', () => {
    const s: AppState = { ...DEFAULT_STATE, method: 'custom', classes: 4, breaks: [1000, 5000.5], palette: 'Blues', log: true, perYear: true };
    expect(formatUrlState(s)).toBe('v=1&m=custom&k=4&br=1000,5000.5&pal=Blues&log=1&per=year');
  });

  it('writes facility filters in a canonical order, and an empty filter as empty', () => {
    expect(formatUrlState({ ...DEFAULT_STATE, facilityTypes: ['school', 'home'] })).toBe('v=1&ft=home,school');
    expect(parseUrlState('ft=', ctx).state.facilityTypes).toEqual([]);
    expect(parseUrlState('ft=school,home', ctx).state.facilityTypes).toEqual(['home', 'school']);
  });

  it('writes the supply measure, demand year and planned facilities readably (#13)', () => {
    const s: AppState = {
      ...DEFAULT_STATE,
      demand: 'mca2016',
      demandYear: 2016,
      supply: 'capacity',
      planned: [
        { unit: 'SC', type: 'home', count: 3, capacity: 50 },
        { unit: 'HA', type: 'school', count: 2, capacity: null },
      ],
    };
    const q = formatUrlState(s);
    expect(q).toBe('v=1&dem=mca2016&dy=2016&sup=capacity&plan=SC.home.3.50,HA.school.2');
    expect(parseUrlState(q, ctx)).toEqual({ state: s, issues: [] });
  });

  it('writes a planned facility placed in a region with its position, readably, and reads it back (#15)', () => {
    const s: AppState = {
      ...DEFAULT_STATE,
      planned: [
        { unit: 'AH', type: 'home', count: 2, capacity: 40, at: [115.8123, 32.9] },
        { unit: 'XJ', type: 'centre', count: 1, capacity: null, at: [-0.5, -12.0001] },
      ],
    };
    const q = formatUrlState(s);
    expect(q).toBe('v=1&plan=AH.home.2.40_115.8123_32.9,XJ.centre.1_-0.5_-12.0001');
    expect(parseUrlState(q, ctx)).toEqual({ state: s, issues: [] });
  });

  it('migrates a version-0 link: no v, long names a person might type', () => {
    const { state, issues } = parseUrlState('indicator=children&year=2010&province=sc&language=zh&method=jenks', ctx);
    expect(issues).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_STATE, indicator: 'children', year: 2010, selected: 'SC', lang: 'zh', method: 'jenks' });
  });

  it('reads short names in a version-0 link unchanged, and prefers them over long ones', () => {
    expect(parseUrlState('i=children&indicator=childshare', ctx).state.indicator).toBe('children');
  });

  it('reports a version from the future, and reads the rest as today’s format', () => {
    const { state, issues } = parseUrlState('v=9&i=children', ctx);
    expect(issues).toEqual([{ param: 'v', raw: '9' }]);
    expect(state.indicator).toBe('children');
  });

  it('carries a whole story, captions in both languages, through one link', () => {
    const q = formatUrlState({ ...DEFAULT_STATE, present: true, slide: 2, story: [...BUILTIN_STORY] });
    expect(q).toMatch(/^v=1&present=1&slide=3&story=[A-Za-z0-9_-]+$/);
    expect(parseUrlState(q, ctx).state.story).toEqual(BUILTIN_STORY);
  });

  it('rounds the camera so a drag does not change the link on every pixel', () => {
    expect(parseUrlState('c=104.0712,30.6655,5.44', ctx).state.camera).toEqual({ lon: 104.07, lat: 30.67, zoom: 5.4 });
    expect(formatUrlState({ ...DEFAULT_STATE, camera: { lon: 104.07, lat: 30.67, zoom: 5.4 } })).toBe('v=1&c=104.07,30.67,5.4');
  });

  it('sorts custom breaks and drops repeats', () => {
    expect(parseUrlState('br=5,1,5', ctx).state.breaks).toEqual([1, 5]);
  });

  it('is tolerant of case and ignores unknown parameters', () => {
    const { state, issues } = parseUrlState('?sel=sc&lang=ZH&utm_source=wechat', ctx);
    expect(state).toEqual({ ...DEFAULT_STATE, selected: 'SC', lang: 'zh' });
    expect(issues).toEqual([]);
  });

  const invalid: Array<[string, string, Partial<AppState>]> = [
    ['unknown indicator', 'i=nope', {}],
    ['markup in an indicator', 'i=%3Cscript%3E', {}],
    ['a year that is not a year', 'y=20x0', {}],
    ['a year the indicator lacks', 'i=children&y=2015', { indicator: 'children' }],
    ['a year for an indicator with one year', 'y=2020', {}],
    ['an unknown province', 'sel=ZZ', {}],
    ['a GB code where an ISO code is expected', 'sel=510000', {}],
    ['an unknown language', 'lang=fr', {}],
    ['an empty value', 'i=', {}],
    ['an unknown tab', 'tab=settings', {}],
    ['an unknown method', 'm=magic', {}],
    ['too many classes', 'k=12', {}],
    ['too few classes', 'k=2', {}],
    ['breaks that are not numbers', 'br=1,two,3', {}],
    ['an empty break', 'br=1,,3', {}],
    ['too many breaks', 'br=1,2,3,4,5,6,7,8,9', {}],
    ['an unknown palette', 'pal=Rainbow', {}],
    ['a log flag that is not 0 or 1', 'log=yes', {}],
    ['an unknown class scope', 'per=decade', {}],
    ['an unknown facility type', 'ft=home,hospital', {}],
    ['a radius we do not offer', 'r=7', {}],
    ['a negative radius', 'r=-5', {}],
    ['an unknown demand indicator', 'dem=nope', {}],
    ['a demo flag that is not 0 or 1', 'demo=true', {}],
    ['an unknown supply measure', 'sup=beds', {}],
    ['a demand year the demand indicator lacks', 'dy=2015', {}],
    ['a demand year that is not a year', 'dy=latest', {}],
    ['a planned entry with an unknown type', 'plan=SC.hospital.2', {}],
    ['a planned entry with no count', 'plan=SC.home', {}],
    ['a planned count of 0', 'plan=SC.home.0', {}],
    ['a planned count that is not whole', 'plan=SC.home.1.5.2', {}],
    ['a planned entry for an unknown province', 'plan=ZZ.home.2', {}],
    ['a planned position without a latitude', 'plan=AH.home.2_115.8', {}],
    ['a planned position with five decimals', 'plan=AH.home.2_115.81234_32.9', {}],
    ['a planned position off the globe', 'plan=AH.home.2_190_32.9', {}],
    ['a planned position with a third coordinate', 'plan=AH.home.2_115_32_1', {}],
    ['a camera with two numbers', 'c=104,30', {}],
    ['a camera off the globe', 'c=200,30,4', {}],
    ['a camera with text', 'c=a,b,c', {}],
    ['an embed flag that is not 0 or 1', 'embed=yes', {}],
    ['slide 0 (slides count from 1)', 'slide=0', {}],
    ['a story that is not base64 JSON', 'story=%3Cscript%3E', {}],
    ['an empty story', 'story=W10', {}],
    ['an unknown county column', 'cty=-children', {}],
    ['a county sort with two signs', 'cty=--net2010', {}],
    ['an empty county sort', 'cty=', {}],
  ];
  it.each(invalid)('falls back to the default and reports %s', (_name, query, expected) => {
    const { state, issues } = parseUrlState(query, ctx);
    expect(state).toEqual({ ...DEFAULT_STATE, ...expected });
    expect(issues).toHaveLength(1);
    const [param, raw] = query.split('&').at(-1)!.split('=') as [string, string];
    expect(issues[0]).toEqual({ param, raw: decodeURIComponent(raw) });
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        expect(() => parseUrlState(q, ctx)).not.toThrow();
      }),
    );
  });
});

describe('region set and region (#15)', () => {
  it.each([
    ['rs=r-k3f9a2x1', { regionSet: 'r-k3f9a2x1' }, []],
    ['rs=r-k3f9a2x1&rg=341221', { regionSet: 'r-k3f9a2x1', region: '341221' }, []],
    ['rg=%2312', { region: '#12' }, []],
    ['rs=k3f9', {}, [{ param: 'rs', raw: 'k3f9' }]],
    ['rs=r-<b>', {}, [{ param: 'rs', raw: 'r-<b>' }]],
    ['rg=<img src=x>', {}, [{ param: 'rg', raw: '<img src=x>' }]],
    ['rs=r-k3f9a2x1&rsf=%E5%AE%89%E5%BE%BD%20counties.geojson', { regionSet: 'r-k3f9a2x1', regionFile: '安徽 counties.geojson' }, []],
    ['rsf=%3Cb%3Ex%3C%2Fb%3E.json', { regionFile: '<b>x</b>.json' }, []],
    ['rsf=a%0Ab.json', {}, [{ param: 'rsf', raw: 'a\nb.json' }]],
    [`rsf=${'x'.repeat(121)}`, {}, [{ param: 'rsf', raw: 'x'.repeat(121) }]],
  ])('%s', (query, fields, issues) => {
    const parsed = parseUrlState(`?v=1&${query}`, ctx);
    expect(parsed.state).toEqual({ ...DEFAULT_STATE, ...fields });
    expect(parsed.issues).toEqual(issues);
  });
});
