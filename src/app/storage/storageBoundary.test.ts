import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..');
const HERE = relative(SRC, __dirname);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('issue #16: every use of browser storage goes through src/app/storage', () => {
  it('no other source file names localStorage, sessionStorage, indexedDB or idb', () => {
    const offenders = sources(SRC)
      .filter((path) => !relative(SRC, path).startsWith(HERE))
      .filter((path) => /\b(localStorage|sessionStorage|indexedDB)\b|from 'idb'/.test(readFileSync(path, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')))
      .map((path) => relative(SRC, path));
    expect(offenders).toEqual([]);
  });
});
