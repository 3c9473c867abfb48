import { describe, expect, it } from 'vitest';
import { bilingualUnitName, findUnit, unitChoices } from './findUnit';

describe('findUnit', () => {
  it.each([
    ['Sichuan', 'SC'],
    ['四川省', 'SC'],
    ['CN-SC', 'SC'],
    ['510000', 'SC'],
    ['内蒙古', 'NM'],
  ])('%s → %s', (text, id) => {
    expect(findUnit(text, 'en')).toEqual({ unit: id });
  });

  it('suggests the closest name, in the UI language first', () => {
    expect(findUnit('Sichaun', 'en')).toMatchObject({ unit: null, message: expect.stringContaining('Sichuan 四川') });
    expect(findUnit('Sichaun', 'zh')).toMatchObject({ unit: null, message: expect.stringContaining('四川 Sichuan') });
  });

  it('says nothing matched, quoting the text', () => {
    const r = findUnit('Atlantis', 'en');
    expect(r.unit).toBeNull();
    expect(r.unit === null && r.message).toContain('Atlantis');
  });
});

describe('unit names', () => {
  it('bilingual name, the UI language first', () => {
    expect(bilingualUnitName('SC', 'en')).toBe('Sichuan 四川');
    expect(bilingualUnitName('SC', 'zh')).toBe('四川 Sichuan');
  });
  it('choices are the 34 units in GB order', () => {
    const c = unitChoices('zh');
    expect(c).toHaveLength(34);
    expect(c[0]).toEqual({ id: 'BJ', name: '北京' });
  });
});
