import { describe, expect, it } from 'vitest';
import { findRegion, regionCamera, type RegionSearchRow } from './findRegion';

const row = (key: string, name: string | null, code: string | null = key.startsWith('#') ? null : key): RegionSearchRow => ({ key, code, name, label: name ?? code ?? key });
const ROWS = [
  row('341221', '临泉县'),
  row('341225', '阜南县'),
  row('341282', '界首市'),
  row('110105', '朝阳区'),
  row('220104', '朝阳区'),
  row('341226', '颍上县'),
  row('341204', '颍泉区'),
  row('#7', '無名鄉'),
  row('#8', null),
];

describe('findRegion', () => {
  it.each<[string, string, string | null, number]>([
    ['a code', '341225', '341225', 0],
    ['a code with spaces', ' 341225 ', '341225', 0],
    ['a region without a code, by its key', '#8', '#8', 0],
    ['a full name', '临泉县', '341221', 0],
    ['a name without its suffix', '临泉', '341221', 0],
    ['a name with another suffix', '界首县', '341282', 0],
    ['a name typed in full-width spacing', '阜 南', '341225', 0],
    ['the start of a name', '颍上', '341226', 0],
    ['a name as the file writes it (traditional)', '無名鄉', '#7', 0],
    ['a namesake in two provinces: both, by code only', '朝阳区', null, 2],
    ['the start shared by two names', '颍', null, 0],
    ['two names starting alike', '颍泉区', '341204', 0],
    ['nothing', '   ', null, 0],
    ['a name not in the set', '固始县', null, 0],
  ])('%s: %s', (_, text, key, several) => {
    const found = findRegion(text, ROWS);
    expect(found.key).toBe(key);
    if (found.key === null) expect(found.matches).toHaveLength(several);
  });

  it('tells namesakes apart by code', () => {
    expect(findRegion('220104', ROWS)).toEqual({ key: '220104' });
    const both = findRegion('朝阳', ROWS);
    expect(both.key === null && both.matches.map((r) => r.key)).toEqual(['110105', '220104']);
  });

  it('the camera goes to the label point, zoomed to where region names show', () => {
    const view = { features: { anchors: new Map([['341221', [115.2, 32.9] as const]]), labelMinZoom: 6.1 } } as never;
    expect(regionCamera(view, '341221')).toEqual({ lon: 115.2, lat: 32.9, zoom: 6.6 });
    expect(regionCamera(view, 'nope')).toBeNull();
  });
});
