import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src and what each may import, read from the folder READMEs, checked against the
 * imports the code really has (parsed with the TypeScript compiler). Tests (`*.test.ts(x)`) are
 * left out: they run in Node and ship nowhere, and a test may check one folder's output with
 * another's (a parser's issues through the sentences the view makes of them).
 *
 * A folder README states its rules in two lines (folder names, comma-separated, or "nothing"):
 *   May import: geo, i18n, util
 *   May import types from: data, geo
 * The second is optional: `import type` / `export type` (and `type` specifiers only) from those
 * folders is allowed, values are not. Imports inside a folder, and of packages, are always allowed.
 * `src/main.tsx`, at the root, wires everything and has no rules.
 */

const SRC = 'src';

export interface Import {
  /** Importing file, relative to src. */
  file: string;
  from: string;
  to: string;
  typeOnly: boolean;
  line: number;
}

export interface Rules {
  values: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

const folderOf = (pathInSrc: string): string => (pathInSrc.includes('/') ? (pathInSrc.split('/')[0] as string) : '(root)');

/** Every relative import, re-export and dynamic import() of `file`, with its folders. */
export function importsOf(file: string, text: string): Import[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const add = (node: ts.Node, spec: string, typeOnly: boolean) => {
    if (!spec.startsWith('.')) return;
    const target = relative(SRC, resolve(dirname(file), spec));
    const inSrc = relative(SRC, file);
    out.push({
      file: inSrc,
      from: folderOf(inSrc),
      to: folderOf(target),
      typeOnly,
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const onlyTypeSpecifiers =
        !!c && !c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly);
      // `import './x.css'` (no clause) brings in the module's side effects: a value import.
      add(node, node.moduleSpecifier.text, !!c && (c.isTypeOnly || onlyTypeSpecifiers));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const e = node.exportClause;
      const onlyTypeSpecifiers = !!e && ts.isNamedExports(e) && e.elements.length > 0 && e.elements.every((x) => x.isTypeOnly);
      add(node, node.moduleSpecifier.text, node.isTypeOnly || onlyTypeSpecifiers);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) add(node, arg.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The rules in a folder README; null when it states none. */
export function parseRules(readme: string): Rules | null {
  const list = (label: string): Set<string> | null => {
    const m = readme.match(new RegExp(`^\\**${label}:\\**\\s*(.*)$`, 'mi'));
    if (!m) return null;
    const body = (m[1] as string).replace(/[`*.]/g, '').trim();
    return new Set(body === '' || /^nothing\b/i.test(body) ? [] : body.split(/\s*,\s*/).map((s) => s.split(/\s/)[0] as string));
  };
  const values = list('May import');
  if (!values) return null;
  return { values, types: list('May import types from') ?? new Set() };
}

/** Imports that break a rule, as "file:line from → to (why)". */
export function violations(imports: readonly Import[], rules: ReadonlyMap<string, Rules>): string[] {
  const out: string[] = [];
  for (const i of imports) {
    if (i.from === i.to || i.from === '(root)') continue;
    const r = rules.get(i.from);
    if (!r) {
      out.push(`${i.file}:${i.line} ${i.from} → ${i.to} (${i.from} has no rules in its README)`);
      continue;
    }
    if (r.values.has(i.to)) continue;
    if (i.typeOnly && r.types.has(i.to)) continue;
    out.push(`${i.file}:${i.line} ${i.from} → ${i.to}${r.types.has(i.to) ? ' (types only)' : ''}`);
  }
  return out;
}

/** Circles in the folder graph, each as "a → b → … → a" (type-only imports count: they still bind the folders). */
export function folderCycles(imports: readonly Import[]): string[] {
  const edges = new Map<string, Set<string>>();
  for (const i of imports) {
    if (i.from === i.to) continue;
    if (!edges.has(i.from)) edges.set(i.from, new Set());
    edges.get(i.from)!.add(i.to);
  }
  const cycles = new Set<string>();
  const path: string[] = [];
  const visit = (node: string) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      const cycle = path.slice(at);
      // One spelling per circle: start at its smallest folder name.
      const start = cycle.indexOf([...cycle].sort()[0] as string);
      const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.add([...canonical, canonical[0]].join(' → '));
      return;
    }
    path.push(node);
    for (const next of edges.get(node) ?? []) visit(next);
    path.pop();
  };
  for (const node of edges.keys()) visit(node);
  return [...cycles].sort();
}

function readProject() {
  const imports = sourceFiles(SRC)
    .filter((f) => !isTest(f))
    .flatMap((f) => importsOf(f, readFileSync(f, 'utf8')));
  const folders = readdirSync(SRC).filter((d) => statSync(join(SRC, d)).isDirectory());
  const rules = new Map<string, Rules>();
  const missing: string[] = [];
  for (const folder of folders) {
    const readme = join(SRC, folder, 'README.md');
    const r = existsSync(readme) ? parseRules(readFileSync(readme, 'utf8')) : null;
    if (r) rules.set(folder, r);
    else missing.push(folder);
  }
  return { imports, folders, rules, missing };
}

/** Folders whose values components may not use, directly or passed on by another folder's re-export. */
const TYPES_ONLY_FOR_UI = ['data', 'facilities', 'geo', 'regions'];
/**
 * The one file allowed to pass values of those folders on to components: the fixed vocabularies
 * (the 34 units, facility types, families…), lists a component renders as they are, computing
 * nothing with them.
 */
const VOCABULARY = 'view/vocabulary.ts';

function resolveModule(fromFile: string, spec: string): string | null {
  const base = resolve(dirname(fromFile), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Names a module re-exports (`export { a } from '../data/x'`) from one of `folders`; '*' for `export *`. */
export function reexportsFrom(file: string, text: string, folders: readonly string[]): Set<string> {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = new Set<string>();
  for (const node of sf.statements) {
    if (!ts.isExportDeclaration(node) || node.isTypeOnly || !node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) continue;
    if (!node.moduleSpecifier.text.startsWith('.')) continue;
    const to = folderOf(relative(SRC, resolve(dirname(file), node.moduleSpecifier.text)));
    if (!folders.includes(to)) continue;
    const e = node.exportClause;
    if (!e) out.add('*');
    else if (ts.isNamedExports(e)) for (const x of e.elements) if (!x.isTypeOnly) out.add(x.name.text);
  }
  return out;
}

/**
 * Values a component takes from data, geo, facilities or regions by way of a re-export in app or
 * view, as "file:line name (via module)": the folder rule sees app or view and lets them pass, yet
 * the component then computes with the lower folder's code itself (#18: ImportPanel called
 * groupKey and suggestCrs re-exported by the import controller).
 */
export function laundered(file: string, text: string, reexportsOf: (module: string) => Set<string> | null): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const node of sf.statements) {
    if (!ts.isImportDeclaration(node) || !ts.isStringLiteral(node.moduleSpecifier)) continue;
    const c = node.importClause;
    if (!c || c.isTypeOnly || !node.moduleSpecifier.text.startsWith('.')) continue;
    const module = resolveModule(file, node.moduleSpecifier.text);
    const passed = module && relative(SRC, module) !== VOCABULARY ? reexportsOf(module) : null;
    if (!passed || passed.size === 0) continue;
    const names =
      c.namedBindings && ts.isNamedImports(c.namedBindings)
        ? c.namedBindings.elements.filter((x) => !x.isTypeOnly).map((x) => (x.propertyName ?? x.name).text)
        : ['*'];
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    for (const n of names) if (passed.has(n) || passed.has('*')) out.push(`${relative(SRC, file)}:${line} ${n} (via ${relative(SRC, module!)})`);
  }
  return out;
}

/**
 * Where a component reads the state instead of the view model: `x.state.value`, `x.state.peek()`,
 * or the `Store` type (which carries the state; components are given `StoreActions`). As
 * "file:line what". Wiring (src/main.tsx) is outside src/ui and may.
 */
export function stateReads(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
    if (/\.state\s*\.\s*(value|peek\s*\()/.test(line)) out.push(`${file}:${i + 1} reads .state`);
    if (/import\b.*\bStore\b.*from '\.\.\/state\/createStore'/.test(line)) out.push(`${file}:${i + 1} imports Store`);
  });
  return out;
}

describe('the import graph of src', () => {
  const project = readProject();

  it('every folder has a README that says what it may import', () => {
    expect(project.missing).toEqual([]);
  });

  it('has no circle between folders', () => {
    expect(folderCycles(project.imports)).toEqual([]);
  });

  it('breaks no rule a folder README states', () => {
    expect(violations(project.imports, project.rules)).toEqual([]);
  });

  it('components take no value of data, geo, facilities or regions through a re-export (but the vocabularies)', () => {
    const cache = new Map<string, Set<string>>();
    const reexportsOf = (m: string) => {
      if (!cache.has(m)) cache.set(m, reexportsFrom(m, readFileSync(m, 'utf8'), TYPES_ONLY_FOR_UI));
      return cache.get(m)!;
    };
    const found = sourceFiles(join(SRC, 'ui'))
      .filter((f) => !isTest(f))
      .flatMap((f) => laundered(f, readFileSync(f, 'utf8'), reexportsOf));
    expect(found).toEqual([]);
  });

  it('no component reads the state: they read the view model and call actions', () => {
    const found = sourceFiles(join(SRC, 'ui'))
      .filter((f) => !isTest(f))
      .flatMap((f) => stateReads(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('sees the imports there are (a reader that found none would pass everything)', () => {
    const edges = new Set(project.imports.filter((i) => i.from !== i.to).map((i) => `${i.from}→${i.to}`));
    for (const e of ['ui→view', 'view→data', 'app→state', 'data→geo', '(root)→ui']) expect(edges).toContain(e);
    expect(project.folders.length).toBeGreaterThanOrEqual(10);
  });
});

describe('the checks themselves', () => {
  const imp = (from: string, to: string, typeOnly = false): Import => ({ file: `${from}/x.ts`, from, to, typeOnly, line: 1 });

  it('reads value, type, re-export and dynamic imports', () => {
    const text = [
      "import { a } from '../data/a';",
      "import type { B } from '../geo/b';",
      "import { type C } from '../facilities/c';",
      "import { type D, e } from '../view/d';",
      "export { f } from '../state/f';",
      "export type { G } from '../story/g';",
      "const h = () => import('../map/h');",
      "import './styles.css';",
      "import x from 'maplibre-gl';",
      "type I = import('../scales/i').I;",
    ].join('\n');
    expect(importsOf('src/ui/X.tsx', text).map((i) => `${i.to}${i.typeOnly ? ' type' : ''}`)).toEqual([
      'data', 'geo type', 'facilities type', 'view', 'state', 'story type', 'map', 'ui', 'scales type',
    ]);
  });

  it('finds a value passed on from data by a re-export, and lets types and the vocabularies through', () => {
    const app = 'src/app/x.ts';
    expect(reexportsFrom(app, "export { groupKey } from '../data/g';\nexport type { T } from '../geo/t';\nexport { type U, v } from '../regions/u';\nexport { w } from '../view/w';\nexport * from '../facilities/f';", TYPES_ONLY_FOR_UI)).toEqual(
      new Set(['groupKey', 'v', '*']),
    );
    const passed = (m: string) => (m.endsWith('createImportController.ts') ? new Set(['groupKey']) : new Set(['UNITS']));
    const text = [
      "import { combineOf, groupKey as key } from '../app/createImportController';",
      "import { type ImportSession } from '../app/createImportController';",
      "import { UNITS } from '../view/vocabulary';",
    ].join('\n');
    expect(laundered('src/ui/X.tsx', text, passed)).toEqual(['ui/X.tsx:1 groupKey (via app/createImportController.ts)']);
  });

  it('finds a component reading the state, and lets actions and comments pass', () => {
    const text = [
      "import type { Store } from '../state/createStore';",
      "import type { StoreActions } from '../state/createStore';",
      '  const state = store.state.value;',
      '  const now = store.state.peek().tab;',
      '  // store.state.value is not read here',
      '  actions.setTab(vm.screen.tab);',
    ].join('\n');
    expect(stateReads('ui/X.tsx', text)).toEqual(['ui/X.tsx:1 imports Store', 'ui/X.tsx:3 reads .state', 'ui/X.tsx:4 reads .state']);
  });

  it('reads the rules lines, bold or not', () => {
    expect(parseRules('# x\n\n**May import:** `geo`, util.\nMay import types from: data\n')).toEqual({
      values: new Set(['geo', 'util']),
      types: new Set(['data']),
    });
    expect(parseRules('May import: nothing (its own files only)')).toEqual({ values: new Set(), types: new Set() });
    expect(parseRules('no rules here')).toBeNull();
  });

  it('finds a circle, and only once however it is entered', () => {
    expect(folderCycles([imp('data', 'facilities'), imp('facilities', 'data', true), imp('view', 'data')])).toEqual(['data → facilities → data']);
    expect(folderCycles([imp('a', 'b'), imp('b', 'c'), imp('c', 'a')])).toEqual(['a → b → c → a']);
    expect(folderCycles([imp('ui', 'view'), imp('view', 'data')])).toEqual([]);
  });

  it('refuses a value import where only types are allowed, and a folder the rules do not name', () => {
    const rules = new Map([['ui', { values: new Set(['view']), types: new Set(['data']) }]]);
    expect(violations([imp('ui', 'view'), imp('ui', 'data', true)], rules)).toEqual([]);
    expect(violations([imp('ui', 'data'), imp('ui', 'geo', true), imp('map', 'state')], rules)).toEqual([
      'ui/x.ts:1 ui → data (types only)',
      'ui/x.ts:1 ui → geo',
      'map/x.ts:1 map → state (map has no rules in its README)',
    ]);
  });
});
