import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from '../state/appState';
import { screenView } from './screenView';

describe('screenView', () => {
  it.each<[string, Partial<AppState>, Partial<ReturnType<typeof screenView>>]>([
    ['the default page', {}, { tab: 'details', embed: false, presenting: false, markers: true, perYear: false, counties: null }],
    ['presenting slide 3 in high contrast', { present: true, slide: 3, highContrast: true }, { presenting: true, slide: 3, highContrast: true }],
    ['an embed without facility markers', { embed: true, facilities: false, tab: 'gaps' }, { embed: true, markers: false, tab: 'gaps' }],
    ['the gaps options', { radiusKm: 20, demand: 'lbc2020', supply: 'capacity', demo: true, facilityTypes: ['home'] }, { radiusKm: 20, demand: 'lbc2020', supply: 'capacity', demo: true, facilityTypes: ['home'] }],
    ['a region set named with its file (#15)', { regionSet: 'rs1', regionFile: 'wards.geojson' }, { regionSet: 'rs1', regionFile: 'wards.geojson' }],
  ])('%s', (_name, patch, expected) => {
    expect(screenView({ ...DEFAULT_STATE, ...patch })).toMatchObject(expected);
  });
});
