import { describe, expect, it } from 'vitest';
import { namedUnits } from './namedUnits';

describe('namedUnits', () => {
  it.each([
    ['Sichuan, Henan, Anhui and Hunan', '', ['SC', 'HA', 'AH', 'HN']],
    ['Shaanxi is not Shanxi', '', ['SN', 'SX']],
    ['Inner Mongolia and Hong Kong', '', ['NM', 'HK']],
    ['Guangxi, not Guangdong', '', ['GX', 'GD']],
    ['Sichuanese food', '', []],
    ['no province here', '', []],
    ['', '甘肃和安徽', ['GS', 'AH']],
    ['Gansu', '安徽', ['GS']],
  ])('%s / %s', (en, zh, ids) => {
    expect(namedUnits({ en, zh })).toEqual(ids);
  });
});
