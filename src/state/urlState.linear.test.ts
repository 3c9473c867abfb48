import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { parseUrlState } from './urlState';

const { indicators } = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);

/**
 * URLSearchParams whose look-ups and writes count what they cost: each `get`, `has`, `set`,
 * `delete` or `getAll` scans the whole list, so it is charged the list's length. No clock.
 */
let work = 0;
class CountingParams extends URLSearchParams {
  private charge() {
    work += Math.max(1, this.size);
  }
  override get(name: string) {
    this.charge();
    return super.get(name);
  }
  override has(name: string, value?: string) {
    this.charge();
    return value === undefined ? super.has(name) : super.has(name, value);
  }
  override set(name: string, value: string) {
    this.charge();
    super.set(name, value);
  }
  override delete(name: string, value?: string) {
    this.charge();
    if (value === undefined) super.delete(name);
    else super.delete(name, value);
  }
  override getAll(name: string) {
    this.charge();
    return super.getAll(name);
  }
}

afterEach(() => vi.unstubAllGlobals());

function cost(search: string): number {
  vi.stubGlobal('URLSearchParams', CountingParams);
  work = 0;
  parseUrlState(search, { indicators });
  vi.unstubAllGlobals();
  return work;
}

describe('issue #17 finding 4: parsing a link is linear in its length', () => {
  it.each([
    ['an old-style link repeating one parameter', (n: number) => '?' + 'province=SC&'.repeat(n)],
    ['a new-style link repeating one parameter', (n: number) => '?v=1&' + 'sel=SC&'.repeat(n)],
    ['an old-style link of many different unknown parameters', (n: number) => '?' + Array.from({ length: n }, (_, i) => `x${i}=1`).join('&')],
  ])('%s: 10× the parameters cost at most about 10× the work', (_name, link) => {
    const small = cost(link(2_000));
    const large = cost(link(20_000));
    // Linear: the ratio is about 10; the old quadratic migration gave about 100.
    expect(large / small).toBeLessThan(15);
  });
});
