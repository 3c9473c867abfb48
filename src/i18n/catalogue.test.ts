import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GAPS_MESSAGES } from './gapsMessages';
import { BUNDLE_MESSAGES } from './bundleMessages';
import { IMPORT_REVIEW_MESSAGES } from './importReviewMessages';
import { REGION_DATA_MESSAGES } from './regionDataMessages';
import { REGION_IMPORT_MESSAGES } from './regionImportMessages';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_NATIONAL, EMBEDDED_SOURCES } from '../data/embeddedData';
import { FIGURE_NOTES_ZH, figureNote } from '../data/figureNotes';
import { SERIES_LABELS } from '../data/seriesLabels';
import { publisherText, titleText } from '../view/publisherText';
import { MESSAGES } from './messages';

/**
 * No user-facing string lives outside the message catalogues: a test finds any that do.
 *
 * The scanner parses every src/ui/**\/*.tsx with the TypeScript compiler and reports, as
 * `file:line "text"`:
 * - JSX text that contains a letter (Latin or CJK);
 * - a string literal (or template text) containing a letter given to aria-label, title,
 *   placeholder, alt or label, directly or as a branch of `?:`, `||`, `??`;
 * - a string literal containing a letter rendered as a child (`{'Hello'}`), which is JSX text by
 *   another name.
 * Text that comes from other expressions (`{MESSAGES.x[lang]}`, data, numbers) is not judged here.
 * Whitespace, digits, punctuation and symbols (× ↗ ⚠ – ▲ ▼ · —) contain no letter, so they pass by rule.
 */

const UI_DIR = 'src/ui';
const CHECKED_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

/** Latin (with accents) or CJK: the scripts of our two UI languages, plus kana and hangul for safety. */
const LETTER = /[\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Text that contains a letter but is a symbol, not a word. Keyed by file and exact (trimmed) text,
 * so an entry cannot excuse the same letters elsewhere. Keep it short; justify every entry.
 */
const ALLOWED: ReadonlyArray<{ file: string; text: string; why: string }> = [
  {
    file: 'FacilityLegend.tsx',
    text: 'P',
    why: 'the programme marker glyph, drawn on the map with the same letter in both languages; aria-hidden, and the label beside it comes from MESSAGES',
  },
];

export interface Finding {
  file: string;
  line: number;
  kind: 'jsx-text' | 'attribute' | 'child-literal';
  text: string;
}

/** Every hard-coded, letter-bearing UI string in one TSX source. Pure. */
export function findHardCodedText(fileName: string, source: string): Finding[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, kind: Finding['kind'], raw: string) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!LETTER.test(text)) return;
    const base = fileName.split('/').at(-1);
    if (ALLOWED.some((a) => a.file === base && a.text === text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    findings.push({ file: fileName, line, kind, text });
  };
  /** String literals (and template text) an expression can evaluate to directly, not those it merely compares with. */
  const literalsOf = (e: ts.Expression): ts.LiteralLikeNode[] => {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e];
    if (ts.isTemplateExpression(e)) return [e.head, ...e.templateSpans.map((s) => s.literal)];
    if (ts.isParenthesizedExpression(e)) return literalsOf(e.expression);
    if (ts.isConditionalExpression(e)) return [...literalsOf(e.whenTrue), ...literalsOf(e.whenFalse)];
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return [...literalsOf(e.left), ...literalsOf(e.right)];
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalsOf(e.right);
    }
    return [];
  };
  const literalText = (n: ts.Node) => (n as ts.LiteralLikeNode).text;

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      report(node, 'jsx-text', node.text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      const init = node.initializer;
      if (CHECKED_ATTRIBUTES.has(name) && init) {
        if (ts.isStringLiteral(init)) report(init, 'attribute', init.text);
        else if (ts.isJsxExpression(init) && init.expression) {
          for (const lit of literalsOf(init.expression)) report(lit, 'attribute', literalText(lit));
        }
      }
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const lit of literalsOf(node.expression)) report(lit, 'child-literal', literalText(lit));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

function uiFiles(): string[] {
  return (readdirSync(UI_DIR, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => join(UI_DIR, f))
    .sort();
}

const format = (f: Finding) => `${f.file}:${f.line} ${f.kind} "${f.text}"`;

describe('findHardCodedText (the scanner itself)', () => {
  it('catches JSX text and a literal aria-label', () => {
    const src = ['export const A = () => (', '  <div>', '    <p>Hello</p>', '    <button aria-label="Close">×</button>', '  </div>', ');'].join('\n');
    expect(findHardCodedText('Fixture.tsx', src).map(format)).toEqual([
      'Fixture.tsx:3 jsx-text "Hello"',
      'Fixture.tsx:4 attribute "Close"',
    ]);
  });

  it('catches Chinese text, title/placeholder/alt/label literals, literal children and literal branches', () => {
    const src = [
      'export const B = ({ on }: { on: boolean }) => (',
      '  <form title="Form">',
      '    <span>关闭</span>',
      '    <input placeholder="Type here" />',
      '    <img alt={"A map"} />',
      '    <optgroup label={`Group`} />',
      "    <b aria-label={on ? 'Open' : MESSAGES.close[lang]}>{'Hello'}</b>",
      "    <i>{name || 'Unnamed'}</i>",
      '    <td title={`Rank ${n} of ${total}`}>{`${n} rows`}</td>',
      '  </form>',
      ');',
    ].join('\n');
    expect(findHardCodedText('Fixture.tsx', src).map(format)).toEqual([
      'Fixture.tsx:2 attribute "Form"',
      'Fixture.tsx:3 jsx-text "关闭"',
      'Fixture.tsx:4 attribute "Type here"',
      'Fixture.tsx:5 attribute "A map"',
      'Fixture.tsx:6 attribute "Group"',
      'Fixture.tsx:7 attribute "Open"',
      'Fixture.tsx:7 child-literal "Hello"',
      'Fixture.tsx:8 child-literal "Unnamed"',
      'Fixture.tsx:9 attribute "Rank"',
      'Fixture.tsx:9 attribute "of"',
      'Fixture.tsx:9 child-literal "rows"',
    ]);
  });

  it('lets catalogue expressions, symbols, punctuation, comparisons and allow-listed glyphs through', () => {
    const src = [
      'export const C = () => (',
      '  <div class="x" data-method="equal" lang="zh">',
      "    {MESSAGES.legend[lang]} ({unit}): × ↗ ⚠ – ▲ ▼ · {' '}{'; '}{y === 0 ? '–' : y}",
      "    <button aria-label={MESSAGES.close[lang]} title={lang === 'zh' ? M.zh : M.en}>×</button>",
      '    {2014}–{2020}, 61%',
      '  </div>',
      ');',
    ].join('\n');
    expect(findHardCodedText('Fixture.tsx', src)).toEqual([]);
    expect(findHardCodedText('src/ui/FacilityLegend.tsx', '<span aria-hidden="true">P</span>')).toEqual([]);
    // The allow-list is per file: the same letter elsewhere is a finding.
    expect(findHardCodedText('src/ui/Other.tsx', '<span>P</span>').map(format)).toEqual(['src/ui/Other.tsx:1 jsx-text "P"']);
  });
});

describe('the UI has no hard-coded user-facing text', () => {
  it('finds the UI sources', () => {
    expect(uiFiles().length).toBeGreaterThan(10);
  });

  it('every string a user sees in src/ui comes from a message catalogue', () => {
    const findings = uiFiles().flatMap((f) => findHardCodedText(relative('.', f), readFileSync(f, 'utf8')));
    expect(findings.map(format), 'hard-coded UI text: move it to src/i18n/messages.ts (or justify it in ALLOWED)').toEqual([]);
  });

  it('every allow-list entry is still needed (no stale excuses)', () => {
    for (const a of ALLOWED) {
      const source = readFileSync(join(UI_DIR, a.file), 'utf8');
      const withoutAllowList = findHardCodedText('unlisted.tsx', source);
      expect(withoutAllowList.some((f) => f.text === a.text), `${a.file}: "${a.text}" is no longer used`).toBe(true);
      expect(a.why.length).toBeGreaterThan(20);
    }
  });
});

/** Terms that read the same in both languages although they contain letters. */
const SAME_IN_BOTH: ReadonlySet<string> = new Set<string>([
  // None yet. Candidates would be a unit symbol such as 'km' or a format name such as 'CSV'.
]);

/** Strings without any letter (digits, '%', arrows, dashes) are language-neutral. */
const languageNeutral = (s: string) => !LETTER.test(s) || SAME_IN_BOTH.has(s);

/** Problems with a bilingual catalogue: a missing language, mismatched kinds, an untranslated string. Pure. */
export function checkCatalogue(catalogue: unknown, path = 'MESSAGES'): string[] {
  const problems: string[] = [];
  if (typeof catalogue !== 'object' || catalogue === null) return [`${path}: not an object`];
  const entry = catalogue as Record<string, unknown>;
  const hasEn = 'en' in entry;
  const hasZh = 'zh' in entry;
  if (hasEn || hasZh) {
    if (!hasEn) problems.push(`${path}: has zh but no en`);
    if (!hasZh) problems.push(`${path}: has en but no zh`);
    if (!hasEn || !hasZh) return problems;
    const { en, zh } = entry;
    const extra = Object.keys(entry).filter((k) => k !== 'en' && k !== 'zh');
    if (extra.length > 0) problems.push(`${path}: unexpected keys beside en/zh: ${extra.join(', ')}`);
    if (typeof en === 'string' && typeof zh === 'string') {
      if (en.trim() === '' || zh.trim() === '') problems.push(`${path}: empty string`);
      if (en === zh && !languageNeutral(en)) problems.push(`${path}: zh is identical to en ("${en}")`);
    } else if (typeof en === 'function' && typeof zh === 'function') {
      if (en.length !== zh.length) problems.push(`${path}: en takes ${en.length} arguments, zh ${zh.length}`);
      // Interpolate neutral placeholders: what is left is the fixed text, which must be translated.
      const args = Array.from({ length: en.length }, (_, i) => `{${i}}`);
      const [e, z] = [String(en(...args)), String(zh(...args))];
      if (e === z && !languageNeutral(e.replace(/\{\d+\}/g, ''))) problems.push(`${path}: zh(…) is identical to en(…) ("${e}")`);
    } else {
      problems.push(`${path}: en is ${typeof en} but zh is ${typeof zh} (both strings or both functions)`);
    }
    return problems;
  }
  for (const [key, value] of Object.entries(entry)) problems.push(...checkCatalogue(value, `${path}.${key}`));
  return problems;
}

describe('checkCatalogue (the checker itself)', () => {
  it('reports a missing language, mismatched kinds, arity and an untranslated string', () => {
    const fixture = {
      ok: { en: 'Close', zh: '关闭' },
      neutral: { en: '%', zh: '%' },
      nested: { onlyEn: { en: 'Legend' }, onlyZh: { zh: '图例' } },
      mixed: { en: (n: string) => `${n} rows`, zh: '行' },
      arity: { en: (a: string, b: string) => `${a} of ${b}`, zh: (a: string) => `${a}` },
      same: { en: 'Province', zh: 'Province' },
      sameFn: { en: (n: string) => `Map ${n}`, zh: (n: string) => `Map ${n}` },
      neutralFn: { en: (n: string) => `${n}%`, zh: (n: string) => `${n}%` },
    };
    expect(checkCatalogue(fixture, 'F')).toEqual([
      'F.nested.onlyEn: has en but no zh',
      'F.nested.onlyZh: has zh but no en',
      'F.mixed: en is function but zh is string (both strings or both functions)',
      'F.arity: en takes 2 arguments, zh 1',
      'F.same: zh is identical to en ("Province")',
      'F.sameFn: zh(…) is identical to en(…) ("Map {0}")',
    ]);
  });
});

describe('MESSAGES', () => {
  it('has en and zh for every entry, of the same kind, and translates every worded string', () => {
    expect(checkCatalogue(MESSAGES)).toEqual([]);
  });
});

// Tables their components import directly (not through MESSAGES), so they load with them (#18).
describe.each([
  ['GAPS_MESSAGES', GAPS_MESSAGES],
  ['BUNDLE_MESSAGES', BUNDLE_MESSAGES],
  ['IMPORT_REVIEW_MESSAGES', IMPORT_REVIEW_MESSAGES],
  ['REGION_DATA_MESSAGES', REGION_DATA_MESSAGES],
  ['REGION_IMPORT_MESSAGES', REGION_IMPORT_MESSAGES],
])('%s', (name, table) => {
  it('has en and zh for every entry, of the same kind, and translates every worded string', () => {
    expect(checkCatalogue(table, name)).toEqual([]);
  });
});

/**
 * Data-driven text: what the data files put on screen (indicator labels, units and definitions,
 * series labels, figure notes, national figures, publishers) must be Chinese in the Chinese
 * interface too (issue #16). English words left in it are findings; a few names are the same in
 * both languages and are listed with their reason.
 */
const LATIN_WORD = /[A-Za-z]{3,}/;
const SAME_IN_CHINESE: ReadonlyArray<{ text: string; why: string }> = [
  { text: 'GB/T', why: 'the standard’s own designation' },
  { text: 'ISO', why: 'the standard’s own designation' },
  { text: 'chujuan.cn', why: 'a web site’s address, its only name' },
  { text: 'fx361', why: 'a web site’s name, written so in Chinese too' },
  { text: 'China Population and Development Studies', why: 'the English edition’s own title, named as such' },
];
const englishIn = (zh: string) => LATIN_WORD.test(SAME_IN_CHINESE.reduce((t, a) => t.split(a.text).join(''), zh));

describe('data-driven text is Chinese in the Chinese interface (issue #16)', () => {
  it('finds English in a Chinese string, and lets the listed names through', () => {
    expect(englishIn('人（MCA 2016 definition）')).toBe(true);
    expect(englishIn('国标 GB/T 2260 代码；出卷网 chujuan.cn')).toBe(false);
  });

  it('every indicator: label, unit and definition', () => {
    const bad = CATALOGUE.flatMap((i) =>
      (['label', 'unit', 'definition'] as const).filter((k) => englishIn(i[k].zh) || (i[k].en === i[k].zh && LETTER.test(i[k].en))).map((k) => `${i.id}.${k}: ${i[k].zh}`),
    );
    expect(bad).toEqual([]);
  });

  it('every series label, regional and national', () => {
    const series = new Set([...EMBEDDED_FIGURES, ...EMBEDDED_NATIONAL].map((f) => f.series));
    const bad = [...series].filter((s) => !SERIES_LABELS[s] || englishIn(SERIES_LABELS[s].zh)).map((s) => `${s}: ${SERIES_LABELS[s]?.zh}`);
    expect(bad).toEqual([]);
  });

  it('every figure note', () => {
    const notes = new Set([...EMBEDDED_FIGURES, ...EMBEDDED_NATIONAL].map((f) => f.note));
    const bad = [...notes].filter((n) => !FIGURE_NOTES_ZH[n] || englishIn(FIGURE_NOTES_ZH[n])).map((n) => `${n} → ${FIGURE_NOTES_ZH[n]}`);
    expect(bad).toEqual([]);
  });

  it('every source’s publisher, and every title that is our description rather than the source’s own', () => {
    const bad = Object.entries(EMBEDDED_SOURCES)
      .filter(([id, s]) => s.authority !== 'user')
      .flatMap(([id, s]) => {
        const publisher = publisherText(s, 'zh', id);
        const title = titleText(s, 'zh', id);
        // A title in brackets is our description of the source; the rest are the sources' own titles.
        const described = /^\(|^exam|reposted\)|reporting|definitions only|^中国|^第七次/.test(s.title);
        return [...(englishIn(publisher) ? [`${id} publisher: ${publisher}`] : []), ...(described && englishIn(title) ? [`${id} title: ${title}`] : [])];
      });
    expect(bad).toEqual([]);
  });

  it('the checker fails on today’s gaps: a note without a translation is a finding', () => {
    expect(FIGURE_NOTES_ZH['persons (an untranslated note)']).toBeUndefined();
    expect(englishIn(figureNote('persons (an untranslated note)').zh)).toBe(true);
  });
});

/**
 * Data stores facts and message keys, never sentences (#18, src/data/README.md): the sentence is a
 * message template in src/i18n, made in the UI language where it is shown. The scanner reads a
 * data file's code with the TypeScript compiler and reports every string literal or template text
 * that is text: it holds a Chinese character, or two Latin words with a space (and maybe digits or
 * punctuation) between. A single
 * word cannot be told from a key ('facilities' is both) and passes; types, imports and comments
 * are not code that makes text.
 */
const SENTENCE = /\p{Script=Han}|\p{Script=Latin}[^\p{L}]*\s[^\p{L}]*\p{Script=Latin}/u;

/** Every piece of text in one TypeScript source's code, as `file:line "text"`, outside the named declarations. Pure. */
export function findSentenceText(fileName: string, source: string, exempt: ReadonlySet<string> = new Set()): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    // A configuration error's message (`new RangeError('invalid count: …')`) is for the developer, not the reader.
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /Error$/.test(node.expression.text)) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && exempt.has(node.name.text)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (SENTENCE.test(node.text)) out.push(`${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1} "${node.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/**
 * The data, facilities and reader files held to the rule, each with the declarations it may keep text in
 * and why. Files not listed (the catalogue's definitions, the embedded sources' translations, name
 * aliases, header names a parser matches, the English rule sentences migrateImportedDataset reads
 * back) hold text of the embedded record or of a parser, and are not judged here.
 */
const KEYS_ONLY_DATA_FILES: ReadonlyArray<{ file: string; exempt?: ReadonlyArray<{ name: string; why: string }> }> = [
  { file: 'src/data/coverageIndicators.ts' },
  { file: 'src/data/figure.ts' },
  {
    file: 'src/data/figureNotes.ts',
    exempt: [{ name: 'FIGURE_NOTES_ZH', why: 'the Chinese of the embedded figures’ notes, keyed by figures.json’s English: a translation of the record, as sourceText.ts is' }],
  },
  { file: 'src/data/buildRankingCsv.ts' },
  { file: 'src/data/importedDataset.ts' },
  { file: 'src/data/exportCsv.ts' },
  { file: 'src/facilities/facility.ts' },
  { file: 'src/facilities/generateDemoFacilities.ts' },
  // The readers of outside files: what a field should be is a key (i18n/fieldMessages), not a phrase.
  { file: 'src/util/readFields.ts' },
  { file: 'src/data/readImportedDataset.ts' },
  { file: 'src/regions/readRegionSet.ts' },
  { file: 'src/facilities/readFacilitySet.ts' },
  { file: 'src/app/bundle/parseBundle.ts' },
];

describe('data files store keys, not sentences (#18)', () => {
  it('the scanner finds text in code, and not in types, imports, comments, error messages or single words', () => {
    const src = [
      "import { x } from './a b';",
      "type K = 'rowNote' | 'two words';",
      '// A comment with words.',
      "const key = 'facilities';",
      "const unit = { en: 'per 10,000 children', zh: '每万名儿童' };",
      'const def = `${n} facility locations`;',
      "const TABLE = { 'some words': '一些字' };",
      'if (n < 0) throw new RangeError(`invalid count: ${n}`);',
    ].join('\n');
    expect(findSentenceText('f.ts', src, new Set(['TABLE']))).toEqual(['f.ts:5 "per 10,000 children"', 'f.ts:5 "每万名儿童"', 'f.ts:6 " facility locations"']);
  });

  it.each(KEYS_ONLY_DATA_FILES)('$file', ({ file, exempt = [] }) => {
    const text = findSentenceText(file, readFileSync(file, 'utf8'), new Set(exempt.map((e) => e.name)));
    expect(text, 'a sentence in a data file or a reader of outside files: make it a message template in src/i18n and store its key and parameters').toEqual([]);
    for (const e of exempt) {
      expect(findSentenceText(file, readFileSync(file, 'utf8')).length, `${file}: ${e.name} no longer holds text`).toBeGreaterThan(0);
      expect(e.why.length).toBeGreaterThan(20);
    }
  });
});
