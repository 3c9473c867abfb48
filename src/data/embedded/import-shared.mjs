#!/usr/bin/env node
// Maintainer tool: imports the shared research data (CSV) into the project's own
// embedded datasets, src/data/embedded/figures.json and src/data/embedded/sources.json.
//
// It is NOT run at build, test or run time. The app, the build and the tests only read
// the two JSON files committed next to this script; users' clones do not have the shared
// data folder. Run it by hand when the shared data changes, review the JSON diff, commit.
//
//   node src/data/embedded/import-shared.mjs [/path/to/shared/data]
//
// The argument defaults to ../shared/data relative to the repository root.
// Plain Node ESM, node: builtins only. It fails loudly (non-zero exit, nothing written)
// on a non-numeric value, an unknown region, a region whose GB code and ISO code disagree,
// two rows with the same key and different values, an unknown authority, or a figure
// citing a source id that is not in either sources table.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..', '..');
const DATA_DIR = resolve(process.argv[2] ?? join(REPO_ROOT, '..', 'shared', 'data'));
const OUT_FIGURES = join(HERE, 'figures.json');
const OUT_SOURCES = join(HERE, 'sources.json');

function fail(message) {
  console.error(`import-shared: ERROR: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// CSV: papaparse, the parser the app's own import uses (src/data/import/parseTable.ts). Quoted
// fields may hold commas, CR/LF and "" escapes; a BOM and blank lines are dropped. Anything it
// reports (an unterminated quote, a stray quote) stops the import, naming the row.
// ---------------------------------------------------------------------------
function parseCsv(text, fileLabel) {
  const { data, errors } = Papa.parse(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [first] = errors;
  if (first) fail(`${fileLabel}${first.row === undefined ? '' : ` record ${first.row + 1}`}: ${first.message}`);
  return data;
}

function readTable(path, expectedHeader) {
  const label = path.slice(DATA_DIR.length + 1) || path;
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${e.message}`);
  }
  const [header, ...body] = parseCsv(text, label);
  if (!header) fail(`${label}: empty file`);
  if (header.join(',') !== expectedHeader.join(',')) {
    fail(`${label}: header is [${header.join(', ')}], expected [${expectedHeader.join(', ')}]`);
  }
  return body.map((cells, idx) => {
    const line = idx + 2;
    if (cells.length !== header.length) {
      fail(`${label} record ${line}: ${cells.length} fields, expected ${header.length}`);
    }
    const row = { __where: `${label} record ${line}` };
    header.forEach((h, k) => (row[h] = cells[k]));
    return row;
  });
}

// ---------------------------------------------------------------------------
// Regions: GB/T 2260 province code -> ISO 3166-2:CN suffix. HK/MO/TW are known
// regions (so a future row for them would import) but carry no figures today.
// ---------------------------------------------------------------------------
// The app's own table of the 34 units (src/geo/units.json): GB/T 2260 code → ISO suffix.
const GB_TO_ISO = Object.fromEntries(
  JSON.parse(readFileSync(join(REPO_ROOT, 'src', 'geo', 'units.json'), 'utf8')).map((u) => [u.gb, u.id]),
);
const KNOWN_REGIONS = new Set(Object.values(GB_TO_ISO));

function regionOf(row) {
  const m = /^CN-([A-Z]{2})$/.exec(row.iso_3166_2);
  if (!m || !KNOWN_REGIONS.has(m[1])) fail(`${row.__where}: unknown region '${row.iso_3166_2}'`);
  const fromGb = GB_TO_ISO[row.province_code_gb];
  if (fromGb !== m[1]) {
    fail(`${row.__where}: GB code ${row.province_code_gb} (${fromGb ?? 'unknown'}) disagrees with ${row.iso_3166_2}`);
  }
  return m[1];
}

function numberOf(row) {
  const s = row.value.trim();
  if (!/^-?(?:\d+|\d*\.\d+)$/.test(s)) fail(`${row.__where}: non-numeric value '${row.value}'`);
  const v = Number(s);
  if (!Number.isFinite(v)) fail(`${row.__where}: non-finite value '${row.value}'`);
  return v;
}

function yearOf(row) {
  if (!/^\d{4}$/.test(row.year)) fail(`${row.__where}: bad year '${row.year}'`);
  return Number(row.year);
}

function sourcesOf(row) {
  const ids = row.source_id.split(';').map((s) => s.trim());
  if (ids.length === 0 || ids.some((s) => s === '')) fail(`${row.__where}: empty source id in '${row.source_id}'`);
  return ids;
}

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------
const REGIONAL_HEADER = ['province_code_gb', 'iso_3166_2', 'name_en', 'name_zh', 'series', 'year', 'value', 'unit', 'source_id'];
const NATIONAL_HEADER = ['scope', 'series', 'year', 'value', 'unit', 'source_id'];

const censusDir = join(DATA_DIR, 'census');
const regionalFiles = [
  join(DATA_DIR, 'province_figures.csv'),
  ...readdirSync(censusDir)
    .filter((f) => f.endsWith('.csv') && f !== 'sources.csv')
    .sort()
    .map((f) => join(censusDir, f)),
];

const regional = [];
const regionalOrigin = [];
for (const file of regionalFiles) {
  for (const row of readTable(file, REGIONAL_HEADER)) {
    regional.push({
      region: regionOf(row),
      series: row.series,
      year: yearOf(row),
      value: numberOf(row),
      note: row.unit,
      sources: sourcesOf(row),
    });
    regionalOrigin.push(row.__where);
  }
}

const national = [];
const nationalOrigin = [];
for (const row of readTable(join(DATA_DIR, 'national_figures.csv'), NATIONAL_HEADER)) {
  if (row.scope !== 'CN (national)') fail(`${row.__where}: unexpected scope '${row.scope}'`);
  national.push({
    series: row.series,
    year: yearOf(row),
    value: numberOf(row),
    note: row.unit,
    sources: sourcesOf(row),
  });
  nationalOrigin.push(row.__where);
}

// Duplicates: same key and same value -> reported (row kept); different value -> stop.
const warnings = [];
function checkDuplicates(rows, origins, keyOf, label) {
  const seen = new Map();
  const conflicts = [];
  rows.forEach((r, i) => {
    const key = keyOf(r);
    const prev = seen.get(key);
    if (prev === undefined) {
      seen.set(key, i);
      return;
    }
    const p = rows[prev];
    const msg = `${label} ${key}: ${origins[prev]} (value ${p.value}) and ${origins[i]} (value ${r.value})`;
    if (p.value === r.value) warnings.push(`duplicate ${msg}`);
    else conflicts.push(`conflict ${msg}`);
  });
  if (conflicts.length) fail(`conflicting rows, not choosing between them:\n  ${conflicts.join('\n  ')}`);
}
checkDuplicates(regional, regionalOrigin, (r) => `${r.region}|${r.series}|${r.year}`, 'regional');
checkDuplicates(national, nationalOrigin, (r) => `${r.series}|${r.year}`, 'national');

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
regional.sort((a, b) => cmp(a.series, b.series) || a.year - b.year || cmp(a.region, b.region));
national.sort((a, b) => cmp(a.series, b.series) || a.year - b.year);

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------
const AUTHORITIES = new Set(['official', 'primary-news', 'secondary', 'low']);
// Authority values in sources.csv outside the app's four levels, mapped explicitly.
// 'peer-reviewed' (LYU2024, an academic analysis of census data) is neither an official
// release nor news; it is shown as 'secondary'.
const AUTHORITY_MAP = { 'peer-reviewed': 'secondary' };

const sources = {};
const SOURCES_HEADER = ['source_id', 'title', 'publisher', 'date', 'cite_address', 'authority', 'excerpt'];
for (const row of readTable(join(DATA_DIR, 'sources.csv'), SOURCES_HEADER)) {
  const id = row.source_id.trim();
  if (!id) fail(`${row.__where}: empty source_id`);
  if (sources[id]) fail(`${row.__where}: duplicate source id ${id}`);
  let authority = row.authority.trim();
  if (!AUTHORITIES.has(authority)) {
    if (!(authority in AUTHORITY_MAP)) fail(`${row.__where}: unknown authority '${authority}' for ${id}`);
    warnings.push(`source ${id}: authority '${authority}' mapped to '${AUTHORITY_MAP[authority]}'`);
    authority = AUTHORITY_MAP[authority];
  }
  const address = row.cite_address.trim();
  sources[id] = {
    title: row.title,
    publisher: row.publisher,
    date: row.date,
    address: address === '' ? null : address,
    authority,
    excerpt: row.excerpt,
    readFrom: null,
  };
}

// Sources whose cite_address is a copy on another site, not the original publisher's page: the
// publisher is the original (as DATA.md asks), the address moves to copySeenAt, and the app says
// "copy seen at" beside it. Each entry says whose words they are and where the copy was read.
const COPIES = {
  'ACWF13-CDEN': { publisher: 'China Daily', host: "People's Daily Online English (en.people.cn)" },
  'ACWF13-JHSB': { publisher: '京华时报 (Jinghua Times)', host: "China Daily's Chinese site (chinadaily.com.cn)" },
  'ACWF13-XH': { publisher: 'Xinhua News Agency', host: 'the central government portal (gov.cn)' },
  'BS-NAT-2007': { publisher: 'Xinhua News Agency', host: 'the central government portal (gov.cn, big5 gateway)' },
  'FAC-NAT-2019B': { publisher: '人民日报 (People’s Daily)', host: 'China News Service (chinanews.com.cn)' },
  'MCA16-HA': { publisher: 'Henan provincial civil-affairs authorities', host: 'e-chinaedu.cn (教育信息服务平台)' },
  'MCA16-XH': { publisher: 'Xinhua News Agency', host: 'CERNET (cernet.edu.cn)' },
  'MCA16-XJB': { publisher: '新京报 (The Beijing News)', host: 'NetEase (sports.163.com)' },
  'MCA18-AH': { publisher: '大江晚报 (Wuhu)', host: 'yybnet.net' },
  'MOE-CRER19': { publisher: '中国青年报 (China Youth Daily)', host: '澎湃新闻 (thepaper.cn)' },
};
for (const [id, copy] of Object.entries(COPIES)) {
  const s = sources[id];
  if (!s) fail(`COPIES names ${id}, which is not in sources.csv`);
  if (!s.address) fail(`COPIES names ${id}, which has no cite_address`);
  warnings.push(`source ${id}: '${s.publisher}' cited as '${copy.publisher}', copy seen at ${copy.host}`);
  sources[id] = { ...s, publisher: copy.publisher, address: null, copySeenAt: s.address };
}

// census/sources.csv has a citation/read_from/excerpt schema: each id is mapped by hand
// to the original publisher's title and date. The copy that was read goes in readFrom.
const NBS_CENSUS_OFFICE =
  'National Bureau of Statistics of China (NBS) and the Office of the Leading Group of the State Council for the Seventh National Population Census';
const NBS_YEARBOOK_PUBLISHER =
  'National Bureau of Statistics of China (NBS) and the Population Census Office under the State Council (China Statistics Press)';
const LEIII = 'digitised by Dong, Du & Liu (leiii/census, "Mapping Evolving Population Geography in China"), ';
const CENSUS_SOURCES = {
  NBS_C3_2021: {
    title: '第七次全国人口普查公报（第三号）——地区人口情况 (Communiqué No. 3: population by region)',
    publisher: NBS_CENSUS_OFFICE,
    date: '2021-05-11',
    address: null,
    readFrom: (rf) =>
      `verbatim CSV transcription of table 各地区人口, ${rf}; the official English release is cited elsewhere as http://www.stats.gov.cn/english/PressRelease/202105/t20210510_1817188.html (not opened)`,
  },
  NBS_C5_2021: {
    title: '第七次全国人口普查公报（第五号）——人口年龄构成情况 (Communiqué No. 5: age composition)',
    publisher: NBS_CENSUS_OFFICE,
    date: '2021-05-11',
    address: null,
    readFrom: (rf) => `verbatim CSV transcription of table 各地区人口年龄构成, ${rf}`,
  },
  NBS_C7_2021: {
    title:
      '第七次全国人口普查公报（第七号）——城乡人口和流动人口情况 (Communiqué No. 7: urban and rural population and floating population)',
    publisher: NBS_CENSUS_OFFICE,
    date: '2021-05-11',
    address: null,
    readFrom: () => "a news-site mirror stating '来源:国家统计局网站' (mirror address not recorded); national figures only",
  },
  // The citations do not state the yearbooks' publication year, so the census year is used.
  NBS_YB2020_LEIII: {
    title: '中国人口普查分县资料 2020 / Tabulation on the 2020 Population Census of China by County',
    publisher: NBS_YEARBOOK_PUBLISHER,
    date: '2020',
    address: null,
    readFrom: (rf) => `${LEIII}sheet '七普（年鉴）', province rows: ${rf}`,
  },
  NBS_YB2010_LEIII: {
    title: '中国2010年人口普查分县资料 / Tabulation on the 2010 Population Census of the People’s Republic of China by County',
    publisher: NBS_YEARBOOK_PUBLISHER,
    date: '2010',
    address: null,
    readFrom: (rf) => `${LEIII}province rows: ${rf}`,
  },
  // The same two yearbooks, county rows (census/county/, built into public/data/counties.json by
  // geo/counties.mjs). The 2010 workbook ends with a forum's watermark: say so wherever it is cited.
  NBS_YB2020_LEIII_COUNTY: {
    title: '中国人口普查分县资料 2020 / Tabulation on the 2020 Population Census of China by County',
    publisher: NBS_YEARBOOK_PUBLISHER,
    date: '2020',
    address: null,
    readFrom: (rf) =>
      `${LEIII}sheet '七普（年鉴）', county rows: ${rf}. Caution: a third party's digitised copy; only its resident-population sums were checked against an independent publication (Communiqué No. 3)`,
  },
  NBS_YB2010_LEIII_COUNTY: {
    title: '中国2010年人口普查分县资料 / Tabulation on the 2010 Population Census of the People’s Republic of China by County',
    publisher: NBS_YEARBOOK_PUBLISHER,
    date: '2010',
    address: null,
    readFrom: (rf) =>
      `${LEIII}county rows: ${rf}. Caution: the sheet ends with the watermark '首发论坛：经济学家bbs.jjxj.org', so this digitised copy came through an online forum, not directly from NBS; its county sums equal the provincial figures of the same workbook`,
  },
};
const censusSourceRows = [
  ...readTable(join(censusDir, 'sources.csv'), ['source_id', 'citation', 'read_from', 'excerpt']),
  ...readTable(join(censusDir, 'county', 'sources.csv'), ['source_id', 'citation', 'read_from', 'excerpt']),
];
for (const row of censusSourceRows) {
  const id = row.source_id.trim();
  const meta = CENSUS_SOURCES[id];
  if (!meta) fail(`${row.__where}: census source ${id} has no hand mapping in CENSUS_SOURCES; add one`);
  if (sources[id]) fail(`${row.__where}: duplicate source id ${id}`);
  sources[id] = {
    title: meta.title,
    publisher: meta.publisher,
    date: meta.date,
    address: meta.address,
    authority: 'official',
    excerpt: row.excerpt,
    readFrom: meta.readFrom(row.read_from.trim()),
  };
}
for (const id of Object.keys(CENSUS_SOURCES)) {
  if (!censusSourceRows.some((r) => r.source_id.trim() === id)) {
    fail(`CENSUS_SOURCES maps ${id}, which is not in census/sources.csv`);
  }
}

// Every cited id must exist; every source must be complete.
const missing = new Set();
const cited = new Set();
for (const r of [...regional, ...national]) {
  for (const id of r.sources) {
    cited.add(id);
    if (!sources[id]) missing.add(`${id} (cited by ${r.region ?? 'national'} ${r.series} ${r.year})`);
  }
}
if (missing.size) fail(`figures cite unknown source ids:\n  ${[...missing].join('\n  ')}`);
for (const [id, s] of Object.entries(sources)) {
  for (const k of ['title', 'publisher', 'date']) if (!s[k] || !s[k].trim()) fail(`source ${id}: empty ${k}`);
}

const sortedSources = {};
for (const id of Object.keys(sources).sort(cmp)) sortedSources[id] = sources[id];

// ---------------------------------------------------------------------------
// Write: one figure row per line; sources 2-space indented. Trailing newline.
// ---------------------------------------------------------------------------
const rowsBlock = (rows) => (rows.length ? `[\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]` : '[]');
writeFileSync(OUT_FIGURES, `{\n  "regional": ${rowsBlock(regional)},\n  "national": ${rowsBlock(national)}\n}\n`);
writeFileSync(OUT_SOURCES, `${JSON.stringify(sortedSources, null, 2)}\n`);

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------
function counts(rows) {
  const m = new Map();
  for (const r of rows) {
    const k = `${r.series} ${r.year}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m.entries()];
}
console.log(`read ${DATA_DIR}`);
console.log(`wrote ${OUT_FIGURES}: ${regional.length} regional rows, ${national.length} national rows`);
console.log(`wrote ${OUT_SOURCES}: ${Object.keys(sortedSources).length} sources`);
console.log('\n| series | year | rows |\n|---|---|---|');
for (const [k, v] of [...counts(regional), ...counts(national)]) {
  const [series, year] = k.split(' ');
  console.log(`| ${series} | ${year} | ${v} |`);
}
const uncited = Object.keys(sortedSources).filter((id) => !cited.has(id));
console.log(`\nsources not cited by any figure row: ${uncited.join(', ') || '(none)'}`);
if (warnings.length) console.log(`\nwarnings:\n  ${warnings.join('\n  ')}`);
else console.log('\nno duplicate rows');
