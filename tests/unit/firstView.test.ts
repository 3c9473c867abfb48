import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What the first view downloads: every module `src/main.tsx` reaches through static value imports
 * (`import type` and `import()` excluded; verbatimModuleSyntax keeps every value import, so the
 * bundle's entry graph is this graph, less what tree-shaking drops). The parts a first visit never
 * shows load with `import()` on first use (#18: the first view had grown from 133 to 171 KB gzip,
 * budget 150). A test names them here, so a static import that pulls one back fails with the chain
 * that does it, instead of showing up as kilobytes in a benchmark nobody ran.
 */

const SRC = 'src';

/** Static value imports and re-exports of one file, as specifiers (`./x`, `../y/z`, packages). */
export function staticImports(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const node of sf.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      if (c?.isTypeOnly) continue;
      const onlyTypes = !!c && !c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      const e = node.exportClause;
      const onlyTypes = !!e && ts.isNamedExports(e) && e.elements.length > 0 && e.elements.every((x) => x.isTypeOnly);
      if (!onlyTypes) out.push(node.moduleSpecifier.text);
    }
  }
  return out;
}

interface Files {
  read(file: string): string;
  isFile(file: string): boolean;
}
const DISK: Files = { read: (f) => readFileSync(f, 'utf8'), isFile: (f) => existsSync(f) && statSync(f).isFile() };

function resolveModule(fromFile: string, spec: string, files: Files): string | null {
  const base = relative('.', resolve(dirname(fromFile), spec));
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (files.isFile(c)) return c;
  return null;
}

/** Every source file (relative to src) statically reachable from `entry`, each with the file that first imports it. */
export function staticReach(entry: string, files: Files = DISK): Map<string, string | null> {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const spec of staticImports(file, files.read(file))) {
      if (!spec.startsWith('.')) continue;
      const target = resolveModule(file, spec, files);
      if (!target || !/\.(ts|tsx)$/.test(target) || parent.has(target)) continue;
      parent.set(target, file);
      queue.push(target);
    }
  }
  return new Map([...parent].map(([f, p]) => [relative(SRC, f), p === null ? null : relative(SRC, p)]));
}

/** "main.tsx → ui/App.tsx → …" for a reachable file. */
export function chainTo(reach: ReadonlyMap<string, string | null>, file: string): string {
  const chain: string[] = [];
  for (let f: string | null | undefined = file; f; f = reach.get(f)) chain.unshift(f);
  return chain.join(' → ');
}

/** Loaded on first use, never with the first view (paths relative to src). */
const LATER = [
  // The import workflow: its parser and the sentences of its issues (a user file's source line
  // needs only view/describeRules).
  'ui/ImportPanel.tsx',
  'view/importMessages.ts',
  'data/import/parseNumber.ts',
  'i18n/importReviewMessages.ts',
  // The Gaps tab: its panel, view, sentences and exports (the tab, a picture or an export loads them).
  'ui/GapsPanel.tsx',
  'app/buildGapsView.ts',
  'app/exportGaps.ts',
  'view/describeGap.ts',
  'i18n/gapsMessages.ts',
  // The story tab and presenting.
  'ui/StoryPanel.tsx',
  'ui/PresentationBar.tsx',
  // A region set's view, chooser, import and ranking (#15): once a set is kept, shown or linked.
  'ui/RegionSetChooser.tsx',
  'ui/RegionImport.tsx',
  'view/regionMessages.ts',
  'i18n/regionImportMessages.ts',
  'ui/RegionDetails.tsx',
  'ui/RegionLegend.tsx',
  'ui/RegionTable.tsx',
  'ui/RegionTitle.tsx',
  'ui/RegionTooltip.tsx',
  'ui/RegionSourceLine.tsx',
  'ui/RegionGapsTable.tsx',
  'i18n/regionDataMessages.ts',
  'app/createRegionGaps.ts',
  // Joining a table to regions: the header's region search needs only regions/regionNames.
  'regions/joinRegionRows.ts',
  // Bundles: a dropped file, the data tab's panel, or Share's download.
  'app/bundle/createBundleController.ts',
  'app/bundle/formatBundle.ts',
  'ui/BundlePanel.tsx',
  'i18n/bundleMessages.ts',
];

describe('the first view (what src/main.tsx imports statically)', () => {
  const reach = staticReach(join(SRC, 'main.tsx'));

  it('leaves out the parts loaded on first use', () => {
    expect(LATER.filter((f) => reach.has(f)).map((f) => chainTo(reach, f))).toEqual([]);
  });

  it('names only files that exist (a renamed file would pass by vanishing)', () => {
    expect(LATER.filter((f) => !existsSync(join(SRC, f)))).toEqual([]);
  });

  it('sees what it does load (a reader that found nothing would pass everything)', () => {
    for (const f of ['ui/App.tsx', 'map/createMapAdapter.ts', 'view/buildViewModel.ts', 'view/describeRules.ts', 'i18n/messages.ts']) expect(reach.has(f), f).toBe(true);
  });
});

describe('the reader itself', () => {
  it('follows value imports and re-exports, not types or import()', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C } from './c';",
      "import { type D, e } from './d';",
      "export { f } from './f';",
      "export type { G } from './g';",
      "const h = () => import('./h');",
      "import './styles.css';",
      "import x from 'preact';",
    ].join('\n');
    expect(staticImports('src/x.ts', text)).toEqual(['./a', './d', './f', './styles.css', 'preact']);
  });

  it('gives the chain that pulls a file in', () => {
    const files: Record<string, string> = {
      'src/main.tsx': "import { a } from './ui/a';\nconst l = () => import('./ui/lazy');",
      'src/ui/a.ts': "import { b } from '../view/b';",
      'src/view/b.ts': '',
      'src/ui/lazy.ts': '',
    };
    const reach = staticReach('src/main.tsx', { read: (f) => files[f] ?? '', isFile: (f) => f in files });
    expect([...reach.keys()]).toEqual(['main.tsx', 'ui/a.ts', 'view/b.ts']);
    expect(chainTo(reach, 'view/b.ts')).toBe('main.tsx → ui/a.ts → view/b.ts');
  });
});
