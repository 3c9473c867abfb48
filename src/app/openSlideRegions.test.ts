import { describe, expect, it } from 'vitest';
import { handleRegionRequest } from '../regions/regionWorkerProtocol';
import { voronoiCounties } from '../regions/voronoiCounties.fixture';
import { DEFAULT_STATE } from '../state/appState';
import { createStore } from '../state/createStore';
import { createRegionController, type RegionFile, type RegionHost } from './createRegionController';
import { openSlideRegions } from './openSlideRegions';
import { createMemoryImportStore } from './storage/importStore';

const file = (text: string, name: string): RegionFile => Object.assign(new Blob([text]), { name });
const counties = (n: number, name = 'anhui.geojson') => file(JSON.stringify(voronoiCounties(n)), name);

const read: RegionHost['read'] = async (f, options) => {
  const response = await handleRegionRequest({ type: 'regions', name: f.name, file: f, options });
  if (response.type === 'error') throw new Error(response.message);
  return response.report;
};

/** The id the slide names: the set's content hash, as its author's browser computed it. */
async function idOf(f: RegionFile): Promise<string> {
  const c = createRegionController({ state: createStore(DEFAULT_STATE).state, show: () => undefined, store: createMemoryImportStore().regions, read });
  await c.open(f);
  const p = c.phase.peek();
  if (p.type !== 'review' || !p.report.id) throw new Error('no id');
  return p.report.id;
}

/** A browser presenting a slide that names `id` (and region 340101) without holding the set. */
async function presenting(id: string) {
  const app = createStore({ ...DEFAULT_STATE, present: true, regionSet: id, regionFile: 'anhui.geojson', region: '340101' });
  const regions = createRegionController({
    state: app.state,
    show: (shown, fileName) => app.replace({ ...app.state.peek(), regionSet: shown, regionFile: fileName, region: null, camera: null }),
    store: createMemoryImportStore().regions,
    read,
  });
  await regions.ready;
  let again = 0;
  const showAgain = () => {
    again++;
    app.replace({ ...app.state.peek(), region: '340101' });
  };
  return { app, regions, showAgain, again: () => again };
}

describe('openSlideRegions', () => {
  it('the file the slide was made with is kept and shown, and the slide shown again whole', async () => {
    const id = await idOf(counties(12));
    const p = await presenting(id);
    expect(p.regions.missing.value).toBe(id);
    await expect(openSlideRegions(p.regions, counties(12), p.showAgain)).resolves.toEqual({ type: 'shown' });
    expect(p.regions.missing.value).toBeNull();
    expect(p.regions.sets.value.map((s) => s.id)).toEqual([id]);
    expect(p.again()).toBe(1);
    expect(p.app.state.value).toMatchObject({ present: true, regionSet: id, region: '340101' });
    expect(p.regions.phase.value.type).toBe('idle');
  });

  it.each([
    ['another set of regions', () => counties(13, 'other.geojson'), 'other'],
    ['a file that is not regions', () => file('not json', 'notes.txt'), 'unreadable'],
  ] as const)('%s changes nothing and says so', async (_, make, type) => {
    const id = await idOf(counties(12));
    const p = await presenting(id);
    const f = make();
    await expect(openSlideRegions(p.regions, f, p.showAgain)).resolves.toEqual({ type, fileName: f.name });
    expect(p.regions.sets.value).toEqual([]);
    expect(p.regions.missing.value).toBe(id);
    expect(p.regions.phase.value.type).toBe('idle');
    expect(p.again()).toBe(0);
    expect(p.app.state.value).toMatchObject({ present: true, regionSet: id, region: '340101' });
  });

  it('what this rests on: the id is the content hash, so the same regions under another file name are the same set', async () => {
    expect(await idOf(counties(12))).toBe(await idOf(counties(12, 'renamed.geojson')));
  });
});
