import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { RegionSet } from '../../src/regions/regionSet';
import { ARTIFACTS, capture, close, hexToRgb, openPage, pixelAt, project, tabToMap, useBrowser } from './browser';
import { keepSet } from './regionFixtures';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// The committed county census, to read the figures the map must show for each code.
const counties = JSON.parse(readFileSync('public/data/counties.json', 'utf8')) as {
  years: Record<string, { code: string[]; name: string[]; province: string[]; age0_14: Array<number | null> }>;
};
const y2020 = counties.years['2020']!;
const anhui = y2020.code.map((code, i) => ({ code, name: y2020.name[i] as string, age: y2020.age0_14[i] ?? null })).filter((c, i) => y2020.province[i] === 'AH' && c.code !== '');

/**
 * A generated county set: Anhui's coded counties as a grid of 0.4° squares over Anhui's extent
 * ([lon, lat] degrees, west 115, north 34.4), plus one code the census lacks (349999). Each square
 * is a region; its centre is where the test points.
 */
const STEP = 0.4;
const COLS = 10;
const cells = [...anhui.map((c) => ({ code: c.code, name: c.name })), { code: '349999', name: '不存在县' }].map((c, i) => {
  const w = 115 + (i % COLS) * STEP;
  const n = 34.4 - Math.floor(i / COLS) * STEP;
  return { ...c, w, n, centre: [w + STEP / 2, n - STEP / 2] as [number, number] };
});
const SET: RegionSet = {
  id: 'r-e2eanhui01',
  fileName: 'anhui_grid.geojson',
  importedAt: '2026-12-02T12:00:00.000Z',
  codeField: 'code',
  codeKind: 'county',
  nameField: 'name',
  regions: cells.map((c, i) => ({
    feature: i + 1,
    code: c.code,
    name: c.name,
    province: 'AH',
    geometry: { type: 'Polygon', coordinates: [[[c.w, c.n - STEP], [c.w + STEP, c.n - STEP], [c.w + STEP, c.n], [c.w, c.n], [c.w, c.n - STEP]]] },
    bbox: [c.w, c.n - STEP, c.w + STEP, c.n],
    vertices: 5,
  })),
  vertices: cells.length * 5,
  verticesBefore: cells.length * 5,
};

/** The same grid as the file a planner drops. */
const GEOJSON = {
  type: 'FeatureCollection',
  features: SET.regions.map((r) => ({ type: 'Feature', properties: { code: r.code, name: r.name }, geometry: r.geometry })),
};

const pick = (name: string) => cells.find((c) => c.name === name) ?? (cells[0] as (typeof cells)[number]);

describe('a region set on the map (#15)', () => {
  it('draws the regions in their class colours, hovers, selects into the link, tables them with census figures, in both languages', async () => {
    // Imported as a planner would: the grid as a GeoJSON file, through the region import's report.
    const { page, log, context } = await openPage(browser(), `${baseUrl}?v=1&i=children&y=2020&tab=data`);
    await page.setInputFiles('.region-dropzone input[type=file]', { name: SET.fileName, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(GEOJSON)) });
    const review = page.locator('.region-review');
    await review.waitFor({ timeout: 30_000 });
    const id = await review.getAttribute('data-region-report');
    await page.getByRole('button', { name: 'Keep and show these regions' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rs')).toBe(id);
    await page.waitForSelector(`#map[data-regions="${id}"]`, { timeout: 45_000 });
    await page.locator('#tab-table').click();
    // Census loaded and matched: every Anhui code in the table with its 2020 children.
    await page.locator('.region-table tbody tr').first().waitFor();
    await expect.poll(() => page.locator('.region-table tbody tr').count(), { timeout: 20_000 }).toBe(cells.length);
    await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.painted ?? '0') > 0);
    await page.waitForTimeout(300);
    await capture(page, 'region-view-en.png');

    // Title and notes name the set, the indicator and the code the census lacks.
    await expect(page.locator('.region-title .map-title').innerText()).resolves.toContain('Children aged 0–14 (county census), 2020 · anhui_grid.geojson');
    await expect(page.locator('.region-note').allInnerTexts()).resolves.toContainEqual(expect.stringContaining('349999'));

    // Pixel inside a region = its class colour in the table (the view model's), for three regions.
    const shot = await capture(page);
    for (const name of ['临泉县', '阜南县', anhui[10]?.name ?? '']) {
      const c = pick(name);
      const colour = await page.locator(`.region-table tr[data-region="${c.code}"]`).getAttribute('data-fill');
      expect(colour, `${name} has a class colour`).toMatch(/^#[0-9a-f]{6}$/i);
      const p = await project(page, ...c.centre);
      expect(pixelAt(shot, p.x, p.y), `${name} at ${p.x},${p.y}`).toSatisfy((px: [number, number, number]) => close(px, hexToRgb(colour as string), 4));
    }

    // Hover shows the region's name and its census value.
    const linquan = pick('临泉县');
    const linquanAge = anhui.find((c) => c.code === linquan.code)?.age as number;
    const at = await project(page, ...linquan.centre);
    await page.mouse.move(at.x, at.y);
    const tip = page.locator('.region-tooltip');
    await tip.waitFor();
    await expect(tip.innerText()).resolves.toContain(linquan.name);
    await expect(tip.innerText()).resolves.toContain(`${linquanAge.toLocaleString('en')} persons, 2020`);

    // Click selects it, and the link carries the set and the region.
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('rg')).toBe(linquan.code);
    expect(new URL(page.url()).searchParams.get('rs')).toBe(id);
    await expect(page.locator(`.region-table tr[data-region="${linquan.code}"]`).getAttribute('aria-selected')).resolves.toBe('true');

    // Chinese: title, table head and tooltip.
    await page.locator('.lang-toggle').click();
    await expect.poll(() => page.locator('.region-title .map-title').innerText()).toContain('0–14岁儿童（县级人口普查），2020年');
    await expect(page.locator('.region-table thead').innerText()).resolves.toContain('区域');
    await page.mouse.move(at.x + 1, at.y + 1);
    await expect.poll(() => tip.innerText()).toContain(`${linquanAge.toLocaleString('zh-CN')} 人，2020年`);
    await capture(page, 'region-view-zh.png');

    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('keyboard: Tab enters the regions and arrows move between them; Enter selects; the table exports with sources; no data is hatched', async () => {
    const { page, log, context } = await openPage(browser(), baseUrl);
    await keepSet(page, SET);
    // First cell (row 0, column 0) is selected by the link, so Tab starts there.
    const first = cells[0] as (typeof cells)[number];
    const second = cells[1] as (typeof cells)[number];
    const below = cells[COLS] as (typeof cells)[number];
    await page.goto(`${baseUrl}?v=1&i=children&rs=${SET.id}&rg=${first.code}&tab=table`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    await expect.poll(() => page.locator('.region-table tbody tr').count(), { timeout: 20_000 }).toBe(cells.length);

    await tabToMap(page);
    const map = page.locator('#map');
    await expect.poll(() => map.getAttribute('data-focused')).toBe(first.code);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => map.getAttribute('data-focused')).toBe(second.code);
    await expect.poll(() => page.locator('#map-announcer').innerText()).toContain(second.name);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => map.getAttribute('data-focused')).toBe((cells[COLS + 1] as (typeof cells)[number]).code);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => map.getAttribute('data-focused')).toBe(below.code);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('rg')).toBe(below.code);

    // The region the census lacks is drawn hatched: its pixels are not one flat class colour.
    const unknown = pick('不存在县');
    await page.waitForTimeout(300);
    const shot = await capture(page, 'region-view-keyboard.png');
    const p = await project(page, ...unknown.centre);
    const samples = [-6, -3, 0, 3, 6].map((d) => pixelAt(shot, p.x + d, p.y));
    expect(new Set(samples.map((c) => c.join())).size, 'hatched, not flat').toBeGreaterThan(1);
    const fills = await page.locator('.region-table tr[data-fill]').evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-fill')))]);
    for (const c of samples) for (const f of fills.filter((f) => f !== null && f !== '#d9d9d9')) expect(close(c, hexToRgb(f as string), 2)).toBe(false);

    // Export the table as shown: every row carries its sources and the boundary file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-regions"]').click()]);
    const file = `${ARTIFACTS}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(cells.length + 1);
    expect(lines[0]).toMatch(/^region_key,region_code,region_name,.*,sources$/);
    expect(lines.slice(1).every((l) => l.includes('National Bureau of Statistics') && l.includes('anhui_grid.geojson'))).toBe(true);
    const linquan = lines.find((l) => l.startsWith(`${pick('临泉县').code},`));
    expect(linquan).toContain(`,${anhui.find((c) => c.name === '临泉县')?.age},`);

    // A map frame after a change (2020 → 2010 children): recorded, not asserted (tests never assert wall-clock times).
    const before = Number((await map.getAttribute('data-painted')) ?? '0');
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('.region-legend [data-year="2010"]').click();
    await page.waitForFunction((n) => Number(document.getElementById('map')?.dataset.painted ?? '0') > n, before);
    const t1 = await page.evaluate(() => performance.now());
    writeFileSync(`${ARTIFACTS}/region-view-frame.txt`, `regions: ${cells.length}; click to painted (idle) after a year change: ${Math.round(t1 - t0)} ms\n`);
    await expect.poll(() => page.locator('.region-title .map-title').innerText()).toContain('2010');

    // Region names appear as the user zooms in, and not at the fitted view of the whole set.
    await expect.poll(() => map.getAttribute('data-region-labels')).toBe('0');
    await page.goto(`${baseUrl}?v=1&i=children&rs=${SET.id}&c=116.2,33.6,8.2`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    await expect.poll(() => map.getAttribute('data-region-labels').then(Number), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await capture(page, 'region-view-zoomed.png');

    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('the Gaps tab ranks the regions of the shown set, and a row selects its region into the link', async () => {
    const { page, log, context } = await openPage(browser(), baseUrl);
    await keepSet(page, SET);
    await page.goto(`${baseUrl}?v=1&i=children&demo=1&rs=${SET.id}&tab=gaps`);
    await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });
    const table = page.locator('[data-testid="region-gaps"]');
    // One row per region (regions without census children are listed unscored), none of them provinces.
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(cells.length);
    await expect.poll(() => table.locator('tbody tr[data-region]').first().getAttribute('data-region')).toMatch(/^\d{6}$/);
    const scores = await table.locator('td[data-col="score"]').allInnerTexts();
    expect(scores.filter((t) => /^[+−-]?\d+\.\d{2}$/.test(t.trim())).length).toBeGreaterThan(0);
    await expect(table.locator('.ranking-basis').first().innerText()).resolves.not.toBe('');
    const row = table.locator('tbody tr[data-region]').nth(2);
    const key = await row.getAttribute('data-region');
    await row.locator('button.row-select').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rg')).toBe(key);
    await capture(page, 'region-gaps.png');
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
