import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { UNIT_BY_ID, type Unit } from '../geo/units';
import { EMBEDDED_SOURCES } from '../data/embeddedData';
import { buildCountyTable, DEFAULT_COUNTY_SORT } from '../view/buildCountyTable';
import { createCountyCensus } from './countyCensus';

const file: unknown = JSON.parse(readFileSync(new URL('../../public/data/counties.json', import.meta.url), 'utf8'));
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createCountyCensus', () => {
  it('fetches once however often it is asked, and parses the file', async () => {
    const fetchJson = vi.fn(async () => file);
    const uc = createCountyCensus({ fetchJson, download: vi.fn() });
    expect(uc.load.value.status).toBe('idle');
    uc.ensureLoaded();
    uc.ensureLoaded();
    expect(uc.load.value.status).toBe('loading');
    await settle();
    expect(fetchJson).toHaveBeenCalledTimes(1);
    const load = uc.load.value;
    expect(load.status === 'ready' && load.census.records[2020].length).toBe(2989);
  });

  it.each([
    ['a failed fetch', async () => Promise.reject(new Error('data/counties.json: HTTP 404')), /HTTP 404/],
    ['a file that is not ours', async () => ({ format: 'other' }), /format/],
  ])('reports %s as an error, and tries again only when asked', async (_what, fetchJson, message) => {
    const spy = vi.fn(fetchJson);
    const uc = createCountyCensus({ fetchJson: spy, download: vi.fn() });
    uc.ensureLoaded();
    await settle();
    const load = uc.load.value;
    expect(load.status).toBe('error');
    expect(load.status === 'error' && load.message).toMatch(message);
    uc.ensureLoaded();
    expect(spy).toHaveBeenCalledTimes(1);
    uc.retry();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('exports the rows shown as CSV named after the province', async () => {
    const download = vi.fn();
    const uc = createCountyCensus({ fetchJson: async () => file, download });
    uc.ensureLoaded();
    await settle();
    const load = uc.load.value;
    if (load.status !== 'ready') throw new Error('not loaded');
    const view = buildCountyTable(load.census, 'HA', DEFAULT_COUNTY_SORT, 'gushi', 'en');
    uc.exportCsv(view, UNIT_BY_ID.get('HA') as Unit, EMBEDDED_SOURCES);
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe('liushou-atlas-counties-henan-census-2010-2020.csv');
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^410000,Henan,河南省,411525,固始县,,Gushi Xian,2010;2020,/);
    expect(lines[1]).toMatch(/forum/);
  });
});
