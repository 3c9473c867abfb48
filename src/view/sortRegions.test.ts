import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { DEFAULT_STATE } from '../state/appState';
import { buildViewModel } from './buildViewModel';
import { sortRegions } from './sortRegions';

const data = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
const vm = buildViewModel({ ...DEFAULT_STATE, indicator: 'children', year: 2020 }, data);
const ids = (sorted: ReturnType<typeof sortRegions>) => sorted.map((r) => r.id);

describe('sortRegions', () => {
  it('by value, descending: Guangdong first, no data last', () => {
    const s = ids(sortRegions(vm.regions, { key: 'value', ascending: false }, 'en'));
    expect(s[0]).toBe('GD');
    expect(s.slice(-3).sort()).toEqual(['HK', 'MO', 'TW']);
  });

  it('no data stays last when the direction flips, so it never reads as the smallest', () => {
    const s = ids(sortRegions(vm.regions, { key: 'value', ascending: true }, 'en'));
    expect(s[0]).toBe('XZ');
    expect(s.slice(-3).sort()).toEqual(['HK', 'MO', 'TW']);
    expect(ids(sortRegions(vm.regions, { key: 'rank', ascending: true }, 'en')).slice(-3).sort()).toEqual(['HK', 'MO', 'TW']);
  });

  it('by name in the UI language', () => {
    expect(ids(sortRegions(vm.regions, { key: 'name', ascending: true }, 'en'))[0]).toBe('AH'); // Anhui
    expect(ids(sortRegions(vm.regions, { key: 'name', ascending: false }, 'en'))[0]).toBe('ZJ'); // Zhejiang
  });

  it('does not mutate its input', () => {
    const before = ids(vm.regions);
    sortRegions(vm.regions, { key: 'value', ascending: true }, 'zh');
    expect(ids(vm.regions)).toEqual(before);
  });
});
