import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOR } from './palettes';
import { THEME_COLOURS, themeCssVariables } from './themeColours';

const css = readFileSync('src/ui/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** #abc → #aabbcc, lower case. */
const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

describe('theme colours', () => {
  it('styles.css writes none of them out: it reads the custom properties', () => {
    const theme = new Set(Object.values(THEME_COLOURS).map(long));
    const written = [...css.matchAll(/#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b/g)].map((m) => m[0]);
    expect(written.filter((h) => theme.has(long(h)))).toEqual([]);
  });

  it('every theme property styles.css reads is defined', () => {
    const defined = new Set(themeCssVariables().map(([name]) => name));
    const cssDefined = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] as string);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((u) => !defined.has(u) && !cssDefined.has(u))).toEqual([]);
  });

  it('no-data is the same grey on the map, the legend and the page', () => {
    expect(NO_DATA_COLOR).toBe(THEME_COLOURS.nodata);
    expect(themeCssVariables()).toContainEqual(['--nodata', THEME_COLOURS.nodata]);
  });
});
