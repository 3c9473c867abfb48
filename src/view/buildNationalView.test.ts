import { describe, expect, it } from 'vitest';
import { EMBEDDED_NATIONAL, EMBEDDED_SOURCES } from '../data/embeddedData';
import { CATALOGUE } from '../data/catalogue';
import { buildIndicatorCsv } from '../data/exportCsv';
import { EMBEDDED_FIGURES } from '../data/embeddedData';
import { buildFigureIndex } from '../data/indicatorValues';
import { UNITS } from '../geo/units';
import { buildNationalView, formatNationalValue, nationalFiguresFor, nationalGroupOf, nationalLineText } from './buildNationalView';

const view = buildNationalView(EMBEDDED_NATIONAL, EMBEDDED_SOURCES);
const all = view.groups.flatMap((g) => g.figures);

describe('buildNationalView', () => {
  it('holds every national figure exactly once, in a group of its own definition', () => {
    expect(EMBEDDED_NATIONAL).toHaveLength(28);
    expect(all.map((f) => f.key).sort()).toEqual(EMBEDDED_NATIONAL.map((f) => `${f.series}@${f.year}`).sort());
    for (const g of view.groups) for (const f of g.figures) expect(nationalGroupOf(f.series), f.key).toBe(g.id);
  });

  it('heads the national line with one total per definition, the newest published MoE year', () => {
    expect(view.headline.map((f) => [f.key, f.value])).toEqual([
      ['acwf2010_rural_lbc_total@2010', 61025500],
      ['mca2016_rural_lbc_total@2016', 9020000],
      ['mca2018_rural_lbc_total@2018', 6970000],
      ['moe_compulsory_rural_lbc@2021', 11992000],
    ]);
    expect(view.headline.every((f) => !f.derived)).toBe(true);
  });

  it.each([
    ['moe_compulsory_rural_lbc_DERIVED@2012', true, false],
    ['mca2018_top7_minus_SC_AH_DERIVED@2018', true, false],
    ['acwf2010_AH_GD_HN_combined_share_DERIVED@2010', true, false],
    // Cites a low-authority content site beside Xinhua: any low source carries the caution.
    ['moe_compulsory_rural_lbc@2014', false, true],
    ['acwf2010_top6_share_SC_AH_HA_GD_HN_JX@2010', false, true],
    ['mca2016_rural_lbc_total@2016', false, false],
  ])('%s: derived %s, low authority %s', (key, derived, low) => {
    const f = all.find((x) => x.key === key)!;
    expect(f.derived).toBe(derived);
    expect(f.lowAuthority).toBe(low);
    expect(f.sources.length).toBe(EMBEDDED_NATIONAL.find((n) => `${n.series}@${n.year}` === key)!.sources.length);
  });

  it.each([
    ['acwf2010_rural_lbc_total@2010', 'en', '61,025,500 persons'],
    ['acwf2010_rural_lbc_total@2010', 'zh', '61,025,500人'],
    ['acwf2010_rural_lbc_share_of_rural_children@2010', 'en', '37.7%'],
    ['boarding_school_programme_schools@2006', 'en', '7,651 schools'],
    ['lbc_custody_centres@2009', 'zh', '6,500所'],
  ] as const)('formats %s in %s as %s', (key, lang, text) => {
    expect(formatNationalValue(all.find((x) => x.key === key)!, lang)).toBe(text);
  });

  it('has a Chinese label and note for every figure', () => {
    for (const f of all) {
      expect(f.label.zh, f.key).not.toBe(f.label.en);
      expect(f.note.zh, f.key).not.toBe(f.note.en);
    }
  });

  it('keeps a figure whose source is unknown, without that source', () => {
    const v = buildNationalView([{ series: 'x', year: 2000, value: 1, note: 'persons', sources: ['NOPE', 'MCA16-XH'] }], EMBEDDED_SOURCES);
    expect(v.groups[0]?.figures[0]?.sources.map((s) => s.id)).toEqual(['MCA16-XH']);
    expect(v.headline).toEqual([]);
  });
});

describe('the national figures in the exports (#19)', () => {
  it.each(['en', 'zh'] as const)('the picture’s national line names every definition’s total and says not to add them (%s)', (lang) => {
    const text = nationalLineText(view, lang);
    for (const f of view.headline) expect(text).toContain(formatNationalValue(f, lang));
    expect(text).toContain(lang === 'en' ? 'never add these up' : '不可相加');
  });

  it('the CSV of an MCA indicator carries the MCA national figures, and every national figure goes with some family', () => {
    const mca = CATALOGUE.find((i) => i.id === 'mca2016')!;
    const csv = buildIndicatorCsv(mca, buildFigureIndex(EMBEDDED_FIGURES), UNITS, EMBEDDED_SOURCES, nationalFiguresFor(view, mca.family));
    const national = csv.split('\r\n').filter((l) => l.startsWith(',CN,'));
    expect(national.map((l) => l.split(',')[4])).toEqual(all.filter((f) => f.series.startsWith('mca')).map((f) => f.series));
    expect(csv).toContain(',CN,China (national),全国,mca2016_rural_lbc_total,');
    expect(nationalFiguresFor(view, 'census')).toEqual([]);
    const families = ['acwf2013', 'mca', 'facilities'] as const;
    expect(families.flatMap((f) => nationalFiguresFor(view, f)).length + view.groups.find((g) => g.id === 'moe')!.figures.length).toBe(28);
  });
});
