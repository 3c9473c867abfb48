import { describe, expect, it } from 'vitest';
import { isUnitKey } from '../join/matchKey';
import { detectSubProvince, levelOfName, provinceOfCode } from './subProvince';
import { parseDelimited } from './parseTable';

describe('provinceOfCode', () => {
  it.each([
    ['341524', { province: '340000', level: 'county' }],
    ['341524.0', { province: '340000', level: 'county' }],
    ['110105', { province: '110000', level: 'county' }],
    ['341524100', { province: '340000', level: 'township' }],
    ['341524100000', { province: '340000', level: 'township' }],
    ['341524000000', { province: '340000', level: 'county' }],
    ['340000', null], // the province itself
    ['340000000000', null],
    ['991524', null], // no province 99
    ['3415', null],
    ['金寨县', null],
  ])('%s → %j', (cell, expected) => {
    expect(provinceOfCode(cell)).toEqual(expected);
  });
});

describe('levelOfName', () => {
  it.each([
    ['金寨县', 'county'],
    ['朝阳区', 'county'],
    ['义乌市', 'county'],
    ['科尔沁右翼前旗', 'county'],
    ['峨边彝族自治县', 'county'],
    ['梅山镇', 'township'],
    ['白塔乡', 'township'],
    ['建国门街道', 'township'],
    ['Jinzhai County', 'county'],
    ['Chaoyang District', 'county'],
    ['Meishan Town', 'township'],
    ['四川', null],
    ['市', null],
    ['Sichuan', null],
  ])('%s → %s', (cell, level) => {
    expect(levelOfName(cell)).toBe(level);
  });
});

describe('detectSubProvince', () => {
  const t = (text: string) => parseDelimited(text);
  it('finds a county name column beside a province column, not the province column (北京市 ends in 市)', () => {
    expect(detectSubProvince(t('省,县,值\n北京市,朝阳区,1\n安徽省,金寨县,2\n广西壮族自治区,田东县,3'), isUnitKey)).toEqual({
      column: '县', by: 'name', level: 'county', rows: 3,
    });
  });
  it('prefers a code column, which also gives the province', () => {
    expect(detectSubProvince(t('代码,名称,值\n341524,金寨县,1\n341522,霍邱县,2'), isUnitKey)).toMatchObject({ column: '代码', by: 'code' });
  });
  it('finds nothing in a province table', () => {
    expect(detectSubProvince(t('代码,省,值\n510000,四川省,1\n110000,北京市,2'), isUnitKey)).toBeNull();
  });
  it('needs at least half the cells', () => {
    expect(detectSubProvince(t('名称,值\n金寨县,1\n四川,2\n河南,3'), isUnitKey)).toBeNull();
  });
});
