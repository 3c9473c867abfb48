import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, capture, openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const COUNTIES = 'data/counties.json';

/** Every row's text in one column of the county table (0 = the name column). */
async function column(page: Page, index: number): Promise<string[]> {
  return page.locator(`.county-data tbody tr > :nth-child(${index + 1})`).allInnerTexts();
}

/** "+683,523" / "−1,234" / "No data" → number or null (what the table shows, read back). */
const num = (s: string) => (/\d/.test(s) ? Number(s.replace(/[^\d.−-]/g, '').replace('−', '-')) : null);

describe('the county table (census by county, before any file is dropped)', () => {
  it('select a province, open its counties, sort, search, export: data loads only when opened', async () => {
    const { page, log, context } = await openPage(browser(), baseUrl);
    await page.locator('.province-search input').fill('Henan');
    await page.locator('.province-search input').press('Enter');
    await page.locator('.panel[data-unit="HA"]').waitFor();
    expect(log.requests.some((u) => u.includes(COUNTIES))).toBe(false);

    await page.locator('.county-toggle').click();
    await page.locator('.county-data tbody tr').first().waitFor({ timeout: 20_000 });
    expect(log.requests.filter((u) => u.includes(COUNTIES))).toHaveLength(1);
    expect(new URL(page.url()).searchParams.get('cty')).toBe('-net2010');
    // Opened on the largest net senders of 2010: Gushi first.
    const names = await column(page, 0);
    expect(names.length).toBeGreaterThan(150);
    expect(names[0]).toContain('固始县');
    expect(names[0]).toContain('Gushi Xian');
    await expect(page.locator('.county-table [role="status"]').first().innerText()).resolves.toMatch(/^\d+ of \d+ county-level units$/);
    await capture(page, 'counties-henan-en.png');
    await page.locator('.county-table').screenshot({ path: `${ARTIFACTS}/counties-henan-en-table.png` });

    // Sort by children aged 0-14 in 2020 (column 2), largest first; no data stays last.
    await page.locator('.county-data thead th:nth-child(3) button').click();
    expect(new URL(page.url()).searchParams.get('cty')).toBe('-age2020');
    await expect(page.locator('.county-data thead th:nth-child(3)').getAttribute('aria-sort')).resolves.toBe('descending');
    const values = (await column(page, 2)).map(num);
    const known = values.filter((v): v is number => v !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(values.slice(0, known.length)).toEqual(known);

    // Search in pinyin, in Chinese, and by code prefix.
    const search = page.locator('.county-search');
    await search.fill('gushi');
    await expect(column(page, 0)).resolves.toHaveLength(1);
    await search.fill('固始');
    expect((await column(page, 0))[0]).toContain('固始县');
    await search.fill('4115');
    const xinyang = await page.locator('.county-data tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(xinyang.length).toBeGreaterThan(5);
    expect(xinyang.every((c) => c?.startsWith('4115'))).toBe(true);

    // Export what is shown: the same rows, each with its sources.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.county-export').click()]);
    expect(download.suggestedFilename()).toBe('liushou-atlas-counties-henan-census-2010-2020.csv');
    const file = `${ARTIFACTS}/counties-henan.csv`;
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^province_code_gb,.*,net_sender_proxy_2010_derived,.*,sources$/);
    expect(lines).toHaveLength(xinyang.length + 1);
    expect(lines.slice(1).every((l) => l.includes('National Bureau of Statistics') && l.includes('leiii/census'))).toBe(true);

    expect(log.errors).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith(new URL(baseUrl).origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    await context.close();
  });

  it('a link reopens the table sorted as it was, in Chinese, and it fits a phone', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?v=1&sel=AH&lang=zh&cty=-per1000`, { width: 390, height: 844 });
    await page.locator('.county-data tbody tr').first().waitFor({ timeout: 20_000 });
    await expect(page.locator('.county-table h3').innerText()).resolves.toBe('安徽省各县级单位：2010年与2020年人口普查');
    await expect(page.locator('.county-data thead th:nth-child(7)').getAttribute('aria-sort')).resolves.toBe('descending');
    const per = (await column(page, 6)).map(num).filter((v): v is number => v !== null);
    expect(per).toEqual([...per].sort((a, b) => b - a));
    // The table scrolls inside its own box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('.county-table').scrollIntoViewIfNeeded();
    await capture(page, 'counties-anhui-zh-390.png');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('a view saved with the table open shows it beside the map while presenting', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?v=1&sel=HA&cty=-net2010&present=1`, { width: 1920, height: 1080 });
    const first = page.locator('.county-present .county-data tbody tr').first();
    await first.waitFor({ timeout: 20_000 });
    await expect(first.innerText()).resolves.toContain('固始县');
    await expect(page.locator('.county-present .county-toggle').count()).resolves.toBe(0);
    // The sorted column (the proxy, 6th of 8) is scrolled into the box, not hidden off to the right.
    const box = (await page.locator('.county-present .county-scroll').boundingBox())!;
    const sorted = (await page.locator('.county-present th[aria-sort="descending"]').boundingBox())!;
    expect(sorted.x).toBeGreaterThanOrEqual(box.x);
    expect(sorted.x + sorted.width).toBeLessThanOrEqual(box.x + box.width + 1);
    await capture(page, 'counties-presenting-1920.png');
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
