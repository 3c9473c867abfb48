import { describe, expect, it } from 'vitest';
import type { Source } from '../data/figure';
import { dateText, publisherText } from './publisherText';
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

describe('dateText (issue 16: Chinese everywhere)', () => {
  it('every embedded source’s date reads in Chinese in the Chinese interface: no English words left', () => {
    for (const [id, src] of Object.entries(EMBEDDED_SOURCES)) {
      expect(dateText(src, 'zh', id), id).not.toMatch(/[A-Za-z]/);
      expect(dateText(src, 'en', id), id).toBe(src.date);
    }
  });
});
