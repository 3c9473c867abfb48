import { describe, expect, it } from 'vitest';
import type { FacilitySet } from './facility';
import { packFacilities, packFacilitySet, unpackFacilities, unpackFacilitySet } from './packFacilities';
import { facilityAt } from './testFixtures';

const CASES = [
  ['no facilities', []],
  ['nulls stay null, zero stays zero', [facilityAt(104, 30, { capacity: null, opened: null }), facilityAt(104, 30, { capacity: 0, opened: 0 })]],
  ['every type', (['home', 'centre', 'school', 'other'] as const).map((type, i) => facilityAt(100 + i, 30, { type, id: `x-${i}` }))],
  [
    'names as written: markup, quotes, newlines, separators, emoji, CJK',
    [
      facilityAt(104.06, 30.67, { name: '<img src=x onerror=alert(1)>', source: 'a "quoted", source' }),
      facilityAt(104.06, 30.67, { name: '儿童之家\n第二行\u0000\t|', source: '县妇联 😀' }),
    ],
  ],
  ['fractional degrees and large rows', [facilityAt(-179.999999, 89.123456789, { row: 199_999, capacity: 12.5, opened: 2013 })]],
] as const;

describe('packFacilities', () => {
  it.each(CASES)('round-trips: %s', (_, facilities) => {
    expect(unpackFacilities(packFacilities(facilities))).toEqual(facilities);
  });

  it('keeps nothing per facility but typed arrays and one text', () => {
    const p = packFacilities([facilityAt(104, 30, { name: 'a' }), facilityAt(105, 31, { name: 'b' })]);
    expect(Object.values(p).every((v) => typeof v !== 'object' || ArrayBuffer.isView(v))).toBe(true);
    expect([...p.lon]).toEqual([104, 105]);
  });
});

describe('unpackFacilitySet', () => {
  const set: FacilitySet = { id: 'f1', name: 'homes.csv', fileName: 'homes.csv', importedAt: '2026-11-29T22:00:00Z', synthetic: false, facilities: CASES[3][1].slice() };

  it('round-trips a set through its stored form, which has no facility objects', () => {
    const stored = packFacilitySet(set);
    expect('facilities' in stored).toBe(false);
    expect(unpackFacilitySet(structuredClone(stored))).toEqual(set);
  });

  it('reads a set stored before packing as it is', () => {
    expect(unpackFacilitySet(structuredClone(set))).toEqual(set);
  });
});
