import { describe, expect, inject, it } from 'vitest';
import { afterRepaint, capture, openPage, useBrowser, waitReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('deep links, sharing and embedding', () => {
  it('a deep link reproduces indicator, method, selection, tab and language', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?v=1&i=children&y=2010&m=jenks&k=4&sel=HA&lang=zh&tab=table`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.locator('.legend-list').getAttribute('data-method')).resolves.toBe('jenks');
    await expect(page.locator('.legend-entry:not([data-key="nodata"])').count()).resolves.toBe(4);
    await expect(page.locator('#year-2010').getAttribute('aria-checked')).resolves.toBe('true');
    await expect(page.locator('.data-table tr.selected').getAttribute('data-unit')).resolves.toBe('HA');
    await expect(page.locator('.legend-title').innerText()).resolves.toContain('图例');
    await context.close();
  });

  it('Back restores the previous view; panning replaces the entry instead of adding one', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children`);
    await afterRepaint(page, () => page.locator('.segmented [data-method="equal"]').click());
    const length = await page.evaluate(() => history.length);
    // Zoom the map with the wheel: the camera goes into the link without a new history entry.
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('c'));
    expect(await page.evaluate(() => history.length)).toBe(length);

    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('m'));
    await expect(page.locator('.legend-list').getAttribute('data-method')).resolves.toBe('quantile');
    await context.close();
  });

  it('a link with a camera opens there', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?c=104.07,30.67,6`);
    const camera = await page.locator('#map').getAttribute('data-camera');
    const [lon, lat, zoom] = camera!.split(',').map(Number);
    expect(lon).toBeCloseTo(104.07, 1);
    expect(lat).toBeCloseTo(30.67, 1);
    expect(zoom).toBeCloseTo(6, 1);
    await context.close();
  });

  it('embed mode keeps the legend, the source line and a link back to the full view', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?embed=1&i=children&sel=SC`);
    await expect(page.locator('.legend-entry').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('.source-line').innerText()).resolves.toContain('National Bureau of Statistics');
    await expect(page.locator('.side').count()).resolves.toBe(0);
    await expect(page.locator('#indicator-select').count()).resolves.toBe(0);
    const href = await page.locator('a.open-full').getAttribute('href');
    const back = new URL(href!);
    expect(back.searchParams.get('embed')).toBeNull();
    expect(back.searchParams.get('i')).toBe('children');
    await capture(page, 'embed.png');
    await context.close();
  });

  it('Share shows the link, a QR code and an embed snippet; nothing breaks under the CSP', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${baseUrl}?i=children&sel=SC&demo=1`);
    await waitReady(page);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toContain("default-src 'self'");
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.locator('#share-link').inputValue();
    expect(new URL(link).searchParams.get('sel')).toBe('SC');
    expect(new URL(link).searchParams.get('v')).toBe('1');
    await page.waitForSelector('svg.qr path');
    await expect(page.locator('#embed-snippet').inputValue()).resolves.toContain('embed=1');
    await capture(page, 'share.png');
    await page.keyboard.press('Escape');
    await expect(page.locator('.dialog').count()).resolves.toBe(0);
    // Import a table: the share dialog then warns that the link cannot carry it.
    await page.locator('#tab-data').click();
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/messy-homes.csv');
    await page.getByRole('button', { name: /Map 3 values/ }).click();
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.locator('.local-data').innerText()).resolves.toContain('cannot carry it');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });
});
