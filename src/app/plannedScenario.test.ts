import { describe, expect, it } from 'vitest';
import type { PlannedFacility } from '../facilities/plannedFacilities';
import { addPlannedEntry, type PlannedForm } from './plannedScenario';

const form = (count: string, capacity = ''): PlannedForm => ({ unit: 'SC', type: 'home', count, capacity });
const one: PlannedFacility = { unit: 'SC', type: 'home', count: 2, capacity: null };

describe('addPlannedEntry', () => {
  const CASES: [string, readonly PlannedFacility[], PlannedForm, ReturnType<typeof addPlannedEntry>][] = [
    ['a first entry', [], form('3', '40'), { planned: [{ unit: 'SC', type: 'home', count: 3, capacity: 40 }] }],
    ['no capacity stated', [], form(' 3 '), { planned: [{ unit: 'SC', type: 'home', count: 3, capacity: null }] }],
    ['full-width digits', [], form('３'), { planned: [{ unit: 'SC', type: 'home', count: 3, capacity: null }] }],
    ['the same kind again adds up', [one], form('3'), { planned: [{ ...one, count: 5 }] }],
    ['another capacity is another entry', [one], form('1', '10'), { planned: [one, { unit: 'SC', type: 'home', count: 1, capacity: 10 }] }],
    ['a count of 0', [], form('0'), { problem: 'count' }],
    ['a count that is not whole', [], form('1.5'), { problem: 'count' }],
    ['an empty count', [], form(''), { problem: 'count' }],
    ['too many', [], form('10001'), { problem: 'count' }],
    ['a capacity that is text', [], form('1', 'many'), { problem: 'capacity' }],
    ['a point in a region is its own entry', [one], { ...form('1'), at: [116.5, 30.5] }, { planned: [one, { unit: 'SC', type: 'home', count: 1, capacity: null, at: [116.5, 30.5] }] }],
    ['the same point again adds up', [{ ...one, at: [116.5, 30.5] }], { ...form('3'), at: [116.5, 30.5] }, { planned: [{ ...one, count: 5, at: [116.5, 30.5] }] }],
    ['another point is another entry', [{ ...one, at: [116.5, 30.5] }], { ...form('1'), at: [117.5, 30.5] }, { planned: [{ ...one, at: [116.5, 30.5] }, { ...one, count: 1, at: [117.5, 30.5] }] }],
    ['thirty entries already', Array.from({ length: 30 }, (_, i) => ({ ...one, capacity: i })), form('1'), { problem: 'too-many' }],
  ];
  it.each(CASES)('%s', (_, planned, f, expected) => {
    expect(addPlannedEntry(planned, f)).toEqual(expected);
  });
});
