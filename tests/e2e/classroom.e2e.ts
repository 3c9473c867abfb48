import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, capture, close, openPage, pixelAt, project, useBrowser } from './browser';
import { pdfImages } from './pdfImages';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const param = (url: string, k: string) => new URL(url).searchParams.get(k);

/** Label anchor of a unit, [lon, lat], from the geometry the app draws its labels at. */
function labelAnchor(id: string): [number, number] {
  const labels = JSON.parse(readFileSync('public/geo/labels.json', 'utf8')) as { features: Array<{ properties: { id: string }; geometry: { coordinates: [number, number] } }> };
  return labels.features.find((f) => f.properties.id === id)!.geometry.coordinates;
}

/**
 * Width in px of the label text drawn within 100 × 30 px of (x, y): the span of dark grey pixels
 * (the text is #222 with a white halo; small text is antialiased, so "dark" is generous). The
 * label's widest line, "Xinjiang", sets it, and its width grows with the font size.
 */
function textWidthAt(png: PNG, x: number, y: number): number {
  const columns: number[] = [];
  for (let dx = -100; dx <= 100; dx++) {
    for (let dy = -30; dy <= 30; dy++) {
      const [r, g, b] = pixelAt(png, x + dx, y + dy);
      if (Math.max(r, g, b) < 130 && Math.max(r, g, b) - Math.min(r, g, b) < 20) {
        columns.push(dx);
        break;
      }
    }
  }
  return columns.length ? Math.max(...columns) - Math.min(...columns) + 1 : 0;
}

describe('classroom mode and export', () => {
  it('says when the map shows other figures than the slide describes, and brings them back', async () => {
    // A hand-made link: presentation mode, slide 1, but the default indicator.
    const { page, log, context } = await openPage(browser(), `${baseUrl}?present=1`);
    const off = page.locator('.presentation-bar .off-slide');
    await expect(off.innerText()).resolves.toContain('other figures than this slide describes');
    await page.locator('[data-action="show-slide"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('i') === 'children');
    await expect(off.count()).resolves.toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('draws the map labels larger when presenting', async () => {
    const widths: number[] = [];
    for (const query of ['', '?present=1']) {
      const { page, context } = await openPage(browser(), `${baseUrl}${query}`, { width: 1920, height: 1080 });
      const png = await capture(page, `labels${query ? '-presenting' : ''}.png`);
      const [lon, lat] = labelAnchor('XJ');
      const p = await project(page, lon, lat);
      widths.push(textWidthAt(png, p.x, p.y));
      await context.close();
    }
    const [normal, presenting] = widths as [number, number];
    expect(normal).toBeGreaterThan(25); // "Xinjiang" was found
    // 1.4 × from the style, less a little: the presenting map is smaller (the caption bar takes
    // room), so zoomed out a little, and the size follows the zoom.
    expect(presenting / normal).toBeGreaterThan(1.15);
  });

  it('steps through the built-in story with clicker keys, each slide restoring its view', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?lang=zh`);
    await page.locator('[data-action="present"]').click();
    const caption = page.locator('.presentation-bar .caption');
    await expect(caption.getAttribute('data-slide')).resolves.toBe('0');
    expect(param(page.url(), 'i')).toBe('children');
    expect(param(page.url(), 'lang')).toBe('zh');
    await expect(page.locator('.side').count()).resolves.toBe(0);

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
    expect(param(page.url(), 'sel')).toBe('SC');
    await expect(caption.innerText()).resolves.toContain('劳务输出省份');

    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
    expect(param(page.url(), 'i')).toBe('children');
    expect(param(page.url(), 'sel')).toBe('AH');

    await page.keyboard.press(' ');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '4');
    expect(param(page.url(), 'demo')).toBe('1');
    await expect(caption.innerText()).resolves.toContain('合成演示设施');
    // The slide's indicator is computed from the demonstration set: "computing" stands over a
    // stand-in map until it is there, then the map shows it.
    await page.waitForSelector('.map-title [data-pending]', { state: 'detached' });
    await page.waitForSelector('#map[data-points="3000"]');
    await expect(page.locator('.presentation-bar .off-slide').count()).resolves.toBe(0);
    await capture(page, 'presentation-slide-4.png');

    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('present'));
    await expect(page.locator('.presentation-bar').count()).resolves.toBe(0);
    // Leaving the presentation keeps the last slide's view.
    expect(param(page.url(), 'i')).toBe('children');
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
    await expect(page.locator('.map-title').isVisible()).resolves.toBe(true);
    // Ctrl+P prints the map itself (issue 16: its box had no height in print, and a WebGL canvas prints blank).
    const map = await page.locator('#map').boundingBox();
    expect(map?.height).toBeGreaterThan(300);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    const images = pdfImages(pdf);
    const printedMap = images.find((i) => i.width >= 0.9 * map!.width && i.colours > 100);
    expect(printedMap, `images in the PDF: ${JSON.stringify(images)}`).toBeDefined();
    await context.close();
  });

  it('Share says when phones cannot open the link: the app is served on a loopback address here (issue 16)', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children`);
    expect(new URL(baseUrl).hostname).toBe('127.0.0.1');
    await page.locator('.header-actions .share-button:not([data-action])').click();
    const note = page.locator('.link-reach[data-reach="loopback"]');
    await expect(note.innerText()).resolves.toContain('npm start -- --host');
    await context.close();
  });

  it('dialogs: focus moves in and back; Escape closes the dialog and nothing else (issue 16)', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?i=children&sel=SC`);
    for (const action of ['export', 'share']) {
      const opener = page.locator(action === 'share' ? '.header-actions .share-button:not([data-action])' : '[data-action="export"]');
      await opener.focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('[role="dialog"]');
      // Focus moves in once the dialog has rendered (effects run after the first paint).
      await page.waitForFunction(() => !!document.activeElement?.closest('[role="dialog"]'), undefined, { timeout: 5000 });
      // Tab stays inside.
      for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
      await expect(page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')), `${action}: Tab stays in the dialog`).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect(page.locator('[role="dialog"]').count()).resolves.toBe(0);
      // The selection behind the dialog is kept, and focus is back on the button that opened it.
      expect(new URL(page.url()).searchParams.get('sel'), `${action}: Escape kept the selection`).toBe('SC');
      await page.waitForFunction((a) => (a === 'share' ? document.activeElement?.matches('.share-button:not([data-action])') : document.activeElement?.getAttribute('data-action') === 'export'), action, { timeout: 5000 });
    }
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
