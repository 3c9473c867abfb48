import { describe, expect, it } from 'vitest';
import { normaliseKey } from './normaliseKey';
import { SUFFIXES, stripAffixes } from './stripAffixes';

const variants = (raw: string) => stripAffixes(normaliseKey(raw));

describe('stripAffixes', () => {
  it.each<[string, string[]]>([
    ['四川', ['四川']],
    ['四川省', ['四川省', '四川']],
    ['广西壮族自治区', ['广西壮族自治区', '广西壮族', '广西']],
    ['新疆维吾尔自治区', ['新疆维吾尔自治区', '新疆维吾尔', '新疆']],
    ['香港特区', ['香港特区', '香港']],
    ['中国香港', ['中国香港', '香港']],
    ['Xinjiang Uygur Autonomous Region', ['xinjianguygurautonomousregion', 'xinjianguygur', 'xinjiang']],
    ['Guangxi Zhuangzu Zizhiqu', ['guangxizhuangzuzizhiqu', 'guangxizhuangzu', 'guangxi']],
    ['Hong Kong SAR, China', ['hongkongsar,china', 'hongkongsar', 'hongkong']],
    ['China, Macao Special Administrative Region', ['china,macaospecialadministrativeregion', 'macaospecialadministrativeregion', 'macao']],
    ['Guangxi Zhuang A.R.', ['guangxizhuangar', 'guangxizhuang', 'guangxi']],
    // Only the caller's lookup stops at "anhui"; stripping itself goes on while a suffix fits.
    ['Anhui Sheng', ['anhuisheng', 'anhui', 'an']],
  ])('%s → %j', (raw, expected) => {
    expect(variants(raw)).toEqual(expected);
  });

  it('never strips a key down to nothing', () => {
    for (const s of SUFFIXES) expect(stripAffixes(s)[0]).toBe(s);
    for (const s of SUFFIXES) expect(stripAffixes(s + s).every((v) => v !== '')).toBe(true);
    expect(variants('中国')).toEqual(['中国']);
  });

  it('tries longer suffixes first', () => {
    expect(SUFFIXES.indexOf('autonomousregion')).toBeLessThan(SUFFIXES.indexOf('region'));
    expect(SUFFIXES.indexOf('sar')).toBeLessThan(SUFFIXES.indexOf('ar'));
  });
});
