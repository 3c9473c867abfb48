import { computed, signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../data/buildDatasets';
import { CATALOGUE } from '../../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_NATIONAL, EMBEDDED_SOURCES } from '../../data/embeddedData';
import type { ImportedDataset } from '../../data/importedDataset';
import type { FacilitySet } from '../../facilities/facility';
import { UNITS } from '../../geo/units';
import type { RegionSet } from '../../regions/regionSet';
import { DEFAULT_STATE, type AppState } from '../../state/appState';
import { readLink } from '../readLink';
import { StorageWriteError, type StorageProblem } from '../storage/storageProblem';
import { BUNDLE, FACILITIES, REGION_SET, TABLE } from './bundle.fixture';
import { createBundleController, isBundleFile, type BundleHost } from './createBundleController';
import { formatBundle } from './formatBundle';

const EMBEDDED = { units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES, national: EMBEDDED_NATIONAL };

/** A browser as the app wires it: tables, facility sets and region sets in memory, the view read against the indicators held. */
function browser(options: { tables?: ImportedDataset[]; sets?: FacilitySet[]; regions?: RegionSet[]; state?: Partial<AppState>; failTables?: boolean } = {}) {
  const state = signal<AppState>({ ...DEFAULT_STATE, ...options.state });
  const tables = signal<ImportedDataset[]>(options.tables ?? []);
  const sets = signal<FacilitySet[]>(options.sets ?? []);
  const regions = signal<RegionSet[]>(options.regions ?? []);
  const data = computed(() => buildDatasets(EMBEDDED, tables.value));
  const saved: { tables: ImportedDataset[]; sets: FacilitySet[]; regions: RegionSet[] } = { tables: [], sets: [], regions: [] };
  const problems: StorageProblem[] = [];
  const downloads: Array<{ fileName: string; text: string }> = [];
  const issues: unknown[] = [];
  const host: BundleHost = {
    state,
    tables,
    saveTable: async (d) => {
      if (options.failTables) throw new StorageWriteError('quota');
      saved.tables.push(d);
    },
    facilitySets: sets,
    addFacilities: async (s) => {
      saved.sets.push(s);
      sets.value = [...sets.peek(), s];
    },
    regions: {
      active: computed(() => regions.value.find((r) => r.id === state.value.regionSet) ?? null),
      keep: async (s) => {
        saved.regions.push(s);
        regions.value = [...regions.peek().filter((r) => r.id !== s.id), s];
        return s;
      },
    },
    readView: (q, ids) => readLink(q, data.peek().indicators, ids),
    show: (s) => (state.value = s),
    onIssue: (i) => issues.push(i),
    onStorageProblem: (p) => problems.push(p),
    download: (fileName, text) => downloads.push({ fileName, text }),
    now: () => '2026-12-02T13:00:00.000Z',
  };
  return { host, state, tables, sets, regions, saved, problems, downloads, issues, bundles: createBundleController(host) };
}

const file = (text: string, name = 'liushou-atlas-2026-12-02.json') => Object.assign(new Blob([text]), { name });

describe('createBundleController', () => {
  it('round trip: export, an empty browser opens the bundle, Apply gives the same view and the same data', async () => {
    const from = browser({
      tables: [TABLE],
      sets: [FACILITIES],
      regions: [REGION_SET],
      state: { indicator: TABLE.id, year: 2018, selected: 'SC', camera: { lon: 104.07, lat: 30.67, zoom: 6 }, regionSet: REGION_SET.id, lang: 'zh' },
    });
    from.bundles.download();
    expect(from.downloads.map((d) => d.fileName)).toEqual(['liushou-atlas-2026-12-02.json']);

    const to = browser();
    await to.bundles.open(file(from.downloads[0]!.text));
    const phase = to.bundles.phase.value;
    expect(phase.type).toBe('review');
    expect(phase.type === 'review' && phase.view).toEqual(from.state.value);
    // Nothing changes before Apply.
    expect(to.state.value).toEqual(DEFAULT_STATE);
    expect(to.tables.value).toEqual([]);
    expect(to.saved).toEqual({ tables: [], sets: [], regions: [] });

    expect(await to.bundles.apply()).toBe(true);
    expect(to.state.value).toEqual(from.state.value);
    expect(to.tables.value).toEqual([TABLE]);
    expect(to.saved.tables).toEqual([TABLE]);
    expect(to.sets.value).toEqual([FACILITIES]);
    expect(to.regions.value).toEqual([REGION_SET]);
    expect(to.issues).toEqual([]);
    expect(to.bundles.phase.value).toEqual({ type: 'idle' });
  });

  it('carries the region set shown, not others, and no synthetic facilities', () => {
    const other = { ...REGION_SET, id: 'r-other1', regions: REGION_SET.regions.slice(0, 1) };
    const demo: FacilitySet = { ...FACILITIES, id: 'demo', synthetic: true };
    const from = browser({ sets: [FACILITIES, demo], regions: [other, REGION_SET], state: { regionSet: REGION_SET.id } });
    const doc = JSON.parse(from.bundles.build());
    expect(doc.regionSets.map((s: RegionSet) => s.id)).toEqual([REGION_SET.id]);
    expect(doc.facilitySets.map((s: FacilitySet) => s.id)).toEqual([FACILITIES.id]);
    expect(JSON.parse(browser({ regions: [REGION_SET] }).bundles.build()).regionSets).toEqual([]);
  });

  it('Cancel changes nothing', async () => {
    const to = browser();
    await to.bundles.open(file(formatBundle(BUNDLE)));
    to.bundles.cancel();
    expect(to.bundles.phase.value).toEqual({ type: 'idle' });
    expect(await to.bundles.apply()).toBe(false);
    expect(to.state.value).toEqual(DEFAULT_STATE);
    expect(to.tables.value).toEqual([]);
    expect(to.saved).toEqual({ tables: [], sets: [], regions: [] });
  });

  it('refuses a bad bundle with the field named, and changes nothing', async () => {
    const doc = JSON.parse(formatBundle(BUNDLE));
    doc.tables[0].values[2].value = 'lots';
    const to = browser({ tables: [{ ...TABLE, id: 'u-mine' }] });
    await to.bundles.open(file(JSON.stringify(doc)));
    const phase = to.bundles.phase.value;
    expect(phase.type === 'refused' && phase.refusal).toEqual({ reason: 'fields', issues: [expect.objectContaining({ field: 'tables[0].values[2].value' })], more: 0 });
    expect(to.tables.value.map((d) => d.id)).toEqual(['u-mine']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const to = browser();
    const huge = { size: 60 * 1024 * 1024, name: 'big.json', text: () => Promise.reject(new Error('read')), slice: () => new Blob() } as unknown as Blob & { name: string };
    await to.bundles.open(huge);
    const phase = to.bundles.phase.value;
    expect(phase.type === 'refused' && phase.refusal.reason).toBe('too-big');
  });

  it('skips what this browser already holds, and says so in the review', async () => {
    const to = browser({ tables: [TABLE], sets: [FACILITIES], regions: [REGION_SET], state: { regionSet: REGION_SET.id } });
    await to.bundles.open(file(formatBundle(BUNDLE)));
    const phase = to.bundles.phase.value;
    expect(phase.type === 'review' && phase.held).toEqual({ tables: [true], facilitySets: [true], regionSets: [true] });
    await to.bundles.apply();
    expect(to.tables.value).toEqual([TABLE]);
    expect(to.saved.tables).toEqual([]);
    expect(to.sets.value).toEqual([FACILITIES]);
  });

  it('a table whose id another table holds gets a fresh id, and the view follows it', async () => {
    const mine = { ...TABLE, name: 'Mine', values: [{ region: 'HA' as const, year: 2018, value: 1, row: 2 }] };
    const to = browser({ tables: [mine] });
    await to.bundles.open(file(formatBundle(BUNDLE)));
    await to.bundles.apply();
    expect(to.tables.value).toHaveLength(2);
    const added = to.tables.value[1] as ImportedDataset;
    expect(added.id).not.toBe(TABLE.id);
    expect({ ...added, id: TABLE.id }).toEqual(TABLE);
    expect(to.state.value.indicator).toBe(added.id);
    expect(to.tables.value[0]).toEqual(mine);
  });

  it('a table that cannot be stored is used for this visit, and the reason given', async () => {
    const to = browser({ failTables: true });
    await to.bundles.open(file(formatBundle(BUNDLE)));
    await to.bundles.apply();
    expect(to.problems).toEqual(['quota']);
    expect(to.tables.value).toEqual([TABLE]);
    expect(to.state.value.indicator).toBe(TABLE.id);
  });

  it('a view naming something this app does not know opens the rest and reports it, as a link does', async () => {
    const to = browser();
    await to.bundles.open(file(formatBundle({ ...BUNDLE, tables: [], view: 'v=1&i=nonsense&sel=HA' })));
    await to.bundles.apply();
    expect(to.state.value.selected).toBe('HA');
    expect(to.state.value.indicator).toBe(DEFAULT_STATE.indicator);
    expect(to.issues).toEqual([{ param: 'i', raw: 'nonsense' }]);
  });

  it('a newer file dropped while one is read wins', async () => {
    const to = browser();
    let release: (t: string) => void = () => undefined;
    const slow = Object.assign(new Blob(['x']), { name: 'slow.json', text: () => new Promise<string>((r) => (release = r)) });
    const first = to.bundles.open(slow);
    await to.bundles.open(file('{oops', 'second.json'));
    release(formatBundle(BUNDLE));
    await first;
    const phase = to.bundles.phase.value;
    expect(phase.type === 'refused' && phase.fileName).toBe('second.json');
  });

  it('tells a bundle from other files by its first bytes', async () => {
    expect(await isBundleFile(file(formatBundle(BUNDLE)))).toBe(true);
    expect(await isBundleFile(file('{"type":"FeatureCollection","features":[]}', 'x.json'))).toBe(false);
    expect(await isBundleFile(file('province,value\nSC,1\n', 'x.csv'))).toBe(false);
  });
});
