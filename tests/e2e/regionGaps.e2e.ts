import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
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

/** The region ranking as on screen: one "key|score|after|demand|supply|facilities|share" line per row, in order. */
async function onScreen(page: Page): Promise<string[]> {
  return page.locator('[data-testid="region-gaps"] tbody tr[data-region]').evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute('data-region'), ...['score', 'score-planned', 'demand', 'supply', 'facilities', 'area'].map((c) => r.querySelector(`[data-col="${c}"]`)?.textContent?.trim() ?? '')].join('|')),
  );
}

/** Exports the region ranking and returns its `#` lines, its header and its rows (fields split on commas: names here have none). */
async function exported(page: Page): Promise<{ meta: string[]; header: string[]; rows: string[][]; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-region-ranking"]').click()]);
  const text = (await readFile((await download.path()) as string, 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  const at = lines.findIndex((l) => l.startsWith('rank,'));
  return { meta: lines.slice(0, at), header: lines[at]!.split(','), rows: lines.slice(at + 1).map((l) => l.split(',')), name: download.suggestedFilename() };
}

/** Waits until the ranking on screen differs from `before`, and returns it. */
async function changedFrom(page: Page, before: string[]): Promise<string[]> {
  await expect.poll(async () => (await onScreen(page)).join('\n'), { timeout: 20_000 }).not.toBe(before.join('\n'));
  return onScreen(page);
}

const keysOf = (screen: string[]) => screen.map((l) => l.split('|')[0]);

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

  it('every choice of the Gaps tab moves the region ranking, and its CSV follows the rows and choices on screen, in both languages', async () => {
    const { page, log, context } = await openPage(browser(), baseUrl);
    await keepSet(page, SET);
    await page.goto(`${baseUrl}?v=1&i=children&demo=1&rs=${SET.id}&tab=gaps`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    await expect.poll(() => onScreen(page).then((r) => r.length), { timeout: 30_000 }).toBe(ALL);
    let screen = await onScreen(page);
    expect(screen.some((l) => /\|[+−-]?\d\.\d\d\|/.test(l)), 'some regions are scored').toBe(true);

    // The CSV: rows in the order shown, every choice in its # lines, the boundary file named.
    let csv = await exported(page);
    expect(csv.name).toMatch(/^liushou-atlas-region-gap-ranking-\d{8}-\d{6}\.csv$/);
    expect(csv.rows.map((r) => r[1])).toEqual(keysOf(screen));
    expect(csv.header.slice(0, 4)).toEqual(['rank', 'region_key', 'region_code', 'region_name']);
    const meta = csv.meta.join('\n');
    for (const text of ['two_provinces.geojson', 'all regions of the set', 'facilities counted', 'service radius km,10', 'SYNTHETIC', 'National Bureau of Statistics', 'year 2020']) expect(meta).toContain(text);

    // Supply measure: places instead of facilities per 10,000 children.
    await page.locator('[data-control="supply"]').selectOption('capacity');
    screen = await changedFrom(page, screen);
    await expect.poll(() => page.locator('[data-testid="region-gaps"] thead').innerText()).toContain('Places per 10,000 children');
    csv = await exported(page);
    expect(csv.rows.map((r) => r[1])).toEqual(keysOf(screen));
    expect(csv.meta.find((l) => l.startsWith('# supply measure'))).toMatch(/capacity|places/i);

    // Scope: the Sichuan counties only, ranked among themselves; the CSV says so and has their rows only.
    await page.locator('[data-control="region-scope"]').selectOption('SC');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('SC');
    await expect.poll(() => onScreen(page).then((r) => r.length), { timeout: 20_000 }).toBe(sichuan.cells.length);
    screen = await onScreen(page);
    csv = await exported(page);
    expect(csv.rows.map((r) => r[1])).toEqual(keysOf(screen));
    expect(csv.meta.join('\n')).toContain('the regions of Sichuan, ranked among themselves (12)');

    // Demand year, radius, facility types: each moves the ranking on screen. The census's resident
    // population is no count of children and is not offered as demand.
    const demandIds = await page.locator('[data-control="demand"] option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(demandIds).toEqual(['children']);
    await page.locator('[data-control="demand-year"]').selectOption('2010');
    screen = await changedFrom(page, screen);
    await page.locator('[data-control="radius"]').selectOption('50');
    screen = await changedFrom(page, screen);
    await page.locator('input[data-type="home"]').uncheck();
    screen = await changedFrom(page, screen);
    csv = await exported(page);
    expect(csv.rows.map((r) => r[1])).toEqual(keysOf(screen));
    const chosen = csv.meta.join('\n');
    for (const text of ['year 2010', 'indicator children', 'service radius km,50']) expect(chosen).toContain(text);
    expect(csv.meta.find((l) => l.startsWith('# facility types'))).not.toMatch(/home/i);
    await page.locator('[data-testid="region-gaps"]').scrollIntoViewIfNeeded();
    await capture(page, 'region-gaps-choices-en.png');

    // On a Chinese screen the # lines are Chinese; the columns stay machine names.
    await page.goto(`${page.url().replace(/&lang=\w+/, '')}&lang=zh`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    await expect.poll(() => onScreen(page).then((r) => r.length), { timeout: 30_000 }).toBe(sichuan.cells.length);
    csv = await exported(page);
    expect(csv.meta[0]).toContain('区域覆盖缺口排名');
    expect(csv.meta.join('\n')).toContain('四川的区域');
    expect(csv.header[0]).toBe('rank');
    expect(csv.rows.map((r) => r[1])).toEqual(keysOf(await onScreen(page)));
    await page.locator('[data-testid="region-gaps"]').scrollIntoViewIfNeeded();
    await capture(page, 'region-gaps-choices-zh.png');
    expect(log.errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('planned facilities put in a region count there (point in polygon), show before and after, and the link reproduces them', async () => {
    const { page, log, context } = await openPage(browser(), baseUrl);
    await keepSet(page, SET);
    // A planned entry made for a province only (no position) is not spread over regions: it is named as not counted here.
    await page.goto(`${baseUrl}?v=1&i=children&demo=1&rs=${SET.id}&sel=SC&tab=gaps&plan=SC.home.3`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    const table = page.locator('[data-testid="region-gaps"]');
    await expect.poll(() => onScreen(page).then((r) => r.length), { timeout: 30_000 }).toBe(sichuan.cells.length);
    await expect.poll(() => table.innerText()).toContain('3 planned facilities of the link lie in none of these regions');
    expect(await table.locator('th.planned-col').count()).toBe(0);
    const before = await onScreen(page);

    // The top-ranked region (the largest gap) gets 40 planned children's homes: it leaves the top.
    const top = keysOf(before)[0]!;
    await page.locator('details.planned').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('.planned-form [data-field="region"]').selectOption(top);
    await page.locator('.planned-form [data-field="count"]').fill('40');
    await page.locator('[data-action="add-planned"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('plan')).toMatch(/^SC\.home\.3,SC\.home\.40_\d+(\.\d{1,4})?_\d+(\.\d{1,4})?$/);
    await expect.poll(() => table.locator('th.planned-col').count()).toBe(1);
    const row = table.locator(`tr[data-region="${top}"]`);
    await expect.poll(() => row.locator('[data-col="facilities"]').innerText()).toContain('+40 planned');
    await expect.poll(() => row.locator('[data-col="score-planned"]').innerText()).toMatch(/rank 1 → (?!1\b)\d+/);
    await expect(table.innerText()).resolves.toContain('With 40 planned facilities (not real) in 1 of these regions');
    const withPlanned = await onScreen(page);
    await expect(page.locator('.planned-list').innerText()).resolves.toContain(sichuan.cells.find((c) => c.code === top)!.name);

    // The CSV carries the planned columns.
    const csv = await exported(page);
    const h = csv.header;
    const line = csv.rows.find((r) => r[1] === top)!;
    expect(line[h.indexOf('planned_facilities')]).toBe('40');
    expect(Number(line[h.indexOf('rank_with_planned')])).toBeGreaterThan(1);
    await table.scrollIntoViewIfNeeded();
    await capture(page, 'region-gaps-planned-en.png');

    // The link alone, in a fresh page, reproduces the same ranking with the planned facilities.
    const link = page.url();
    const again = await context.newPage();
    await again.goto(link);
    await again.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    await expect.poll(() => onScreen(again).then((r) => r.join('\n')), { timeout: 30_000 }).toBe(withPlanned.join('\n'));
    await again.goto(`${link}&lang=zh`);
    await again.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    await expect.poll(() => again.locator('[data-testid="region-gaps"]').innerText(), { timeout: 30_000 }).toContain('含规划');
    await again.locator('[data-testid="region-gaps"]').scrollIntoViewIfNeeded();
    await capture(again, 'region-gaps-planned-zh.png');
    expect(log.errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('an imported count of children joined to the regions becomes a demand choice, and choosing it moves the ranking', async () => {
    const { page, log, context } = await openPage(browser(), baseUrl);
    await keepSet(page, SET);
    await page.goto(`${baseUrl}?v=1&i=children&demo=1&rs=${SET.id}&sel=SC&tab=data`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    // A survey of left-behind children by county code: the reverse of the census order, so the ranking must change.
    const csv = ['county_code,left_behind_children', ...sichuan.cells.map((c, i) => `${c.code},${1000 * (i + 1)}`)].join('\n');
    await page.setInputFiles('section.import .dropzone input[type=file]', { name: 'left_behind_by_county.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('.region-join').waitFor({ timeout: 30_000 });
    await page.locator('[data-action="apply"]').click();
    await page.locator('#tab-gaps').click();
    const demand = page.locator('[data-control="demand"]');
    await expect.poll(() => demand.locator('option').count(), { timeout: 20_000 }).toBe(2);
    await expect.poll(() => onScreen(page).then((r) => r.length), { timeout: 30_000 }).toBe(sichuan.cells.length);
    const before = await onScreen(page);
    const imported = await demand.locator('option').nth(1).getAttribute('value');
    await demand.selectOption(imported!);
    const after = await changedFrom(page, before);
    await expect.poll(() => page.locator('[data-testid="region-gaps"]').innerText()).toContain('left_behind');
    // The demand is the survey: the county with the most surveyed children (the last) has the largest demand figure.
    expect(after.find((l) => l.startsWith(`${sichuan.cells.at(-1)!.code}|`))).toContain('12,000');
    const file = await exported(page);
    expect(file.meta.join('\n')).toContain(`indicator ${imported}`);
    // The survey has no year column: no "year 0" on screen or in the file, and no year to choose.
    await expect(page.locator('[data-testid="region-gaps"]').innerText()).resolves.toContain('(no year given)');
    expect(file.meta.join('\n')).not.toContain('year 0');
    expect(await page.locator('[data-control="demand-year"]').count()).toBe(0);
    expect(file.meta.join('\n')).toContain('left_behind_by_county.csv');
    await page.locator('[data-testid="region-gaps"]').scrollIntoViewIfNeeded();
    await capture(page, 'region-gaps-imported-demand-en.png');
    expect(log.errors).toEqual([]);
    await context.close();
  }, 300_000);
});
