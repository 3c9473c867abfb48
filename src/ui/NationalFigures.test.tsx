// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_NATIONAL, EMBEDDED_SOURCES } from '../data/embeddedData';
import { LANGS } from '../i18n/lang';
import { buildNationalView, formatNationalValue } from '../view/buildNationalView';
import { mountForTest } from './mountForTest';
import { NationalFigures } from './NationalFigures';

const view = buildNationalView(EMBEDDED_NATIONAL, EMBEDDED_SOURCES);
let root: HTMLElement;
let unmount = () => {};
afterEach(() => unmount());
const mount = (node: preact.ComponentChild) => ({ root, unmount } = mountForTest(node));

describe('NationalFigures (issue #19: the national figures were never shown)', () => {
  it.each(LANGS)('shows every one of the 28 national figures with its value, year and sources (%s)', (lang) => {
    mount(<NationalFigures view={view} lang={lang} />);
    const missing = EMBEDDED_NATIONAL.filter((n) => {
      const el = root.querySelector(`.national-group [data-figure="${n.series}@${n.year}"]`);
      const f = view.groups.flatMap((g) => g.figures).find((x) => x.series === n.series && x.year === n.year)!;
      return (
        !el ||
        !el.textContent?.includes(formatNationalValue(f, lang)) ||
        !el.textContent.includes(String(n.year)) ||
        el.querySelectorAll('.citation').length !== n.sources.length
      );
    });
    expect(missing.map((n) => `${n.series}@${n.year}`)).toEqual([]);
    expect(root.querySelectorAll('.national-line .national-item')).toHaveLength(4);
  });

  it('marks the derived figures and cautions the low-authority ones', () => {
    mount(<NationalFigures view={view} lang="en" />);
    const derived = [...root.querySelectorAll('.national-group .figure')].filter((e) => e.querySelector('.badge.derived'));
    expect(derived.map((e) => e.getAttribute('data-figure')).sort()).toEqual(
      EMBEDDED_NATIONAL.filter((n) => /_DERIVED$/.test(n.series)).map((n) => `${n.series}@${n.year}`).sort(),
    );
    expect(root.querySelector('[data-figure="moe_compulsory_rural_lbc@2014"] .caution')).not.toBeNull();
  });

  it('writes labels and notes in Chinese in the Chinese interface', () => {
    mount(<NationalFigures view={view} lang="zh" />);
    const texts = [...root.querySelectorAll('dt, .figure-note, h2, h3, .national-line, .national-intro')].map((e) => e.textContent ?? '');
    // Latin words other than the quoted definitions' names would be English left in the Chinese UI.
    const english = texts.filter((t) => /[A-Za-z]{3,}/.test(t.replace(/GB\/T|ISO/g, '')));
    expect(english).toEqual([]);
  });
});
