import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readPngText } from '../../src/app/pngText';
import { voronoiCounties } from '../../src/regions/voronoiCounties.fixture';
import { ARTIFACTS, capture, openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Generated counties (seeded Voronoi cells over Anhui, codes 3401xx): some codes are in the census, most are not (no data). */
const FILE = 'anhui_counties.geojson';
const COUNTIES = { name: FILE, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(voronoiCounties(60, 15))) };

/** The PNG's caption in words (its iTXt chunks, keyword → text). */
const pngText = (buf: Buffer) => readPngText(new Uint8Array(buf));

/** The region legend on the page: each class's label and count, and its swatch colour as rgb. */
async function pageLegend(page: Page) {
  return page.$$eval('.region-legend .legend-entry', (items) =>
    items.map((li) => ({
      label: li.querySelector('.legend-label')?.textContent ?? '',
      count: Number(li.querySelector('.legend-count')?.textContent ?? 'NaN'),
      colour: getComputedStyle(li.querySelector('.swatch') as Element).backgroundColor,
      noData: li.querySelector('.swatch')?.classList.contains('nodata') ?? false,
    })),
  );
}

const rgb = (png: PNG, x: number, y: number) => {
  const i = (y * png.width + x) * 4;
  return `rgb(${png.data[i]}, ${png.data[i + 1]}, ${png.data[i + 2]})`;
};

/** How many pixels of each colour the picture's map area holds (CSS px box of composePicture: x < 1220, 84 ≤ y < height − 186). */
function mapColours(png: PNG, scale: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let y = 84 * scale; y < png.height - 186 * scale; y += 2) {
    for (let x = 0; x < 1220 * scale; x += 2) {
      const c = rgb(png, x, y);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return counts;
}

async function importCounties(page: Page): Promise<string> {
  await page.setInputFiles('.region-dropzone input[type=file]', COUNTIES);
  const review = page.locator('.region-review');
  await review.waitFor({ timeout: 30_000 });
  const id = (await review.getAttribute('data-region-report')) as string;
  await page.getByRole('button', { name: 'Keep and show these regions' }).click();
  await page.waitForSelector(`#map[data-regions="${id}"]`, { timeout: 45_000 });
  // The census is loaded and classed: the legend has classes beside "No data".
  await expect.poll(() => page.locator('.region-legend .legend-entry').count(), { timeout: 20_000 }).toBeGreaterThan(2);
  return id;
}

describe('a region view as a picture, a print and a story slide (#15)', () => {
  it('the PNG and the printed picture describe the regions: title, their classes, sources and the boundary file; the legend matches the map', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?v=1&i=children&y=2020&tab=data`);
    await importCounties(page);
    const legend = await pageLegend(page);
    const today = new Date().toISOString().slice(0, 10);

    await page.locator('[data-action="export"]').click();
    await page.locator('[data-ratio="16:9"]').click();
    await page.locator('[data-scale="1"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="png"]').click()]);
    const file = `${ARTIFACTS}/region-picture-16x9.png`;
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('liushou-atlas-children-aged-0-14-county-census-16x9-1x.png');
    const buf = readFileSync(file);
    const png = PNG.sync.read(buf);
    expect([png.width, png.height]).toEqual([1600, 900]);

    // Its caption, in words: the region indicator, its classes as on the page, census and boundary file.
    const text = pngText(buf);
    expect(text['Title']).toBe('Children aged 0–14 (county census), 2020');
    const lines = (text['Description'] ?? '').split('\n');
    expect(lines[0]).toBe('Legend (persons)');
    expect(lines.slice(1, 1 + legend.length)).toEqual(legend.map((e) => `${e.label}: ${e.count}`));
    expect(legend.at(-1)).toMatchObject({ noData: true, label: 'No data' });
    expect(legend.at(-1)?.count).toBeGreaterThan(0);
    expect(text['Source']).toContain('Tabulation on the 2020 Population Census of China by County');
    expect(text['Source']).toContain(`Boundaries: ${FILE}, imported ${today}`);
    expect(text['Description']).not.toContain('SYNTHETIC');

    // The legend drawn in the picture is the page's, swatch by swatch (rows 26 px apart from y = 114 + 26k − 5, x = 1220 + 35).
    legend.forEach((e, k) => {
      if (e.noData) return;
      expect(rgb(png, 1220 + 35, 84 + 30 + 14 + 26 * (k + 1) - 5), `swatch ${k} (${e.label})`).toBe(e.colour);
    });
    // ...and the map under it is drawn in those classes: every class with regions covers pixels of the map.
    const colours = mapColours(png, 1);
    for (const e of legend.filter((x) => !x.noData && x.count > 0)) {
      expect(colours.get(e.colour) ?? 0, `${e.label} (${e.colour}) on the picture's map`).toBeGreaterThan(20);
    }

    // The dialog's CSV is the region table, with its sources and boundary file on every row, not the provinces'.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('.dialog.export [data-action="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe('liushou-atlas-anhui-counties-children-aged-0-14-county-census-2020.csv');
    const csvText = readFileSync((await csv.path()) as string, 'utf8');
    expect(csvText.trim().split('\n')).toHaveLength(1 + 60);
    expect(csvText).toContain(FILE);

    // Print: the same picture on A4, shown for printing, with its title as the image's text.
    // Headless Chromium has no print dialog: count the calls instead.
    await page.evaluate(() => (window.print = () => void ((window as unknown as { printed: number }).printed = 1)));
    await page.locator('[data-action="print"]').click();
    const printed = page.locator('img.print-picture');
    await printed.waitFor({ state: 'attached' });
    await expect(printed.getAttribute('alt')).resolves.toBe('Children aged 0–14 (county census), 2020');
    const bytes = Buffer.from(
      await page.evaluate(async () => {
        const src = (document.querySelector('img.print-picture') as HTMLImageElement).src;
        return Array.from(new Uint8Array(await (await fetch(src)).arrayBuffer()));
      }),
    );
    writeFileSync(`${ARTIFACTS}/region-print-a4.png`, bytes);
    const a4 = PNG.sync.read(bytes);
    expect([a4.width, a4.height]).toEqual([3200, 2262]);
    expect(pngText(bytes)['Source']).toContain(`Boundaries: ${FILE}, imported ${today}`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // In Chinese: the same picture in the reader's language.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    await page.locator('button.lang-toggle').click();
    await page.locator('[data-action="export"]').click();
    const [zh] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="png"]').click()]);
    const zhFile = `${ARTIFACTS}/region-picture-16x9-zh.png`;
    await zh.saveAs(zhFile);
    const zhText = pngText(readFileSync(zhFile));
    expect(zhText['Title']).toBe('0–14岁儿童（县级人口普查），2020年');
    expect(zhText['Source']).toContain(`边界：${FILE}，导入于${today}`);
    expect(zhText['Description']).toContain('无数据');
    expect(log.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('a slide added while regions are shown keeps them; presenting shows them with their legend at classroom sizes; the link reloads them, and in another browser names the file it needs', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?v=1&i=children&y=2020&tab=data`);
    const id = await importCounties(page);
    // Select a region from the table: the slide keeps the selection too.
    await page.locator('#tab-table').click();
    const row = page.locator('.region-table tbody tr').first();
    await row.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rg')).not.toBeNull();
    const rg = new URL(page.url()).searchParams.get('rg');

    await page.locator('#tab-story').click();
    await page.locator('[data-action="add-slide"]').click();
    const caption = page.locator('.slide-list.mine li input[type=text]').first();
    await expect(caption.inputValue()).resolves.toBe(`Children aged 0–14 (county census) · ${FILE}`);

    // Back to the provinces: presenting the slide must bring the region set back.
    await page.selectOption('[data-region-chooser]', '');
    await expect.poll(() => new URL(page.url()).searchParams.get('rs')).toBeNull();
    await page.locator('#tab-story').click();
    await page.locator('[data-action="present-mine"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rs')).toBe(id);
    const params = new URL(page.url()).searchParams;
    expect([params.get('present'), params.get('rsf'), params.get('rg')]).toEqual(['1', FILE, rg]);
    await page.waitForSelector(`#map[data-regions="${id}"]`, { timeout: 45_000 });
    await expect.poll(() => page.locator('.presenting .region-legend .legend-entry').count(), { timeout: 20_000 }).toBeGreaterThan(2);
    await expect(page.locator('.region-title .map-title').innerText()).resolves.toContain(FILE);
    await expect(page.locator('.presentation-bar .caption').innerText()).resolves.toContain(FILE);
    await expect(page.locator('.presentation-bar .off-slide').count()).resolves.toBe(0);

    // Classroom sizes: the legend and the region sources stand in the window, clear of the presentation bar.
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(400);
      await capture(page, `region-slide-${size.width}.png`);
      const legendBox = (await page.locator('.region-legend').boundingBox())!;
      const bar = (await page.locator('.presentation-bar').boundingBox())!;
      const last = (await page.locator('.region-legend .legend-entry').last().boundingBox())!;
      expect(legendBox.x, `${size.width}: legend inside`).toBeGreaterThanOrEqual(0);
      expect(legendBox.x + legendBox.width, `${size.width}: legend inside`).toBeLessThanOrEqual(size.width);
      expect(last.y + last.height, `${size.width}: the last class (No data) above the bar`).toBeLessThanOrEqual(bar.y);
      await expect(page.locator('.region-source-line .boundary-note').isVisible(), `${size.width}: boundary file named`).resolves.toBe(true);
    }

    // The link reloads the slide with its regions (kept in this browser).
    const link = page.url();
    await page.reload();
    await page.waitForSelector(`#map[data-regions="${id}"]`, { timeout: 45_000 });
    await expect(page.locator('.presentation-bar .caption').innerText()).resolves.toContain(FILE);

    // Another browser, without the set: the slide says which file it needs and shows the rest on the provinces.
    const other = await openPage(browser(), link, { width: 1280, height: 800 });
    const missing = other.page.locator('.slide-missing-set');
    await missing.waitFor({ timeout: 20_000 });
    await expect(missing.innerText()).resolves.toContain(`“${FILE}”`);
    await expect(other.page.locator('.map-title').first().innerText()).resolves.toContain('Children aged 0–14, 2020');
    await expect(other.page.locator('.presentation-bar .caption').innerText()).resolves.toContain(FILE);
    await capture(other.page, 'region-slide-missing.png');
    // Opening that file there shows the slide whole: the set, and the region it selected.
    await other.page.setInputFiles('.slide-missing-set input[type=file]', COUNTIES);
    await other.page.waitForSelector(`#map[data-regions="${id}"]`, { timeout: 45_000 });
    await expect.poll(() => new URL(other.page.url()).searchParams.get('rg')).toBe(rg);
    await expect(missing.count()).resolves.toBe(0);
    expect(new URL(other.page.url()).searchParams.get('present')).toBe('1');
    expect(other.log.errors).toEqual([]);
    await other.context.close();

    expect(log.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it("a slide of a province's county table presents that table", async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?v=1&i=netsend&sel=HA&tab=details`);
    await page.locator('.county-toggle').click();
    await page.locator('.county-data tbody tr').first().waitFor({ timeout: 20_000 });
    await page.locator('#tab-story').click();
    await page.locator('[data-action="add-slide"]').click();
    await expect(page.locator('.slide-list.mine li input[type=text]').first().inputValue()).resolves.toBe('Henan by county: 2010 and 2020 census');
    await page.locator('[data-action="present-mine"]').click();
    const rows = page.locator('.county-present .county-data tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(100);
    await expect(page.locator('.county-present').innerText()).resolves.toContain('固始县');
    // Its sources stand with it.
    await expect(page.locator('.county-present').innerText()).resolves.toContain('Tabulation on the 2010 Population Census of the People’s Republic of China by County');
    await capture(page, 'county-slide-1280.png');
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
