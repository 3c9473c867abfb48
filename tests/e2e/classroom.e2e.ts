import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, capture, openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const param = (url: string, k: string) => new URL(url).searchParams.get(k);

describe('classroom mode and export', () => {
  it('steps through the built-in story with clicker keys, each slide restoring its view', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?lang=zh`);
    await page.locator('[data-action="present"]').click();
    const caption = page.locator('.presentation-bar .caption');
    await expect(caption.getAttribute('data-slide')).resolves.toBe('0');
    expect(param(page.url(), 'i')).toBe('acwfshare');
    expect(param(page.url(), 'lang')).toBe('zh');
    await expect(page.locator('.side').count()).resolves.toBe(0);

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
    expect(param(page.url(), 'sel')).toBe('SC');
    await expect(caption.innerText()).resolves.toContain('劳务输出省份');

    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
    expect(param(page.url(), 'i')).toBe('mca2018rank');
    expect(param(page.url(), 'sel')).toBe('AH');

    await page.keyboard.press(' ');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '4');
    expect(param(page.url(), 'demo')).toBe('1');
    await expect(caption.innerText()).resolves.toContain('合成演示设施');
    await capture(page, 'presentation-slide-4.png');

    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('present'));
    await expect(page.locator('.presentation-bar').count()).resolves.toBe(0);
    // Leaving the presentation keeps the last slide's view.
    expect(param(page.url(), 'i')).toBe('mca2018rank');
    await context.close();
  });

  it('exports a PNG of the requested size that is not blank', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children&sel=SC`);
    await page.locator('[data-action="export"]').click();
    await page.locator('[data-ratio="4:3"]').click();
    await page.locator('[data-scale="2"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="png"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^liushou-atlas-children-aged-0-14-4x3-2x\.png$/);
    const file = `${ARTIFACTS}/export-4x3-2x.png`;
    await download.saveAs(file);
    const png = PNG.sync.read(readFileSync(file));
    expect([png.width, png.height]).toEqual([3200, 2400]);
    // Not blank: many distinct colours, and the map area is not a flat fill.
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(100);
    await context.close();
  });

  it('prints on one A4 landscape page that holds the legend and the source', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.legend').isVisible()).resolves.toBe(true);
    await expect(page.locator('.source-line').isVisible()).resolves.toBe(true);
    await expect(page.locator('.source-line').innerText()).resolves.toContain('National Bureau of Statistics');
    await expect(page.locator('.side').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await context.close();
  });
});
