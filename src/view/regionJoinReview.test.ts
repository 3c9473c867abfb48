import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../data/import/parseTable';
import { buildRegionImportPreview } from '../regions/buildRegionImportPreview';
import { MAX_PICKER_REGIONS, regionJoinReview } from './regionJoinReview';
import { namedRegion } from '../regions/testFixtures';

const region = namedRegion;
const SET = { regions: [region(0, '110105', '朝阳区', 'BJ'), region(1, '220104', '朝阳区', 'JL'), region(2, '341221', '临泉县', 'AH')] };
const rows = [['朝阳区', '1'], ['<b>临泉</b>', '2'], ['临泉县', '3'], ['临泉县', '4']];
const table: ParsedTable = { columns: ['县', 'v'], rows, rowNumbers: [2, 3, 4, 5], format: 'csv', issues: [] };
const choice = { key: '县', value: 'v', year: null, province: null };

describe('regionJoinReview', () => {
  it('lists namesakes with their codes and provinces, keeps names as text, and keeps a picked name listed to change it', () => {
    const pv = buildRegionImportPreview({ table }, choice, SET);
    const en = regionJoinReview(pv, SET, new Map(), 'en')!;
    expect(en.summary).toBe('2 of 4 rows matched a region; 2 did not. 2 of 3 regions have no row (no data).');
    expect(en.fixes.map((f) => [f.key, f.rowsText, f.picked])).toEqual([['朝阳区', '2', ''], ['<b>临泉</b>', '3', '']]);
    expect(en.fixes[0]!.reason).toBe('Several regions have this name: choose a province column, or pick the region. Candidates: 朝阳区 (110105, Beijing) / 朝阳区 (220104, Jilin).');
    expect(en.fixes[0]!.options.slice(0, 2).map((o) => o.value)).toEqual(['110105', '220104']);
    expect(en.duplicates?.lines).toEqual(['临泉县 (341221, Anhui): rows 4, 5; row 4 used.']);
    const zh = regionJoinReview(pv, SET, new Map(), 'zh')!;
    expect(zh.fixes[0]!.options[0]!.label).toBe('朝阳区 (110105，北京)');

    const picks = new Map([[2, '220104']]);
    const picked = regionJoinReview(buildRegionImportPreview({ table }, choice, SET, { overrides: picks }), SET, picks, 'en')!;
    expect(picked.fixes.map((f) => [f.key, f.picked])).toEqual([['朝阳区', '220104'], ['<b>临泉</b>', '']]);
    expect(picked.via.map((v) => [v.via, v.count])).toEqual([['name', 2], ['manual', 1]]);
  });

  it('lists only the candidates beside a search over every region when the set is too large for a select per name', () => {
    const many = { regions: [...SET.regions, ...Array.from({ length: MAX_PICKER_REGIONS }, (_, i) => region(i + 3, String(510000 + i + 100), `第${i}县`, 'SC'))] };
    const review = regionJoinReview(buildRegionImportPreview({ table }, choice, many), many, new Map(), 'en')!;
    expect(review.fixes[0]!.options.map((o) => o.value)).toEqual(['110105', '220104']);
    expect(review.fixes[1]!.options).toEqual([]);
    expect(review.search).toHaveLength(MAX_PICKER_REGIONS + 3);
    expect(review.search?.[3]).toEqual({ value: '510100', label: '第0县 (510100, Sichuan)' });
    expect(regionJoinReview(buildRegionImportPreview({ table }, choice, SET), SET, new Map(), 'en')?.search).toBeNull();
  });
});
