import { describe, expect, it } from 'vitest';
import type { RegionSet } from '../regions/regionSet';
import { handleRegionRequest } from '../regions/regionWorkerProtocol';
import { voronoiCounties } from '../regions/voronoiCounties.fixture';
import { DEFAULT_STATE } from '../state/appState';
import { createStore } from '../state/createStore';
import { createRegionController, MAX_REGION_FILE_BYTES, type RegionFile, type RegionHost } from './createRegionController';
import { createMemoryImportStore, type RecordStore } from './storage/importStore';
import { StorageWriteError } from './storage/storageProblem';

const file = (json: unknown, name = 'anhui.geojson'): RegionFile => Object.assign(new Blob([JSON.stringify(json)]), { name });
const counties = file(voronoiCounties(12));

/** The worker's own code, in-thread: what the app runs, without the Worker. */
const read: RegionHost['read'] = async (f, options) => {
  const response = await handleRegionRequest({ type: 'regions', name: f.name, file: f, options });
  if (response.type === 'error') throw new Error(response.message);
  return response.report;
};

function setup(store: RecordStore<RegionSet> = createMemoryImportStore().regions, regionSet: string | null = null) {
  const app = createStore({ ...DEFAULT_STATE, regionSet, region: regionSet ? '340101' : null });
  const shown: Array<string | null> = [];
  const c = createRegionController({
    state: app.state,
    show: (id, fileName) => {
      shown.push(id);
      app.replace({ ...app.state.peek(), regionSet: id, regionFile: fileName, region: null });
    },
    store,
    read,
    now: () => '2026-12-02T12:00:00.000Z',
  });
  return { app, c, shown, store };
}

describe('createRegionController', () => {
  it('reads a file into a report and applies nothing until asked', async () => {
    const { c, store, app } = setup();
    await c.open(counties);
    const p = c.phase.value;
    expect(p.type).toBe('review');
    if (p.type !== 'review') return;
    expect(p.report).toMatchObject({ fileName: 'anhui.geojson', codeField: 'code', codeKind: 'county', nameField: 'name', outside: 0 });
    expect(p.report.regions).toHaveLength(12);
    expect(p.report.fields).toEqual(['code', 'name', 'pop']);
    expect(p.report.id).toMatch(/^r-[0-9a-z]{4,24}$/);
    expect(await store.load()).toEqual([]);
    expect(c.sets.value).toEqual([]);
    expect(app.state.value.regionSet).toBeNull();
  });

  it('apply keeps the set, shows it and makes it active', async () => {
    const { c, store, app, shown } = setup();
    await c.open(counties);
    const set = await c.apply();
    expect(set).toMatchObject({ fileName: 'anhui.geojson', importedAt: '2026-12-02T12:00:00.000Z', codeKind: 'county' });
    expect(set?.regions).toHaveLength(12);
    expect((await store.load()).map((s) => s.id)).toEqual([set?.id]);
    expect(shown).toEqual([set?.id]);
    expect(app.state.value.regionSet).toBe(set?.id);
    expect(app.state.value.regionFile).toBe('anhui.geojson');
    expect(c.active.value?.id).toBe(set?.id);
    expect(c.phase.value.type).toBe('idle');
  });

  it('the same file twice is one set (the id is a content hash)', async () => {
    const { c, store } = setup();
    await c.open(counties);
    const a = await c.apply();
    await c.open(file(voronoiCounties(12), 'copy.json'));
    const b = await c.apply();
    expect(b?.id).toBe(a?.id);
    expect(c.sets.value).toHaveLength(1);
    expect(c.sets.value[0]?.fileName).toBe('copy.json');
    expect(await store.load()).toHaveLength(1);
  });

  it('cancel changes nothing', async () => {
    const { c, store, app } = setup();
    await c.open(counties);
    const before = app.state.value;
    c.cancel();
    expect(c.phase.value.type).toBe('idle');
    expect(app.state.value).toBe(before);
    expect(await store.load()).toEqual([]);
    expect(await c.apply()).toBeNull();
  });

  it.each([
    ['points only', file({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [117, 31] } }] }), 'not-polygons'],
    ['an empty collection', file({ type: 'FeatureCollection', features: [] }), 'no-regions'],
    ['projected coordinates', file({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[1.3e7, 3.6e6], [1.31e7, 3.6e6], [1.31e7, 3.7e6], [1.3e7, 3.6e6]]] } }), 'projected'],
  ])('refuses %s with the reason, keeping what the user had', async (_, bad, code) => {
    const { c, store, app } = setup();
    await c.open(counties);
    const kept = await c.apply();
    const state = app.state.value;
    await c.open(bad);
    const p = c.phase.value;
    expect(p.type).toBe('rejected');
    if (p.type === 'rejected') expect(p.report.issues.map((i) => i.code)).toContain(code);
    expect(await c.apply()).toBeNull();
    expect(app.state.value).toBe(state);
    expect((await store.load()).map((s) => s.id)).toEqual([kept?.id]);
  });

  it.each([
    ['not JSON', Object.assign(new Blob(['{"type": "FeatureCollection", oops']), { name: 'x.json' }), 'not-json'],
    ['binary', Object.assign(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])]), { name: 'x.png' }), 'binary'],
  ])('refuses a file that is %s', async (_, bad, code) => {
    const { c } = setup();
    await c.open(bad);
    const p = c.phase.value;
    expect(p.type === 'rejected' && p.report.fileProblem?.code).toBe(code);
  });

  it('reads a zip as a shapefile, and refuses one that holds none (an .xlsx is a zip)', async () => {
    const { zipFiles } = await import('../regions/shapefileFixture');
    const { c } = setup();
    await c.open(Object.assign(new Blob([zipFiles({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }) as BlobPart]), { name: 'book.xlsx' }));
    const p = c.phase.value;
    expect(p.type === 'rejected' && p.report.issues.map((i) => i.code)).toEqual(['no-shp']);
  });

  it('refuses a file over the size limit before reading it', async () => {
    let readBytes = false;
    const huge = {
      name: 'huge.geojson',
      size: MAX_REGION_FILE_BYTES + 1,
      arrayBuffer: async () => {
        readBytes = true;
        return new ArrayBuffer(0);
      },
    } as unknown as RegionFile;
    const { c } = setup();
    await c.open(huge);
    const p = c.phase.value;
    expect(p.type === 'rejected' && p.report.fileProblem).toEqual({ code: 'too-large', actual: MAX_REGION_FILE_BYTES + 1, limit: MAX_REGION_FILE_BYTES });
    expect(readBytes).toBe(false);
  });

  it('reads again with another name column', async () => {
    const { c } = setup();
    await c.open(counties);
    await c.reread({ nameField: 'pop' });
    const p = c.phase.value;
    expect(p.type === 'review' && p.report.nameField).toBe('pop');
    expect(p.type === 'review' && p.report.regions[0]?.name).toBe('1000');
    expect(p.type === 'review' && p.options).toEqual({ nameField: 'pop' });
  });

  it('a newer file supersedes one still being read', async () => {
    const { c } = setup();
    const first = c.open(counties);
    const second = c.open(file({ type: 'FeatureCollection', features: [] }, 'empty.json'));
    await Promise.all([first, second]);
    const p = c.phase.value;
    expect(p.type === 'rejected' && p.report.fileName).toBe('empty.json');
  });

  it('a full store keeps the review open with the reason and keeps nothing', async () => {
    const memory = createMemoryImportStore().regions;
    const full: RecordStore<RegionSet> = { ...memory, save: async () => Promise.reject(new StorageWriteError('quota')) };
    const { c, app } = setup(full);
    await c.open(counties);
    expect(await c.apply()).toBeNull();
    expect(c.problem.value).toBe('quota');
    expect(c.phase.value.type).toBe('review');
    expect(c.sets.value).toEqual([]);
    expect(app.state.value.regionSet).toBeNull();
  });

  it('loads kept sets; active follows state.regionSet; a set this browser lacks is missing', async () => {
    const first = setup();
    await first.c.open(counties);
    const set = (await first.c.apply()) as RegionSet;
    // Another visit, whose link names the kept set.
    const again = setup(first.store, set.id);
    expect(again.c.missing.value).toBeNull(); // not yet loaded: not yet known to be missing
    await again.c.ready;
    expect(again.c.sets.value.map((s) => s.id)).toEqual([set.id]);
    expect(again.c.active.value?.id).toBe(set.id);
    expect(again.c.missing.value).toBeNull();
    again.app.replace({ ...again.app.state.value, regionSet: null });
    expect(again.c.active.value).toBeNull();
    // A link from another browser.
    const elsewhere = setup(createMemoryImportStore().regions, 'r-abcd1234');
    await elsewhere.c.ready;
    expect(elsewhere.c.active.value).toBeNull();
    expect(elsewhere.c.missing.value).toBe('r-abcd1234');
  });

  it('remove deletes a kept set and shows the provinces when it was shown', async () => {
    const { c, store, app, shown } = setup();
    await c.open(counties);
    const set = (await c.apply()) as RegionSet;
    await c.remove(set.id);
    expect(c.sets.value).toEqual([]);
    expect(await store.load()).toEqual([]);
    expect(shown).toEqual([set.id, null]);
    expect(app.state.value.regionSet).toBeNull();
    expect(app.state.value.regionFile).toBeNull();
  });

  it('a set that fails to be removed stays, with the reason', async () => {
    const memory = createMemoryImportStore().regions;
    const { c } = setup({ ...memory, remove: async () => Promise.reject(new StorageWriteError('failed')) });
    await c.open(counties);
    const set = (await c.apply()) as RegionSet;
    await c.remove(set.id);
    expect(c.sets.value.map((s) => s.id)).toEqual([set.id]);
    expect(c.problem.value).toBe('failed');
  });
});
