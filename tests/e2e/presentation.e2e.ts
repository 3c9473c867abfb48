import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILTIN_STORY } from '../../src/story/builtinStory';
import { namedUnits } from '../../src/story/namedUnits';
import { capture, openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type Box = { x: number; y: number; width: number; height: number };

/** Waits until the map has settled: the same camera and placed labels over three reads 300 ms apart. */
async function settled(page: Page): Promise<{ labels: Record<string, [number, number]>; labelPx: number; map: Box }> {
  let last = '';
  let same = 0;
  for (let i = 0; i < 60 && same < 3; i++) {
    await page.waitForTimeout(300);
    const now = await page.$eval('#map', (el) => `${(el as HTMLElement).dataset.camera}|${(el as HTMLElement).dataset.labels}`);
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return page.$eval('#map', (el) => {
    const r = el.getBoundingClientRect();
    const d = (el as HTMLElement).dataset;
    return { labels: JSON.parse(d.labels ?? '{}'), labelPx: Number(d.labelPx), map: { x: r.x, y: r.y, width: r.width, height: r.height } };
  });
}

/** Opens the app, starts the built-in story and calls `check` on each slide in turn. */
async function eachSlide(size: { width: number; height: number }, check: (page: Page, index: number) => Promise<void>, query = '') {
  const { page, log, context } = await openPage(browser(), `${baseUrl}${query}`, size);
  await page.locator('[data-action="present"]').click();
  for (let i = 0; i < BUILTIN_STORY.length; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    // Slide 1 is the default: the link leaves it out.
    await page.waitForFunction((n) => (new URL(location.href).searchParams.get('slide') ?? '1') === String(n), i + 1);
    if (new URL(page.url()).searchParams.get('demo') === '1') {
      await page.waitForSelector('#map[data-points="3000"]');
      await page.waitForSelector('.map-title [data-pending]', { state: 'detached' });
    }
    await check(page, i);
  }
  expect(log.errors).toEqual([]);
  await context.close();
}

/** Every province the slide's caption names: placed (not collided away), inside the map and not under anything. */
async function expectNamedInView(page: Page, index: number, label: string) {
  const { labels, map } = await settled(page);
  const named = namedUnits(BUILTIN_STORY[index]!.caption);
  for (const id of named) {
    const at = labels[id];
    expect(at, `${label}: slide ${index + 1} names ${id}, whose label is not drawn`).toBeDefined();
    const [x, y] = at!;
    expect(x >= 0 && x <= map.width && y >= 0 && y <= map.height, `${label}: ${id}'s label at ${x},${y} is outside the ${map.width}×${map.height} map`).toBe(true);
    const top = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.className ?? '', [map.x + x, map.y + y]);
    expect(top, `${label}: something covers ${id}'s label`).toContain('maplibregl-canvas');
  }
}

/**
 * Slide 1 ("the national picture") shows the national figures we hold, one per definition, beside
 * the map, whole (not scrolled out of the legend's column) and at least `minPx`; other slides do not.
 */
async function expectNationalLine(page: Page, index: number, label: string, minPx: number, beside = true) {
  const line = page.locator('.map-aside .national-line');
  if (index !== 0) return expect(line.count(), `${label}: slide ${index + 1}`).resolves.toBe(0);
  await expect(line.locator('.national-item').count(), `${label}: national totals`).resolves.toBe(4);
  await expect(line.innerText()).resolves.toMatch(/61,025,500|6102\.55万|61,025,500人/);
  expect(await px(page, '.map-aside .national-line'), `${label}: national line text px`).toBeGreaterThanOrEqual(minPx);
  if (!beside) return;
  const [l, a] = [await box(page, '.map-aside .national-line'), await box(page, '.map-aside')];
  expect(l.y >= a.y && l.y + l.height <= a.y + a.height + 0.5, `${label}: the national line (${l.y}–${l.y + l.height}) is cut by its column (${a.y}–${a.y + a.height})`).toBe(true);
}

/** Slide 4 (facilities as clusters): no facility marker or cluster covers a placed province name. */
async function expectMarkersClear(page: Page, index: number, label: string) {
  if (index !== 3) return;
  await settled(page);
  await expect
    .poll(() => page.$eval('#map', (el) => (el as HTMLElement).dataset.markerOverlaps), { message: `${label}: labels a marker covers` })
    .toBe('');
}

const px = (page: Page, selector: string) => page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));
const box = (page: Page, selector: string) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
});
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('presentation in real rooms (issue 16)', () => {
  it('1920×1080: readable from the back row, the map 75% of the height, every named province labelled and in view', async () => {
    await eachSlide({ width: 1920, height: 1080 }, async (page, i) => {
      await expectNamedInView(page, i, '1920×1080');
      await expectNationalLine(page, i, '1920×1080', 16);
      await expectMarkersClear(page, i, '1920×1080');
      await capture(page, `presentation-1920x1080-slide${i + 1}.png`);
      expect(await px(page, '.presentation-bar .caption')).toBeGreaterThanOrEqual(32);
      expect(await px(page, '.legend-label')).toBeGreaterThanOrEqual(22);
      expect(await px(page, '.legend-title')).toBeGreaterThanOrEqual(22);
      expect(await px(page, '.presentation-bar .slide-sources')).toBeGreaterThanOrEqual(16);
      const { labelPx } = await settled(page);
      expect(labelPx).toBeGreaterThanOrEqual(16);
      const map = await box(page, '#map');
      expect(map.height / 1080, 'share of the screen height the map has').toBeGreaterThanOrEqual(0.75);
      expect(map.y).toBeGreaterThanOrEqual(0);
      expect(map.y + map.height).toBeLessThanOrEqual(1080);
      // One screen: nothing to scroll to, Next on screen.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
      const next = await box(page, '.presentation-controls .primary');
      expect(next.y + next.height).toBeLessThanOrEqual(1080);
      expect(overlaps(await box(page, '.legend'), map)).toBe(false);
    });
  });

  it('1024×768 (4:3): the legend stands beside the map, covering no province; named provinces labelled and in view', async () => {
    await eachSlide({ width: 1024, height: 768 }, async (page, i) => {
      await expectNamedInView(page, i, '1024×768');
      await expectNationalLine(page, i, '1024×768', 14);
      await expectMarkersClear(page, i, '1024×768');
      await capture(page, `presentation-1024x768-slide${i + 1}.png`);
      expect(overlaps(await box(page, '.legend'), await box(page, '#map'))).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768);
    });
  });

  it('1280×800: named provinces labelled and in view', async () => {
    await eachSlide({ width: 1280, height: 800 }, async (page, i) => {
      await expectNamedInView(page, i, '1280×800');
      await expectNationalLine(page, i, '1280×800', 14);
      await capture(page, `presentation-1280x800-slide${i + 1}.png`);
    });
  });

  it('a 390×844 phone: caption and Previous/Next on the first screen, named provinces in view', async () => {
    await eachSlide({ width: 390, height: 844 }, async (page, i) => {
      await expectNamedInView(page, i, '390×844');
      // On a phone the legend's column follows the caption, below the first screen.
      await expectNationalLine(page, i, '390×844', 14, false);
      await capture(page, `presentation-390x844-slide${i + 1}.png`);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const caption = await box(page, '.presentation-bar .caption');
      expect(caption.y).toBeGreaterThanOrEqual(0);
      expect(caption.y + caption.height, 'caption bottom').toBeLessThanOrEqual(844);
      for (const button of ['.presentation-controls button:first-child', '.presentation-controls .primary']) {
        const b = await box(page, button);
        expect(b.y + b.height, button).toBeLessThanOrEqual(844);
      }
      expect((await box(page, '#map')).height).toBeGreaterThanOrEqual(240);
    });
  });

  it('high contrast changes the colours only, and stays on for the next slide', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?present=1&slide=2&sel=SC`);
    // The link is slide 2's own view: the map shows what the caption describes.
    await expect(page.locator('[data-action="show-slide"]').count()).resolves.toBe(0);
    const legend = () =>
      page.$$eval('.legend-entry', (els) =>
        els.map((el) => ({ text: el.querySelector('.legend-label')?.textContent, count: el.querySelector('.legend-count')?.textContent, colour: (el.querySelector('.swatch') as HTMLElement).style.background })),
      );
    const before = await legend();
    expect(before.map((e) => e.text)).toContain('-310K – 0');
    await page.locator('.presentation-controls [aria-pressed]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hc') === '1');
    const after = await legend();
    expect(after.map(({ text, count }) => ({ text, count }))).toEqual(before.map(({ text, count }) => ({ text, count })));
    expect(after.map((e) => e.colour)).not.toEqual(before.map((e) => e.colour));
    await expect(page.locator('.legend-note').innerText()).resolves.toContain('around 0');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
    expect(new URL(page.url()).searchParams.get('hc')).toBe('1');
    await expect(page.locator('.presentation-controls [aria-pressed]').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
