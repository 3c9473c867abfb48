import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import { buildDatasets } from '../data/buildDatasets';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { buildRegionCensus } from '../regions/regionCensus';
import { FIXTURE_CENSUS, FIXTURE_SET } from '../regions/testFixtures';
import { DEFAULT_STATE, type AppState } from '../state/appState';
import type { RegionLayer } from '../view/buildRegionView';
import { buildViewModel } from '../view/buildViewModel';
import { classificationNote } from '../view/classificationNote';
import { publisherText } from '../view/publisherText';
import { captionText, pictureCaption } from './pictureCaption';

const data = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
const census = buildRegionCensus(FIXTURE_SET, FIXTURE_CENSUS);
const layer: RegionLayer = { set: FIXTURE_SET, indicators: census?.indicators ?? [], census, censusPending: false };
const opts = { synthetic: false, date: '2026-12-02', link: 'http://atlas.example/?i=children' };
const captionOf = (patch: Partial<AppState>, withLayer: RegionLayer | null = layer) => {
  const vm = buildViewModel({ ...DEFAULT_STATE, ...patch }, data, withLayer);
  return { vm, caption: pictureCaption(vm, vm.lang, { ...opts, note: classificationNote(vm, vm.lang) }) };
};

describe('pictureCaption: a region set shown (#15)', () => {
  it.each([
    ['en', 'Children aged 0–14 (county census), 2010', 'Legend (persons)', 'No data', 'Boundaries: fuyang.geojson, imported 2026-12-02'],
    ['zh', '0–14岁儿童（县级人口普查），2010年', '图例（人）', '无数据', '边界：fuyang.geojson，导入于2026-12-02'],
  ] as const)('%s: the region indicator, its own classes, the census and the boundary file', (lang, title, legendTitle, noData, boundary) => {
    const { vm, caption } = captionOf({ lang, indicator: 'children', year: 2010, regionSet: FIXTURE_SET.id });
    const rv = vm.regionSet!;
    expect(caption.title).toBe(title);
    expect(caption.subtitle).toContain('fuyang.geojson');
    expect(caption.legendTitle).toBe(legendTitle);
    // The caption's legend is the region legend the page shows, class by class, never the provinces'.
    expect(caption.legend).toEqual(rv.legend.map((e) => ({ label: e.label, color: e.color, count: e.count, noData: e.noData })));
    expect(caption.legend).not.toEqual(vm.legend.map((e) => ({ label: e.label, color: e.color, count: e.count, noData: e.noData })));
    // 349999 (not in the census) and the region without a code: no data, never 0.
    expect(caption.legend.at(-1)).toMatchObject({ label: noData, noData: true, count: 2 });
    expect(caption.notes.join(' ')).toContain('349999');
    const text = captionText(caption);
    expect(text['Source']).toContain(boundary);
    const s0 = rv.sources[0]!;
    expect(text['Source']).toContain(publisherText(s0.source, lang, s0.id));
    // The provinces' national line is not this map's.
    expect(caption.footer.map((f) => f.kind)).not.toContain('national');
    expect(caption.fileLabel).toBe('Children aged 0–14 (county census)');
    expect(caption.synthetic).toBeNull();
  });

  it('a set without figures is titled by its file and says why; its boundary file is still cited', () => {
    const bare: RegionLayer = { set: FIXTURE_SET, indicators: [], census: null, censusPending: false };
    const { caption } = captionOf({ indicator: 'children', regionSet: FIXTURE_SET.id }, bare);
    expect(caption.title).toBe('fuyang.geojson (5 regions): no figures on these regions yet');
    expect(caption.legend).toEqual([]);
    expect(caption.notes.join(' ')).toContain('do not carry 6-digit county codes');
    expect(captionText(caption)['Source']).toContain('Boundaries: fuyang.geojson, imported 2026-12-02');
    expect(caption.fileLabel).toBe('fuyang.geojson');
  });

  it('synthetic data is said in the caption and in its text', () => {
    const vm = buildViewModel({ ...DEFAULT_STATE, indicator: 'children', regionSet: FIXTURE_SET.id }, data, layer);
    const caption = pictureCaption(vm, 'en', { ...opts, synthetic: true, note: '' });
    expect(caption.synthetic).toMatch(/SYNTHETIC/);
    expect(captionText(caption)['Description']).toMatch(/SYNTHETIC/);
  });
});

describe('pictureCaption: provinces', () => {
  it('keeps the provinces picture: their legend, the national line, the sources and Natural Earth', () => {
    const { vm, caption } = captionOf({ indicator: 'children', year: 2020 }, null);
    expect(caption.title).toBe('Children aged 0–14, 2020');
    expect(caption.legend.map((e) => e.label)).toEqual(vm.legend.map((e) => e.label));
    expect(caption.notes).toEqual([classificationNote(vm, 'en')]);
    expect(caption.footer.map((f) => f.kind)).toEqual(['definition', 'national', 'sources', 'boundaries', 'exported']);
    expect(captionText(caption)['Source']).toContain('Natural Earth');
    expect(captionText(caption)['Source']).not.toContain('imported');
    expect(captionText(caption)['Comment']).toBe('Exported 2026-12-02 from Liushou Atlas · http://atlas.example/?i=children');
  });

  it('a region set named but not in this browser: the picture is of the provinces shown', () => {
    const { vm, caption } = captionOf({ indicator: 'children', year: 2020, regionSet: 'r-elsewhere', regionFile: 'other.geojson' });
    expect(vm.regionSet).toBeNull();
    expect(caption.title).toBe('Children aged 0–14, 2020');
  });
});
