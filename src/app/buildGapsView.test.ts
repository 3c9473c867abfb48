import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import type { Indicator } from '../data/indicator';
import type { CoverageResult, ProvinceCoverage } from '../facilities/computeCoverage';
import type { FacilitySet } from '../facilities/facility';
import type { GapRow } from '../facilities/gapScore';
import type { UnitId } from '../geo/units';
import { buildGapsView, type GapsInputs } from './buildGapsView';

const children = CATALOGUE.find((i) => i.id === 'children') as Indicator;
const row = (unit: UnitId, rank: number | null, p: number | null, s: number | null): GapRow => ({
  unit, score: p === null || s === null ? null : p - s, demand: 1000, supply: 2, supplyKind: 'facilities', demandPercentile: p, supplyPercentile: s, rank,
});
const cov = (unit: UnitId, facilities: number): ProvinceCoverage => ({
  unit, facilities, facilitiesWithCapacity: 0, capacity: null, perTenThousandChildren: null, capacityPerTenThousandChildren: null,
  childrenPerFacility: null, areaShareWithinRadius: 0.5, demand: 1000,
});
const coverage: CoverageResult = { byUnit: new Map([['SC', cov('SC', 3)], ['HA', cov('HA', 2)]]), outside: [{ lon: 0, lat: 0 } as never], sampleSpacingKm: 12 };
const set = (synthetic: boolean): FacilitySet => ({ id: synthetic ? 'demo' : 'f1', name: 'homes.csv', fileName: 'homes.csv', importedAt: '', synthetic, facilities: [] });
const base: GapsInputs = {
  state: { facilityTypes: ['home', 'school'], radiusKm: 10, planned: [] },
  sets: [set(false)],
  coverage,
  gaps: [row('SC', 1, 1, 0), row('HA', 2, 0.5, 0.5)],
  planned: null,
  demand: { indicator: children, year: 2020, values: new Map(), sources: [] },
  capacity: 'some-missing',
  computing: false,
};

describe('buildGapsView', () => {
  it('joins each ranked row with its coverage and says why it ranks there', () => {
    const v = buildGapsView(base, 'en');
    expect(v.rows.map((r) => [r.row.unit, r.coverage?.facilities, r.after, r.added])).toEqual([['SC', 3, null, 0], ['HA', 2, null, 0]]);
    expect(v.rows[0]!.why).toBe('the most children; the fewest facilities per child');
    expect(v.rows[1]!.why).toMatch(/^more children than 50% of provinces; /);
    expect(v.counted).toBe(5);
    expect(v.outside).toBe(1);
    expect(v.sampleSpacingKm).toBe(12);
    expect(v.demand).toEqual({ years: children.years, year: 2020 });
    expect(v.basis).toContain('homes.csv');
  });

  it.each<[string, Partial<GapsInputs>, (v: ReturnType<typeof buildGapsView>) => unknown, unknown]>([
    ['no demand: no table, no basis', { demand: null }, (v) => [v.rows.length, v.basis, v.demand], [0, null, null]],
    ['no coverage yet: nothing counted', { coverage: null }, (v) => [v.counted, v.outside, v.sampleSpacingKm, v.rows[0]!.coverage], [0, 0, null, null]],
    ['the demonstration set is synthetic', { sets: [set(true)] }, (v) => v.synthetic, true],
    ['an unscored row has no reason', { gaps: [row('SC', null, null, null)] }, (v) => v.rows[0]!.why, null],
    ['capacity used when the ranking used it', { gaps: [{ ...row('SC', 1, 1, 0), supplyKind: 'capacity' }] }, (v) => v.supplyUsed, 'capacity'],
    [
      'planned facilities of ticked types only are added, and the planned rank is joined',
      {
        state: { facilityTypes: ['home'], radiusKm: 10, planned: [{ unit: 'SC', type: 'home', count: 3, capacity: null }, { unit: 'SC', type: 'school', count: 5, capacity: null }] },
        planned: [row('HA', 1, 0.5, 0), row('SC', 2, 1, 1)],
      },
      (v) => [v.withPlanned, v.rows.map((r) => [r.row.unit, r.after?.rank, r.added])],
      [true, [['SC', 2, 3], ['HA', 1, 0]]],
    ],
  ])('%s', (_name, patch, pick, expected) => {
    expect(pick(buildGapsView({ ...base, ...patch }, 'en'))).toEqual(expected);
  });

  it('writes the reason in Chinese with a Chinese separator', () => {
    expect(buildGapsView(base, 'zh').rows[0]!.why).toContain('；');
  });
});
