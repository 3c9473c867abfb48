#!/usr/bin/env node
// Maintainer tool: builds public/data/counties.json, the 2010 and 2020 census by county-level
// unit, from the shared research data (census/county/*.csv, read from the leiii/census
// digitisation of the NBS county yearbooks; see its README and src/data/embedded/sources.json,
// ids NBS_YB2010_LEIII_COUNTY and NBS_YB2020_LEIII_COUNTY).
//
// It is NOT run at build, test or run time: the output is committed, and the app loads it on
// first use only (the county table). Users' clones have no shared data folder.
//
//   npm --prefix geo ci && node geo/counties.mjs [/path/to/shared/data]
//
// The argument defaults to ../shared/data relative to the repository root. Papa Parse comes
// from the app's own dependencies, pinyin-pro from geo/'s. The output is deterministic.
//
// What it writes (columnar, so gzip finds the repetition; see src/data/counties/countyCensus.ts):
//   { format, sources: {year: sourceId}, latinNote, years: { "2010": Columns, "2020": Columns } }
//   Columns = { code, name, latin, province, resident, age0_14, urban, rural[, hukou] }: equal-length
//   arrays, one entry per county-level unit in the sheet's order. A blank in the source is null
//   (no data), never 0. `province` is the ISO 3166-2 suffix of the province row the unit sits
//   under (not derived from the code: 2020 170971 五台山 is under 山西 140000).
// It stops with a non-zero exit, writing nothing, on an unknown province, a code that is not six
// digits, a duplicate code within a year, or a count that is not a non-negative integer.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { pinyin, customPinyin } from 'pinyin-pro';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..');
const DATA_DIR = resolve(process.argv[2] ?? join(REPO_ROOT, '..', 'shared', 'data'));
const COUNTY_DIR = join(DATA_DIR, 'census', 'county');
const OUT = join(REPO_ROOT, 'public', 'data', 'counties.json');
const UNITS = JSON.parse(readFileSync(join(REPO_ROOT, 'src', 'geo', 'units.json'), 'utf8'));
const UNIT_BY_GB = new Map(UNITS.map((u) => [u.gb, u.id]));

const SOURCES = { 2010: 'NBS_YB2010_LEIII_COUNTY', 2020: 'NBS_YB2020_LEIII_COUNTY' };

function fail(message) {
  console.error(`counties: ERROR: ${message}`);
  process.exit(1);
}

// pinyin-pro reads characters by their commonest reading; place names often use another. These
// readings were checked by hand for the names in the two sheets (a character alone applies to
// every name; a word only to that word). Names not listed are machine readings, unchecked.
customPinyin({
  都: 'dū', // 望都, 江都, 郫都, 都匀 …: always du in place names, never dou ("all")
  大: 'dà', // 大城 came out as dai
  什: 'shí', // 喀什, 阿图什, 康巴什: never shen
  巿: 'shì', // 巿 (fu) is a digitising slip for 市 in a few 2010 names (沙巿区, 泊头巿)
  乐亭: 'lào tíng',
  乐陵: 'lào líng',
  乐清: 'yuè qīng',
  民乐: 'mín lè',
  单县: 'shàn xiàn',
  蔚县: 'yù xiàn',
  洪洞: 'hóng tóng',
  曾都: 'zēng dū',
  黄陂: 'huáng pí',
  涡阳: 'guō yáng',
  六合: 'lù hé',
  泌阳: 'bì yáng',
  召陵: 'shào líng',
  尉犁: 'yù lí',
  歙县: 'shè xiàn',
  筠连: 'jūn lián',
  浚县: 'xùn xiàn',
  吴堡: 'wú bǔ',
  红寺堡: 'hóng sì bǔ',
  称多: 'chèn duō',
  繁峙: 'fán shì',
  中牟: 'zhōng móu',
  牟定: 'móu dìng',
  覃塘: 'tán táng',
  万柏林: 'wàn bǎi lín',
  蚌山: 'bèng shān',
  大埔: 'dà bù',
});

/** Trailing administrative words, longest first: 固始县 → Gushi Xian. */
const SUFFIXES = ['自治县', '自治旗', '林区', '特区', '新区', '矿区', '县', '区', '市', '巿', '旗'];

const capitalise = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** Toneless pinyin syllables joined into one word; an apostrophe marks a vowel-initial syllable (Xi'an). */
const word = (syllables) => capitalise(syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join(''));

/**
 * A Latin form of a county name for search and for English readers: 固始县 → "Gushi Xian". The whole
 * name is read at once, so a reading that depends on the suffix (单县 Shan Xian) is kept.
 */
export function latinName(zh) {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' });
  if (syllables.length !== [...zh].length) fail(`${zh}: not one syllable per character`);
  const suffix = SUFFIXES.find((s) => zh.endsWith(s) && zh.length > s.length);
  if (!suffix) return word(syllables);
  const cut = syllables.length - suffix.length;
  return `${word(syllables.slice(0, cut))} ${word(syllables.slice(cut))}`;
}

function count(row, column, where) {
  const raw = (row[column] ?? '').trim();
  if (raw === '') return null;
  if (!/^\d+$/.test(raw)) fail(`${where}: ${column} = ${JSON.stringify(raw)} is not a non-negative integer`);
  return Number(raw);
}

function readYear(year) {
  const file = join(COUNTY_DIR, `census_county_${year}.csv`);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) fail(`${file}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  const columns = { code: [], name: [], latin: [], province: [], resident: [], age0_14: [], urban: [], rural: [] };
  if (year === 2010) columns.hukou = [];
  const seen = new Set();
  parsed.data.forEach((row, i) => {
    const where = `${file} line ${i + 2}`;
    const code = row.county_code.trim();
    if (code !== '' && !/^\d{6}$/.test(code)) fail(`${where}: code ${JSON.stringify(code)} is not six digits`);
    if (code !== '' && seen.has(code)) fail(`${where}: duplicate code ${code}`);
    seen.add(code);
    const province = UNIT_BY_GB.get(row.province_code_gb.trim());
    if (!province) fail(`${where}: unknown province ${row.province_code_gb}`);
    const name = row.county_name_zh.trim();
    if (!name) fail(`${where}: empty name`);
    if (Number(row.year) !== year) fail(`${where}: year ${row.year}, expected ${year}`);
    if (row.source_id !== SOURCES[year]) fail(`${where}: source ${row.source_id}, expected ${SOURCES[year]}`);
    columns.code.push(code);
    columns.name.push(name);
    columns.latin.push(latinName(name));
    columns.province.push(province);
    columns.resident.push(count(row, 'resident_population', where));
    columns.age0_14.push(count(row, 'population_age_0_14', where));
    columns.urban.push(count(row, 'urban_population', where));
    columns.rural.push(count(row, 'rural_population', where));
    if (columns.hukou) columns.hukou.push(count(row, 'hukou_registered_population', where));
  });
  return columns;
}

const years = { 2010: readYear(2010), 2020: readYear(2020) };
const out = {
  format: 'liushou-counties/1',
  sources: SOURCES,
  latinNote:
    'Latin names: toneless pinyin generated by pinyin-pro 3.29.4 with 31 readings checked by hand (geo/counties.mjs); other names are machine readings and may differ from official romanisation.',
  years,
};
// One column per line: readable diffs, and gzip still sees the repetition.
const lines = ['{'];
lines.push(`  "format": ${JSON.stringify(out.format)},`);
lines.push(`  "sources": ${JSON.stringify(out.sources)},`);
lines.push(`  "latinNote": ${JSON.stringify(out.latinNote)},`);
lines.push('  "years": {');
Object.entries(years).forEach(([year, cols], yi, all) => {
  lines.push(`    "${year}": {`);
  const entries = Object.entries(cols);
  entries.forEach(([k, v], ci) => lines.push(`      "${k}": ${JSON.stringify(v)}${ci < entries.length - 1 ? ',' : ''}`));
  lines.push(`    }${yi < all.length - 1 ? ',' : ''}`);
});
lines.push('  }', '}', '');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, lines.join('\n'));
for (const [year, cols] of Object.entries(years)) {
  const coded = cols.code.filter((c) => c !== '').length;
  console.log(`${year}: ${cols.code.length} units (${coded} with a code)`);
}
console.log(`wrote ${OUT}`);
