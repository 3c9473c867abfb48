import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FACILITY_STYLE } from '../../src/map/buildStyle';
import { afterRepaint, capture, close, hexToRgb, openPage, pixelAt, project, useBrowser, waitReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const CLUSTER = '#24495a';

/** Whether any pixel a few px from [lon, lat] (clear of the marker's letter) has `hex`. */
async function markerColourAt(page: Page, lon: number, lat: number, hex: string, offsets: Array<[number, number]>): Promise<boolean> {
  const png = await capture(page);
  const { x, y } = await project(page, lon, lat);
  return offsets.some(([dx, dy]) => close(pixelAt(png, x + dx, y + dy), hexToRgb(hex), 6));
}
const SIDES: Array<[number, number]> = [[5, 0], [-5, 0], [0, 5], [0, -5]];

describe('facilities and coverage gaps', () => {
  it('imports a facility file: markers, a cluster, a popup, the ranking, and points outside any province reported', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/facilities.csv');
    const add = page.locator('[data-action="add-facilities"]');
    await expect(add.innerText()).resolves.toContain('Add 7 facilities');
    await afterRepaint(page, () => add.click());
    expect(new URL(page.url()).searchParams.get('tab')).toBe('gaps');

    // Coverage ran: 31 scored rows, the offshore point reported as outside.
    await page.waitForSelector('.gap-table tbody tr[data-unit]');
    await expect(page.locator('.gap-table tbody tr[data-unit]').count()).resolves.toBe(34);
    await expect(page.locator('.gaps').innerText()).resolves.toContain('Facilities outside every province, not counted: 1.');

    // The isolated Harbin school is an unclustered orange marker; the five in Chengdu form a cluster.
    expect(await markerColourAt(page, 126.63, 45.75, FACILITY_STYLE.school.color, SIDES)).toBe(true);
    expect(await markerColourAt(page, 104.07, 30.67, CLUSTER, [[8, 0], [-8, 0], [0, 8], [0, -8]])).toBe(true);
    await capture(page, 'facilities.png');

    // A click opens the popup; the name's markup is text.
    const harbin = await project(page, 126.63, 45.75);
    await page.mouse.click(harbin.x + 4, harbin.y);
    const popup = page.locator('.popup');
    await expect(popup.innerText()).resolves.toContain('<b>Harbin</b> boarding school');
    await expect(popup.locator('b').count()).resolves.toBe(0);
    await expect(popup.innerText()).resolves.toContain('120');

    // A ranking row selects its province.
    const first = page.locator('.gap-table tbody tr[data-unit]').first();
    const unit = await first.getAttribute('data-unit');
    await first.locator('button.row-select').click();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(unit);

    // The type filter hides boarding schools on the map and goes into the link.
    await afterRepaint(page, () => page.locator('input[data-type="school"]').uncheck());
    expect(new URL(page.url()).searchParams.get('ft')).toBe('home,centre,other');
    expect(await markerColourAt(page, 126.63, 45.75, FACILITY_STYLE.school.color, SIDES)).toBe(false);

    // IndexedDB keeps the set (stored packed) across a reload: same coverage, same popup text.
    await page.reload();
    await waitReady(page);
    await page.waitForSelector('.gap-table tbody tr[data-unit]');
    await expect(page.locator('.gaps').innerText()).resolves.toContain('Facilities outside every province, not counted: 1.');
    await afterRepaint(page, () => page.locator('input[data-type="school"]').check());
    await page.mouse.click(harbin.x + 4, harbin.y);
    await expect(popup.innerText()).resolves.toContain('<b>Harbin</b> boarding school');
    await expect(popup.innerText()).resolves.toContain('120');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('hands a set larger than one part to the map whole', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    // 12,001 points: three parts of 5,000 and a last one of 2,001, spread over Sichuan.
    const n = 12_001;
    const lines = ['name,type,lat,lon'];
    for (let i = 0; i < n; i++) lines.push(`home ${i},home,${(28 + (i % 97) * 0.05).toFixed(3)},${(101 + Math.floor(i / 97) * 0.03).toFixed(3)}`);
    await page.setInputFiles('.dropzone input[type=file]', { name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.locator('[data-action="add-facilities"]').click();
    // data-points is written once the last part is in (it is "0" before); a stalled feed times out.
    await page.waitForSelector('#map[data-points]:not([data-points="0"])');
    await expect(page.locator('#map').getAttribute('data-points')).resolves.toBe(String(n));
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('the synthetic demonstration set comes from the link, says SYNTHETIC, and maps coverage as an indicator', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?demo=1&tab=gaps&i=covper10k`);
    // Ready means the view the link asked for: the coverage indicator, with the points on the
    // map, not a stand-in while coverage is computed.
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe('covper10k');
    await expect(page.locator('.map-title').innerText()).resolves.toMatch(/per 10,000 children/i);
    await expect(page.locator('.map-title [data-pending]').count()).resolves.toBe(0);
    await expect(page.locator('#map').getAttribute('data-points')).resolves.toBe('3000');
    await page.waitForSelector('.gap-table tbody tr[data-unit]');
    await expect(page.locator('.synthetic-warning').first().innerText()).resolves.toContain('SYNTHETIC');
    await expect(page.locator('.map-title').innerText()).resolves.toContain('SYNTHETIC');
    await expect(page.locator('.facility-legend').innerText()).resolves.toContain('SYNTHETIC');
    await expect(page.locator('.source-line').innerText()).resolves.toContain('Synthetic demonstration data');
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe('covper10k');
    // The same seed gives the same ranking on every load.
    const order = await page.locator('.gap-table tbody tr[data-unit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
    await page.reload();
    await page.waitForSelector('.gap-table tbody tr[data-unit]');
    expect(await page.locator('.gap-table tbody tr[data-unit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')))).toEqual(order);
    await context.close();
  });
});
