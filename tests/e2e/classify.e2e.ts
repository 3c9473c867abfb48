import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { afterRepaint, capture, close, hexToRgb, openPage, pixelAt, project, useBrowser } from './browser';
import { interiorPoints } from './geometry';
import { expectedView } from './testData';
import type { UnitId } from '../../src/geo/units';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** How many of a unit's interior pixels show `hex`. */
async function pixelsMatching(page: Page, id: UnitId, hex: string): Promise<number> {
  const png = await capture(page);
  let n = 0;
  for (const [lon, lat] of interiorPoints(id, 4)) {
    const p = await project(page, lon, lat);
    if (close(pixelAt(png, p.x, p.y), hexToRgb(hex))) n++;
  }
  return n;
}

const legendLabels = (page: Page) => page.locator('.legend-label').allInnerTexts();
const breaks = (page: Page) => page.locator('.histogram line.break').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-break')));

describe('classification', () => {
  it('switching the method recolours the map and updates the legend, the histogram and the link', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children`);
    const quantile = expectedView({ indicator: 'children' });
    const equal = expectedView({ indicator: 'children', method: 'equal' });
    // A unit whose class colour differs between the two methods, so the pixel check can fail.
    const id = (['SC', 'HA', 'GD', 'SD', 'HN', 'AH', 'YN', 'GZ'] as const).find((u) => quantile.byId.get(u)!.fill !== equal.byId.get(u)!.fill)!;
    expect(id).toBeTruthy();
    expect(await pixelsMatching(page, id, quantile.byId.get(id)!.fill)).toBeGreaterThanOrEqual(3);
    const labelsBefore = await legendLabels(page);
    const breaksBefore = await breaks(page);

    await afterRepaint(page, () => page.locator('.segmented [data-method="equal"]').click());
    await page.waitForFunction(() => document.querySelector('.legend-list')?.getAttribute('data-method') === 'equal');
    expect(new URL(page.url()).searchParams.get('m')).toBe('equal');
    expect(await legendLabels(page)).not.toEqual(labelsBefore);
    expect(await legendLabels(page)).toEqual(equal.legend.map((e) => e.label));
    expect(await breaks(page)).not.toEqual(breaksBefore);
    expect((await breaks(page)).map(Number)).toEqual(equal.classification.thresholds);
    expect(await pixelsMatching(page, id, equal.byId.get(id)!.fill)).toBeGreaterThanOrEqual(3);
    await capture(page, 'equal-interval.png');
    await context.close();
  });

  it('hovering a legend class dims the units outside it', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children`);
    const vm = expectedView({ indicator: 'children' });
    const sc = vm.byId.get('SC')!;
    const other = vm.legend.find((e) => !e.noData && !e.members.includes('SC'))!;
    await afterRepaint(page, () => page.locator(`.legend-entry[data-key="${other.key}"] button`).hover());
    expect(await pixelsMatching(page, 'SC', sc.fill)).toBe(0);
    await afterRepaint(page, () => page.mouse.move(5, 5));
    expect(await pixelsMatching(page, 'SC', sc.fill)).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('← and → switch years and keep the selection; custom breaks come from the link', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children&sel=SC&m=custom&br=5000000,10000000`);
    await expect(page.locator('.legend-label').first().innerText()).resolves.toMatch(/– 5M$/);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('y') === '2010');
    await expect(page.locator('#year-2010').getAttribute('aria-checked')).resolves.toBe('true');
    await expect(page.locator('.panel').getAttribute('data-unit')).resolves.toBe('SC');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('y') === '2020');
    await context.close();
  });
});
