import { describe, expect, it } from 'vitest';
import type { FacilitySet } from '../facilities/facility';
import { crsNote } from '../facilities/facility';
import { generateDemoFacilities } from '../facilities/generateDemoFacilities';
import { collection, square } from '../facilities/testFixtures';
import { UNITS } from '../geo/units';
import { LANGS } from '../i18n/lang';
import { regionTableIndicators } from '../regions/regionTableIndicators';
import { FIXTURE_SET } from '../regions/testFixtures';
import { citationText, citationView } from '../view/publisherText';
import { buildIndicatorCsv, citation, precisionText, precisionWords } from './exportCsv';
import type { CombineMethod } from './import/combineValues';
import type { SubProvinceLevel } from './import/subProvince';
import {
  importedFigures,
  importedIndicator,
  importedRowSources,
  importedSource,
  sourceIdOf,
  type ImportedDataset,
  type ImportedTableFields,
  type ProvinceTable,
  type RegionTable,
} from './importedDataset';
import type { Source } from './figure';
import { buildFigureIndex } from './indicatorValues';
import WORDS from './importedDataset.words.json';

const fields = (via: 'own' | 'link', sub: SubProvinceLevel | null, method: CombineMethod | null): ImportedTableFields => ({
  id: 'u-k3f9a2',
  name: '留守儿童 (children)',
  fileName: '县数据 2020.csv',
  importedAt: '2026-11-30T10:00:00.000Z',
  keyColumn: '省份',
  valueColumn: '儿童数',
  yearColumn: '年份',
  unit: '人',
  kind: 'count',
  numberRules: ['plain'],
  sourceColumn: '来源',
  ...(sub ? { subProvince: { level: sub, rows: 7, column: '县名' } } : {}),
  ...(method ? { combine: { method, provinces: 3, rows: 9 } } : {}),
  ...(via === 'link' ? { via: 'link' as const } : {}),
});

const provinceTable = (via: 'own' | 'link', sub: SubProvinceLevel | null, method: CombineMethod | null): ProvinceTable => ({
  ...fields(via, sub, method),
  values: [
    { region: 'SC', year: 2020, value: 12, row: 2, source: '县民政局', ...(method ? { combined: 3 } : {}) },
    { region: 'HN', year: 2020, value: 4, row: 5 },
  ],
});

const regionTable = (via: 'own' | 'link', sub: SubProvinceLevel | null, method: CombineMethod | null): RegionTable => ({
  ...fields(via, sub, method),
  regionSet: { id: FIXTURE_SET.id, fileName: 'fuyang.geojson' },
  values: [
    { region: '341221', year: 2020, value: 12, row: 2, source: '县民政局', ...(method ? { combined: 3 } : {}) },
    { region: '341225', year: 2020, value: 4, row: 5 },
  ],
});

const VIAS = ['own', 'link'] as const;
const SUBS = [null, 'county', 'township'] as const;
const METHODS = [null, 'sum', 'mean', 'min', 'max', 'one'] as const;

/** The words of one table as an indicator (its definition as the province or region indicator shows it). */
function definitionWords(d: ImportedDataset): Record<string, string> {
  const out: Record<string, string> = {};
  const base = importedIndicator(d);
  const shown = d.regionSet ? regionTableIndicators(FIXTURE_SET, [d]).indicators[0]!.indicator : base;
  for (const lang of LANGS) {
    out[`label ${lang}`] = base.label[lang];
    out[`unit ${lang}`] = base.unit[lang];
    out[`definition ${lang}`] = base.definition[lang];
    if (d.regionSet) out[`region definition ${lang}`] = shown.definition[lang];
  }
  return out;
}

/** The words of a table's sources (the file, and its own source column's text) as screens, captions and CSVs cite them. */
function sourceWords(d: ImportedDataset): Record<string, string> {
  const out: Record<string, string> = {};
  const sources = { [sourceIdOf(d)]: importedSource(d), ...importedRowSources(d) };
  for (const [id, s] of Object.entries(sources)) {
    for (const lang of LANGS) {
      const c = citationView(s, lang, id);
      for (const k of ['publisher', 'title', 'date', 'excerpt'] as const) out[`${id} ${k} ${lang}`] = c[k];
      out[`${id} citation ${lang}`] = citationText(s, lang, id);
    }
    out[`${id} csv`] = citation(s);
  }
  return out;
}

function caseWords(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const via of VIAS)
    for (const sub of SUBS)
      for (const method of METHODS) {
        const name = `${via} file, ${sub ?? 'province'} rows, ${method ?? 'not'} combined`;
        out[`province table: ${name}`] = definitionWords(provinceTable(via, sub, method));
        out[`region table: ${name}`] = definitionWords(regionTable(via, sub, method));
      }
  for (const via of VIAS) {
    out[`province table sources: ${via} file`] = sourceWords(provinceTable(via, null, 'sum'));
    out[`region table sources: ${via} file`] = sourceWords(regionTable(via, null, 'sum'));
  }
  // A province table as a CSV in both languages: notes, no data, precision, the national row's names.
  const d = provinceTable('own', null, 'sum');
  const i = importedIndicator(d);
  const index = buildFigureIndex(importedFigures(d));
  const national = [{ series: 'n', year: 2020, value: 1, label: { en: 'all', zh: '全部' }, unit: 'persons' as const, note: { en: 'n', zh: '注' }, derived: false, sources: [{ id: 'x', source: { ...importedSource(d), address: null, copySeenAt: 'https://example.org/copy' } }] }];
  for (const lang of LANGS) {
    const csv = buildIndicatorCsv(i, index, UNITS.filter((u) => ['SC', 'HN', 'BJ'].includes(u.id)), { [sourceIdOf(d)]: importedSource(d), ...importedRowSources(d) }, national, lang);
    out[`province table csv ${lang}`] = { csv };
  }
  return out;
}

/** crsNote for each coordinate system, the demonstration set's words, and the precision words. */
function facilityWords(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const crs of [undefined, 'WGS84', 'GCJ02', 'BD09'] as const)
    for (const lang of LANGS) out[`crsNote ${crs ?? 'absent'} ${lang}`] = String(crsNote({ ...(crs ? { crs } : {}) } as Pick<FacilitySet, 'crs'>, lang));
  out['crsNote GCJ02 default'] = String(crsNote({ crs: 'GCJ02' }));
  const demo = generateDemoFacilities({ seed: 7, count: 8, provinces: collection(square('BJ', 116, 39), square('TJ', 117, 39)), weights: new Map([['BJ', 1], ['TJ', 1]] as const) });
  out['demo set name'] = demo.name;
  out['demo names'] = demo.facilities.map((f) => `${f.type}: ${f.name}`).sort().join(' | ');
  out['demo sources'] = [...new Set(demo.facilities.map((f) => f.source))].join(' | ');
  for (const digits of [0, 1, 2, 4]) {
    out[`precisionText ${digits}`] = precisionText(digits);
    for (const lang of LANGS) out[`precisionWords ${digits} ${lang}`] = precisionWords(digits, lang);
  }
  return out;
}

// #18: the imported tables' and the facilities' words move from sentences in src/data and
// src/facilities to message templates in src/i18n; what the reader sees must not change. The
// expected words were taken from the code before the move.
describe('every word of an imported table and of the facilities, in both languages', () => {
  const cases: Record<string, Record<string, string>> = { ...caseWords(), facilities: facilityWords() };
  it.each(Object.keys(WORDS))('%s', (name) => {
    expect(cases[name]).toEqual(WORDS[name as keyof typeof WORDS]);
  });

  it('the expected words name exactly these cases', () => {
    expect(Object.keys(WORDS)).toEqual(Object.keys(cases));
  });
});

// A table from a shared link is someone else's file: its own source column's sources must say so
// on screen (panel, citation) as its CSV citation does, never "Your file".
describe('a shared table’s row sources name the shared file on screen, as its CSV does', () => {
  it.each([
    ['province table', provinceTable('link', null, null)],
    ['region table', regionTable('link', null, null)],
  ] as const)('%s', (_, d) => {
    const [[id, s]] = Object.entries(importedRowSources(d)) as [[string, Source]];
    expect(citationView(s, 'en', id).publisher).toBe('Someone’s own file, shared in a link');
    expect(citationView(s, 'zh', id).publisher).toBe('他人文件，经分享链接传来');
    expect(citationText(s, 'en', id)).toBe('As stated in the shared file (column “来源”), 县民政局');
    expect(citationText(s, 'zh', id)).toBe('他人文件，经分享链接传来，县民政局');
    for (const lang of LANGS) expect(citationText(s, lang, id)).not.toMatch(/Your file|your file|您的文件/);
  });
});

/** Writes the expected words from today's code: `WRITE_WORDS=1 npx vitest run src/data/importedDataset.text.test.ts`. */
if (process.env.WRITE_WORDS) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(new URL('./importedDataset.words.json', import.meta.url), `${JSON.stringify({ ...caseWords(), facilities: facilityWords() }, null, 2)}\n`);
}
