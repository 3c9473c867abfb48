import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { COVERAGE_INDICATOR_IDS } from '../data/coverageIndicators';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { parseUrlState } from '../state/urlState';
import { buildViewModel } from '../view/buildViewModel';
import { BUILTIN_STORY } from './builtinStory';
import { namedUnits } from './namedUnits';

const data = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);

describe('the built-in story: every slide shows what its caption names (issue 16)', () => {
  const slides = BUILTIN_STORY.map((slide, i) => ({ slide, i: i + 1, parsed: parseUrlState(slide.view, { indicators: data.indicators, pendingIds: COVERAGE_INDICATOR_IDS }) }));
  // The gap slide's indicator is computed from the demonstration set at run time (a browser test covers it).
  const embedded = slides.filter(({ parsed }) => !COVERAGE_INDICATOR_IDS.has(parsed.state.indicator));

  it.each(slides)('slide $i: its view is a valid link and its sources exist', ({ slide, parsed }) => {
    expect(parsed.issues).toEqual([]);
    expect(slide.sources.length).toBeGreaterThan(0);
    for (const id of slide.sources) expect(id in data.sources || id === 'WOC-2014', id).toBe(true);
  });

  it.each(embedded)('slide $i: the map has figures for every province the caption names, and is mostly not hatched', ({ slide, parsed }) => {
    const vm = buildViewModel(parsed.state, data);
    for (const id of namedUnits(slide.caption)) expect(vm.noDataIds, `${id} has no data on slide ${slide.view}`).not.toContain(id);
    expect(vm.noDataIds.length).toBeLessThan(UNITS.length / 2);
  });

  it('names the same provinces in English and Chinese', () => {
    for (const { slide } of slides) {
      expect(namedUnits({ en: '', zh: slide.caption.zh }).sort()).toEqual(namedUnits(slide.caption).sort());
    }
  });

  it.each(slides)('slide $i: the ACWF figure is an estimate, not a count; Gansu’s homes were funded, not reported built', ({ slide }) => {
    expect(slide.caption.en).not.toMatch(/ACWF counted|Gansu built|Gansu funded/);
    expect(slide.caption.en).not.toMatch(/children per facility/);
  });
});
