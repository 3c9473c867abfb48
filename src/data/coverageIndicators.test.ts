import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../facilities/computeCoverage';
import { FACILITY_TYPES } from '../facilities/facility';
import { collection, facilityAt, square } from '../facilities/testFixtures';
import { CATALOGUE } from './catalogue';
import { buildCoverageIndicators, COVERAGE_INDICATOR_IDS } from './coverageIndicators';
import type { Indicator } from './indicator';
import { figureNote } from './figureNotes';
import { dateText, excerptText, publisherText, titleText } from '../view/publisherText';

const children = CATALOGUE.find((i) => i.id === 'children') as Indicator;
const provinces = collection(square('BJ', 116, 39), square('TJ', 117, 39));
const demand = new Map([['BJ', 1000], ['TJ', 500]] as const);
const ctx = { demand: children, demandYear: 2020, demandSources: [], radiusKm: 10, types: FACILITY_TYPES, supply: 'facilities' as const };
const set = (capacity: number | null) => ({
  id: 's', name: 's', fileName: 's.csv', importedAt: '', synthetic: false,
  facilities: [facilityAt(116.5, 39.5, { capacity }), facilityAt(116.2, 39.2, { capacity })],
});

describe('COVERAGE_INDICATOR_IDS', () => {
  // Links may name a coverage indicator before it is computed; the list that accepts such links is
  // kept by hand, so it must name exactly what buildCoverageIndicators makes.
  it('is exactly the ids buildCoverageIndicators makes when capacities are known', () => {
    const s = set(20);
    const result = computeCoverage({ facilities: s.facilities, provinces, demand, radiusKm: 10 });
    const ids = buildCoverageIndicators(result, { ...ctx, sets: [s] }).indicators.map((i) => i.id);
    expect(new Set(ids)).toEqual(COVERAGE_INDICATOR_IDS);
    expect(ids).toHaveLength(COVERAGE_INDICATOR_IDS.size);
  });

  it('covers what is made without capacities too', () => {
    const s = set(null);
    const result = computeCoverage({ facilities: s.facilities, provinces, demand, radiusKm: 10 });
    for (const i of buildCoverageIndicators(result, { ...ctx, sets: [s] }).indicators) expect(COVERAGE_INDICATOR_IDS).toContain(i.id);
  });

  it('names no embedded indicator', () => {
    for (const i of CATALOGUE) expect(COVERAGE_INDICATOR_IDS.has(i.id), i.id).toBe(false);
  });
});

// #13: on the Chinese interface, coverage figures' notes and their facility source read in Chinese.
describe('coverage figures in Chinese', () => {
  const latin = (s: string) => (s.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['WGS', 'GCJ', 'BD'].includes(w));
  it.each([
    ['a user file', { ...set(20), crs: 'GCJ02' as const }],
    ['the synthetic set', { ...set(20), name: 'Synthetic demonstration facilities', fileName: '', synthetic: true }],
    ['a set without capacities', set(null)],
  ])('%s', (_, s) => {
    const result = computeCoverage({ facilities: s.facilities, provinces, demand, radiusKm: 10 });
    const d = buildCoverageIndicators(result, { ...ctx, sets: [s] });
    const notes = [...new Set(d.figures.map((f) => f.note))];
    expect(notes.length).toBeGreaterThan(3);
    // As every screen and export reads a note: from its key (#18), not by looking up its English.
    for (const f of d.figures) expect(latin(figureNote(f.note, f.noteText).zh), f.note).toEqual([]);
    const src = Object.values(d.sources)[0]!;
    for (const text of [titleText(src, 'zh'), publisherText(src, 'zh'), dateText(src, 'zh'), excerptText(src, 'zh')]) {
      expect(latin(text.replace('s.csv', '')), text).toEqual([]);
    }
    for (const i of d.indicators) expect(latin(`${i.label.zh} ${i.unit.zh} ${i.definition.zh}`), i.id).toEqual([]);
    // English stays English.
    for (const f of d.figures) expect(figureNote(f.note, f.noteText).en).toBe(f.note);
  });
});

describe('the gap score keeps the ranking order', () => {
  it('ties are ordered as in rankGaps, each with its own rank', () => {
    // Two provinces with the same demand and one facility each: equal scores, GB order decides.
    const s = set(null);
    const result = computeCoverage({ facilities: [facilityAt(116.5, 39.5), facilityAt(117.5, 39.5)], provinces, demand: new Map([['BJ', 500], ['TJ', 500]] as const), radiusKm: 10 });
    const gap = buildCoverageIndicators(result, { ...ctx, sets: [s] }).indicators.find((i) => i.id === 'covgap')!;
    expect(gap.rankOrder).toEqual(['BJ', 'TJ']);
  });
});
