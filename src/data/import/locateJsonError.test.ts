import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locateJsonError';

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1}', null],
    [' [1, -2.5e3, "x\\u00e9\\n", true, false, null, {}, []] ', null],
    ['{"a": tru}', 6],
    ['[1,2', 4],
    ['abc', 0],
    ['{"a":1}}', 7],
    ['[1,]', 3],
    ['{"a":1,}', 7],
    ['{a:1}', 1],
    ["{'a':1}", 1],
    ['[01]', 2],
    ['["a\tb"]', 3], // a raw tab inside a string
    ['["\\x"]', 3],
    ['', 0],
    ['[1 2]', 3],
  ])('%j → %s', (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
    // Cross-check against the engine: valid exactly when we find no error.
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(valid).toBe(offset === null);
  });

  it('gives up (null) rather than overflowing the stack on absurd nesting', () => {
    expect(locateJsonError('['.repeat(1_000_000))).toBeNull();
  });
});
