import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';

describe('base64url', () => {
  it.each(['', 'a', 'ab', 'abc', '四川省 12,000 <b>x</b> & ?=#/+', '😀'])('round-trips %j with only URL-safe characters', (text) => {
    const encoded = toBase64Url(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(fromBase64Url(encoded)).toBe(text);
  });

  it.each([
    ['not base64', '***'],
    ['bytes that are not UTF-8', toBase64Url('x').slice(0, 0) + '_w'],
  ])('throws on %s', (_n, text) => {
    expect(() => fromBase64Url(text)).toThrow();
  });
});
