import { describe, expect, it } from 'vitest';
import type { Source } from '../data/figure';
import { citationView, dateText, publisherText } from './publisherText';
import { EMBEDDED_SOURCES } from '../data/embeddedData';

const source = (extra: Partial<Source>): Source => ({ title: 't', publisher: 'NBS', date: '2020', address: null, authority: 'official', excerpt: '', readFrom: null, ...extra });

describe('publisherText', () => {
  it.each([
    ['a published source: as cited', source({}), 'en', 'NBS'],
    ["the user's file", source({ authority: 'user', publisher: 'Your file' }), 'zh', '您的文件'],
    ['a file from a shared link', source({ authority: 'user', sharedInLink: true }), 'en', 'Someone’s own file, shared in a link'],
    ['a file from a shared link, in Chinese', source({ authority: 'user', sharedInLink: true }), 'zh', '他人文件，经分享链接传来'],
  ] as const)('%s', (_n, s, lang, expected) => {
    expect(publisherText(s, lang)).toBe(expected);
  });
});

describe('citationView: the excerpt of a user file, made in the UI language (#18)', () => {
  const file = source({
    authority: 'user',
    text: { key: 'fileColumns', valueColumn: '留守儿童', keyColumn: '省份', yearColumn: '年份', numberRules: ['thousands', 'wan'] },
  });
  it.each([
    ['the columns and rules, in English', file, 'en', 'Column “留守儿童”, keyed by “省份”, year from “年份”. Thousands separators removed; 万 = ×10,000.'],
    ['the columns and rules, in Chinese', file, 'zh', '“留守儿童”列，按“省份”列匹配，年份取自“年份”列。已去除千位分隔符；万 = ×10,000。'],
    [
      'a table whose rules were not recorded (an old sentence that could not be read back)',
      source({ authority: 'user', text: { key: 'fileColumns', valueColumn: 'v', keyColumn: 'k', yearColumn: null, numberRules: null } }),
      'zh',
      '“v”列，按“k”列匹配。未记录数字读取规则。',
    ],
    ['a source named in the file', source({ authority: 'user', text: { key: 'rowSource', fileName: 'a.csv', text: '县民政局' } }), 'zh', '“a.csv”中注明的来源：县民政局'],
    ['a published source: its own excerpt', source({ excerpt: 'as published' }), 'zh', 'as published'],
  ] as const)('%s', (_n, s, lang, expected) => {
    expect(citationView(s, lang).excerpt).toBe(expected);
  });
});

describe('dateText (issue 16: Chinese everywhere)', () => {
  it('every embedded source’s date reads in Chinese in the Chinese interface: no English words left', () => {
    for (const [id, src] of Object.entries(EMBEDDED_SOURCES)) {
      expect(dateText(src, 'zh', id), id).not.toMatch(/[A-Za-z]/);
      expect(dateText(src, 'en', id), id).toBe(src.date);
    }
  });
});
