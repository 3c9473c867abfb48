import { describe, expect, inject, it } from 'vitest';
import { capture, openPage, useBrowser } from './browser';
import { countyGrid, keepSet, regionSetOf } from './regionFixtures';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// Twelve Anhui and twelve Sichuan counties (real codes, census children) as 0.4° squares inside
// each province ([lon, lat] degrees), so the demonstration facilities fall in some of them.
const anhui = countyGrid('AH', 115.6, 33.4, 12);
const sichuan = countyGrid('SC', 103.6, 31.4, 12);
const SET = regionSetOf('r-e2egaps0001', 'two_provinces.geojson', [...anhui.regions, ...sichuan.regions]);
const ALL = anhui.cells.length + sichuan.cells.length;

describe('the Gaps tab on a region set (#15)', () => {
  it('a province selected outside the set says why the ranking is empty and offers the whole set or a province of the set', async () => {
    const { page, log, context } = await openPage(browser(), baseUrl);
    await keepSet(page, SET);
    await page.goto(`${baseUrl}?v=1&i=children&demo=1&rs=${SET.id}&sel=XJ&tab=gaps`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    const table = page.locator('[data-testid="region-gaps"]');
    await table.waitFor({ timeout: 30_000 });
    const empty = table.locator('[data-testid="region-gaps-empty"]');
    await expect.poll(async () => ((await empty.count()) ? empty.innerText() : '(no sentence)'), { timeout: 20_000 }).toContain('Xinjiang');
    await expect(empty.innerText()).resolves.toContain('None of this set');
    expect(await table.locator('tbody tr').count()).toBe(0);
    await table.scrollIntoViewIfNeeded();
    await capture(page, 'region-gaps-empty-en.png');

    await page.goto(`${baseUrl}?v=1&i=children&demo=1&rs=${SET.id}&sel=XJ&tab=gaps&lang=zh`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    await expect.poll(async () => ((await empty.count()) ? empty.innerText() : '(no sentence)'), { timeout: 20_000 }).toContain('新疆');
    await table.scrollIntoViewIfNeeded();
    await capture(page, 'region-gaps-empty-zh.png');

    // A province of the set: its twelve counties, ranked among themselves.
    await empty.locator('[data-province="SC"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('SC');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBe(sichuan.cells.length);
    // The whole set, from the same choice when it is empty again.
    await page.goto(`${baseUrl}?v=1&i=children&demo=1&rs=${SET.id}&sel=XJ&tab=gaps`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    await empty.locator('[data-action="region-scope-set"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBe(ALL);
    expect(log.errors).toEqual([]);
    await context.close();
  }, 240_000);
});
