import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../data/catalogue';
import { demandChoices, NOT_CHILDREN_COUNTS } from './demandChoices';

describe('demandChoices', () => {
  it('offers counts of children only', () => {
    const ids = demandChoices(CATALOGUE).map((i) => i.id);
    expect(ids).toContain('children');
    for (const i of demandChoices(CATALOGUE)) {
      expect(i.kind).toBe('count');
      expect(['coverage', 'facilities']).not.toContain(i.family);
    }
    for (const id of NOT_CHILDREN_COUNTS) expect(ids).not.toContain(id);
  });

  it('every excluded id is a count in the catalogue (a renamed id would slip back in)', () => {
    for (const id of NOT_CHILDREN_COUNTS) expect(CATALOGUE.find((i) => i.id === id)?.kind, id).toBe('count');
  });
});
