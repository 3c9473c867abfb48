import { readFileSync } from 'node:fs';
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
    const a4 = PNG.sync.read(bytes);
    expect([a4.width, a4.height]).toEqual([3200, 2262]);
    expect(pngText(bytes)['Source']).toContain(`Boundaries: ${FILE}, imported ${today}`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
