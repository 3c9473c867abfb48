// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_NATIONAL, EMBEDDED_SOURCES } from '../data/embeddedData';
import { citation } from '../data/exportCsv';
import { LANGS } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { buildNationalView } from '../view/buildNationalView';
import { mountForTest } from './mountForTest';
import { SourceCitation } from './SourceLine';
import { SourcesView } from './SourcesView';

let unmount = () => {};
afterEach(() => unmount());
const national = buildNationalView(EMBEDDED_NATIONAL, EMBEDDED_SOURCES);
const copies = Object.entries(EMBEDDED_SOURCES).filter(([, s]) => s.copySeenAt);

describe('copies are not shown as originals (issue #19)', () => {
  it('knows the reposts: every address on another site than the publisher’s is a copy', () => {
    expect(copies.map(([id]) => id).sort()).toEqual([
      'ACWF13-CDEN', // China Daily, read at people.cn
      'ACWF13-JHSB', // Jinghua Times, read at chinadaily.com.cn
      'ACWF13-XH', // Xinhua, read at gov.cn
      'BS-NAT-2007', // Xinhua, read at gov.cn
      'FAC-NAT-2019B', // People's Daily, read at chinanews.com.cn
      'MCA16-HA', // Henan civil affairs, read at e-chinaedu.cn
      'MCA16-XH', // Xinhua, read at cernet.edu.cn
      'MCA16-XJB', // The Beijing News, read at sports.163.com
      'MCA18-AH', // 大江晚报, read at yybnet.net
      'MOE-CRER19', // China Youth Daily, read at thepaper.cn
    ]);
    for (const [id, s] of copies) {
      expect(s.address, id).toBeNull();
      expect(s.publisher, id).not.toMatch(/\bvia\b|repost|relaying/i);
    }
  });

  it.each(LANGS)('the sources view says "copy seen at" for every source with a copy address, and only for those (%s)', (lang) => {
    let root: HTMLElement;
    ({ root, unmount } = mountForTest(<SourcesView sources={EMBEDDED_SOURCES} usedBy={new Map()} national={national} lang={lang} />));
    for (const [id, s] of Object.entries(EMBEDDED_SOURCES)) {
      const li = root.querySelector(`li[data-source="${id}"]`)!;
      const said = li.querySelector('.source-address')?.textContent ?? '';
      if (s.copySeenAt) {
        expect(said, id).toContain(MESSAGES.copySeenAtLabel[lang]);
        expect(li.querySelector('.source-address a')?.getAttribute('href'), id).toBe(s.copySeenAt);
      } else {
        expect(said, id).not.toContain(MESSAGES.copySeenAtLabel[lang]);
      }
    }
  });

  it('a citation beside a figure and a citation in an export say so too', () => {
    for (const [id, source] of copies) {
      let root: HTMLElement;
      ({ root, unmount } = mountForTest(<SourceCitation s={{ id, source }} lang="en" />));
      expect(root.textContent, id).toContain('copy seen at');
      unmount();
      expect(citation(source), id).toContain(`copy seen at ${source.copySeenAt}`);
    }
    unmount = () => {};
  });
});
