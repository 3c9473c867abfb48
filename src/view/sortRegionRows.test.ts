import { describe, expect, it } from 'vitest';
import { buildRegionCensus } from '../regions/regionCensus';
import { FIXTURE_CENSUS, FIXTURE_SET } from '../regions/testFixtures';
import { DEFAULT_STATE } from '../state/appState';
import { buildRegionView } from './buildRegionView';
import { sortRegionRows, type RegionSort } from './sortRegionRows';

const census = buildRegionCensus(FIXTURE_SET, FIXTURE_CENSUS);
const view = buildRegionView({ ...DEFAULT_STATE, indicator: 'children', year: 2010 }, { set: FIXTURE_SET, indicators: census?.indicators ?? [], census, censusPending: false }, {});

describe('sortRegionRows', () => {
  it.each<[RegionSort, string[]]>([
    // No data last, in name order ("Region 5" before the Han names in English).
    [{ key: 'rank', ascending: true }, ['341221', '341225', '341282', '#5', '349999']],
    [{ key: 'value', ascending: true }, ['341282', '341225', '341221', '#5', '349999']],
    [{ key: 'value', ascending: false }, ['341221', '341225', '341282', '#5', '349999']],
    [{ key: 'code', ascending: false }, ['349999', '341282', '341225', '341221', '#5']],
    // All four coded regions are in Anhui: ties go by name; the one without a province last.
    [{ key: 'province', ascending: true }, ['349999', '341221', '341282', '341225', '#5']],
  ])('%o puts no data last', (sort, keys) => {
    expect(sortRegionRows(view.rows, sort, 'en').map((r) => r.key)).toEqual(keys);
  });
});
