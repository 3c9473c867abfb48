import { describe, expect, it } from 'vitest';
import { formatNumber } from '../view/formatValue';
import { CATALOGUE, DEFAULT_INDICATOR_ID, MCA_700K_LIST } from './catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_NATIONAL, EMBEDDED_SOURCES } from './embeddedData';
import { buildFigureIndex, indicatorSourceIds, indicatorValues } from './indicatorValues';
import { SERIES_LABELS } from './seriesLabels';

const index = buildFigureIndex(EMBEDDED_FIGURES);
const seriesOf = (i: (typeof CATALOGUE)[number]): string[] =>
  i.value.type === 'series'
    ? typeof i.value.series === 'string'
      ? [i.value.series]
      : [...i.value.series]
    : [i.value.numerator.series, i.value.denominator.series];

describe('the embedded catalogue', () => {
  it('starts with the default indicator and has unique, URL-safe ids', () => {
    expect(CATALOGUE[0]?.id).toBe(DEFAULT_INDICATOR_ID);
    const ids = CATALOGUE.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{2,16}$/);
  });

  it.each(CATALOGUE.map((i) => [i.id, i] as const))('%s: every series exists, every year has values, every source is known', (_id, ind) => {
    for (const s of seriesOf(ind)) expect(index.has(s), s).toBe(true);
    for (const y of ind.years) expect(indicatorValues(ind, index, y).size, `year ${y}`).toBeGreaterThan(0);
    const sources = indicatorSourceIds(ind, index);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(EMBEDDED_SOURCES[s], s).toBeTruthy();
    expect(ind.label.en.length * ind.label.zh.length * ind.definition.en.length * ind.definition.zh.length).toBeGreaterThan(0);
  });

  it('keeps the three left-behind definitions in separate indicators', () => {
    for (const ind of CATALOGUE) {
      const families = new Set(
        seriesOf(ind).map((s) => (s.startsWith('acwf') ? 'acwf2013' : s.startsWith('mca') ? 'mca' : s.startsWith('moe') ? 'moe' : 'other')),
      );
      families.delete('other');
      expect(families.size, ind.id).toBeLessThanOrEqual(1);
    }
  });

  it('writes each label once: one English name never has two Chinese names (issue #18)', () => {
    const zhOf = new Map<string, Set<string>>();
    const add = (l: { en: string; zh: string }) => zhOf.set(l.en, (zhOf.get(l.en) ?? new Set()).add(l.zh));
    for (const l of Object.values(SERIES_LABELS)) add(l);
    for (const i of CATALOGUE) add(i.label);
    const twice = [...zhOf].filter(([, zh]) => zh.size > 1).map(([en, zh]) => `${en}: ${[...zh].join(' / ')}`);
    expect(twice).toEqual([]);
  });

  it('names an indicator drawn from series as its first series, and every embedded series has a label', () => {
    for (const i of CATALOGUE) {
      if (i.value.type !== 'series') continue;
      const first = typeof i.value.series === 'string' ? i.value.series : i.value.series[0]!;
      expect(i.label, i.id).toBe(SERIES_LABELS[first]);
    }
    const series = new Set([...EMBEDDED_FIGURES, ...EMBEDDED_NATIONAL].map((f) => f.series));
    expect([...series].filter((s) => !SERIES_LABELS[s])).toEqual([]);
  });

  it('states the net-sender figures its definitions quote as the data has them (issue #19)', () => {
    const net = EMBEDDED_FIGURES.filter((f) => f.series === 'hukou_minus_resident_population_derived');
    const pop = new Map(EMBEDDED_FIGURES.filter((f) => f.series === 'resident_population' && f.year === 2010).map((f) => [f.region, f.value]));
    expect(net).toHaveLength(31);
    const signed = (v: number, digits: number) => formatNumber(v, 'en', { signed: true, digits });
    const sum = net.reduce((s, f) => s + f.value, 0);
    const per1k = (id: string) => signed((net.find((f) => f.region === id)!.value / pop.get(id as never)!) * 1000, 1);
    const value = (id: string) => signed(net.find((f) => f.region === id)!.value, 0);
    const netsend = CATALOGUE.find((i) => i.id === 'netsend')!;
    const per = CATALOGUE.find((i) => i.id === 'netsendper1k')!;
    expect(sum).toBe(4565885);
    for (const text of [signed(sum, 0), value('HE'), value('NX')]) {
      expect(netsend.definition.en).toContain(text);
      expect(netsend.definition.zh).toContain(text);
    }
    for (const id of ['HE', 'NX', 'GZ', 'BJ', 'SH']) {
      expect(per.definition.en).toContain(per1k(id));
      expect(per.definition.zh).toContain(per1k(id));
    }
    expect(per.definition.en).toContain(signed(sum, 0));
    // The per-1,000 indicator divides each province's balance by its own 2010 residents.
    const v = indicatorValues(per, index, 2010);
    expect(v.size).toBe(31);
    expect(v.get('HE')!.value).toBeCloseTo((56276 / pop.get('HE')!) * 1000, 10);
    expect(v.get('HE')!.derived).toBe(true);
  });

  it('cites the words that state the MCA 2016 list of provinces with 700,000 or more (issue #19)', () => {
    const rows = EMBEDDED_FIGURES.filter((f) => f.series === 'mca2016_flag_rural_lbc_700k_plus');
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r.sources).toContain('MCA16-XH');
    expect(EMBEDDED_SOURCES['MCA16-XH']!.excerpt).toContain(MCA_700K_LIST);
    const ind = CATALOGUE.find((i) => i.id === 'mca2016700k')!;
    expect(ind.definition.en).toContain(MCA_700K_LIST);
    expect(ind.definition.zh).toContain(MCA_700K_LIST);
    // The list names exactly the flagged provinces, by their Chinese short names.
    const named = ['江西', '四川', '贵州', '安徽', '河南', '湖南', '湖北'];
    expect(named.every((n) => MCA_700K_LIST.includes(n))).toBe(true);
    expect(rows.map((r) => r.region).sort()).toEqual(['AH', 'GZ', 'HA', 'HB', 'HN', 'JX', 'SC']);
  });

  it('marks rates as derived and says when they mix age bands', () => {
    const rates = CATALOGUE.filter((i) => i.kind === 'rate');
    expect(rates.length).toBeGreaterThanOrEqual(2);
    for (const r of rates) {
      expect(r.derived).toBe(true);
      expect(r.kind).toBe('rate');
      expect(r.label.en).toContain('mixes age bands');
      expect(r.label.zh).toContain('年龄口径不一致');
    }
  });

  it('computes the MCA 2018 rate for Sichuan from both parts', () => {
    const rate = CATALOGUE.find((i) => i.id === 'mca2018per1k')!;
    const sc = indicatorValues(rate, index, 2018).get('SC')!;
    const num = EMBEDDED_FIGURES.find((f) => f.series === 'mca2018_rural_lbc_count' && f.region === 'SC')!.value;
    const den = EMBEDDED_FIGURES.find((f) => f.series === 'population_age_0_14' && f.year === 2020 && f.region === 'SC')!.value;
    expect(sc.value).toBeCloseTo((num / den) * 1000, 10);
    expect(sc.derived).toBe(true);
    expect(indicatorValues(rate, index, 2018).size).toBe(2);
  });

  it('prefers a published figure over a derived one under the same definition', () => {
    const acwf = CATALOGUE.find((i) => i.id === 'acwfcount')!;
    const v = indicatorValues(acwf, index, 2010);
    expect(v.get('GZ')?.derived).toBe(false);
    expect(v.get('SC')?.derived).toBe(true);
    expect([...v.keys()].sort()).toEqual(['GZ', 'HA', 'SC']);
  });
});
