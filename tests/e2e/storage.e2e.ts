import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { formatStory } from '../../src/story/story';
import { CHROMIUM_PATH, FLAGS, openPage, useBrowser, waitReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * A school's page on another origin: `localhost` on its own port, embedding the app served on
 * `127.0.0.1` (another site too, so the iframe is third-party).
 */
let host: Server;
let hostUrl = '';
beforeAll(async () => {
  // `/?q=<the app's query>&w=&h=` sets the iframe's link and size; the default is the plain map.
  host = createServer((req, res) => {
    const asked = new URL(req.url ?? '/', 'http://host').searchParams;
    const src = `${baseUrl}?${asked.get('q') ?? 'lang=en'}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>A school page</title><h1>Our class</h1><iframe id="atlas" src="${src}" width="${asked.get('w') ?? 1000}" height="${asked.get('h') ?? 700}"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

describe('issue #16/#17: the atlas embedded on another origin, with third-party storage refused', () => {
  it('shows the map, not an error, and says once, quietly, that nothing is kept', async () => {
    // A fresh profile whose settings block third-party cookies, as many schools' browsers do:
    // there, merely reading window.localStorage in the iframe throws a SecurityError.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
    mkdirSync(join(dir, 'Default'));
    writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { block_third_party_cookies: true, cookie_controls_mode: 1 } }));
    const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, args: FLAGS, headless: true, viewport: { width: 1100, height: 800 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(hostUrl);
      const frame = page.frameLocator('#atlas');
      await frame.locator('#map[data-ready="true"]').waitFor({ timeout: 45_000 });
      const atlas = page.frames().find((f) => f.url().startsWith(baseUrl));
      // The condition under test really holds in that frame.
      await expect(atlas?.evaluate(() => {
        try {
          void window.localStorage;
          return 'allowed';
        } catch {
          return 'refused';
        }
      })).resolves.toBe('refused');
      const notices = frame.locator('.notices li');
      await expect(notices.allInnerTexts()).resolves.toEqual([expect.stringMatching(/does not allow storage here/)]);
      await expect(frame.locator('[role="alert"]').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await page.screenshot({ path: 'tests/artifacts/embed-cross-origin.png' });
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Opens the host page with the app's `query` in a `w`×`h` iframe; returns the frame once the map is ready. */
async function hostPage(query: string, w: number, h: number) {
  const context = await browser().newContext({ viewport: { width: w + 100, height: h + 200 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${hostUrl}?q=${encodeURIComponent(query)}&w=${w}&h=${h}`);
  const frame = page.frameLocator('#atlas');
  await frame.locator('#map[data-ready="true"]').waitFor({ timeout: 45_000 });
  return { page, frame, errors, context };
}

/** Each of `selectors` is drawn whole inside the iframe's box (nothing to scroll to, nothing cut). */
async function expectInsideFrame(page: Page, frame: FrameLocator, selectors: string[], label: string) {
  const outer = (await page.locator('#atlas').boundingBox())!;
  for (const sel of selectors) {
    const b = await frame.locator(sel).boundingBox();
    expect(b, `${label}: ${sel} is not drawn`).not.toBeNull();
    const inside = b!.x >= outer.x - 1 && b!.y >= outer.y - 1 && b!.x + b!.width <= outer.x + outer.width + 1 && b!.y + b!.height <= outer.y + outer.height + 1;
    expect(inside, `${label}: ${sel} at ${JSON.stringify(b)} is not inside the ${outer.width}×${outer.height} frame`).toBe(true);
  }
}

const slideShown = (frame: FrameLocator) => frame.locator('.presentation-bar .caption').getAttribute('data-slide');

describe('issue #16: a story embedded in another site’s page', () => {
  for (const [w, h] of [[800, 450], [640, 480]] as const) {
    it(`plays the built-in story in a ${w}×${h} iframe: caption, sources, Previous and Next in the frame; Next and ←/→ step`, async () => {
      const { page, frame, errors, context } = await hostPage('embed=1&present=1', w, h);
      // The slide's own view, not the default map with an "other figures" warning.
      await expect(frame.locator('.map-title').innerText()).resolves.toMatch(/^Children aged 0–14, 2010/);
      await expect(frame.locator('.off-slide').count()).resolves.toBe(0);
      await expect(slideShown(frame)).resolves.toBe('0');
      // Chrome-less: no side panel, no header actions, no Exit (it would leave the story).
      await expect(frame.locator('.side, .header-actions, .presentation-controls .exit').count()).resolves.toBe(0);
      const parts = ['.presentation-bar .caption', '.presentation-bar .slide-sources', '.presentation-controls button:first-child', '.presentation-controls button.primary', '#map', '.legend'];
      await expectInsideFrame(page, frame, parts, `${w}×${h} slide 1`);
      await page.screenshot({ path: `tests/artifacts/embed-story-${w}x${h}.png` });

      await frame.getByRole('button', { name: /Next/ }).click();
      await expect.poll(() => slideShown(frame)).toBe('1');
      await expect(frame.locator('.map-title').innerText()).resolves.toMatch(/^Net sender/);
      await expectInsideFrame(page, frame, parts, `${w}×${h} slide 2`);
      const atlas = page.frames().find((f) => f.url().startsWith(baseUrl))!;
      expect(new URL(atlas.url()).searchParams.get('embed')).toBe('1');

      // The frame has the focus (Next was clicked in it): the arrow keys step like a clicker.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slideShown(frame)).toBe('2');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slideShown(frame)).toBe('1');
      await frame.getByRole('button', { name: /Previous/ }).click();
      await expect.poll(() => slideShown(frame)).toBe('0');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('plays a teacher’s own story (story=) in the iframe, in Chinese', async () => {
    const story = formatStory([
      { view: 'v=1&i=children&y=2020&sel=GS', caption: { en: 'Gansu, 2020', zh: '甘肃，2020年' }, sources: [] },
      { view: 'v=1&i=acwfshare', caption: { en: 'ACWF shares', zh: '全国妇联的比例' }, sources: [] },
    ]);
    const { page, frame, errors, context } = await hostPage(`embed=1&present=1&lang=zh&story=${story}`, 800, 450);
    await expect(frame.locator('.presentation-bar .caption').innerText()).resolves.toBe('甘肃，2020年');
    await expect(frame.locator('.map-title').innerText()).resolves.toContain('2020');
    await expect(frame.locator('.presentation-controls .counter').innerText()).resolves.toMatch(/1.*2/);
    await frame.locator('.presentation-controls button.primary').click();
    await expect.poll(() => frame.locator('.presentation-bar .caption').innerText()).toBe('全国妇联的比例');
    await expect.poll(() => frame.locator('.map-title').innerText()).toContain('全国妇联');
    await expect(frame.locator('.presentation-controls button.primary').isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: 'tests/artifacts/embed-story-mine.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('issue #17: the preview server sends what we claim', () => {
  it('sends the Content-Security-Policy as a header, with frame-ancestors, which the meta tag leaves out', async () => {
    const response = await fetch(baseUrl);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("default-src 'self'");
    expect(header).toMatch(/frame-ancestors \*/);
    const html = await response.text();
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).not.toContain('frame-ancestors');
  });
});

describe('issue #17 finding 5: opening IndexedDB never settles', () => {
  it('the page still opens, from memory, and says so', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      // An open request that never fires success, error or blocked.
      IDBFactory.prototype.open = function () {
        const request = Object.create(IDBOpenDBRequest.prototype) as IDBOpenDBRequest;
        Object.defineProperties(request, { addEventListener: { value: () => undefined }, removeEventListener: { value: () => undefined } });
        return request;
      };
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await waitReady(page);
    await expect(page.locator('.notices li').allInnerTexts()).resolves.toEqual([expect.stringMatching(/did not open in time/)]);
    await context.close();
  });
});

describe('issue #17 finding 3: a full storage loses nothing', () => {
  it('Map N values and Add facilities keep the review open, say why, and keep what was there', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    // First a table that saves, then every IndexedDB put fails as on a full disk.
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/messy-homes.csv');
    await page.getByRole('button', { name: /Map 3 values/ }).click();
    await page.getByRole('tab', { name: 'Your data' }).click();
    await expect(page.locator('.imported-list li').count()).resolves.toBe(1);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });

    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/messy-homes.csv');
    await page.getByRole('button', { name: /Map 3 values/ }).click();
    const alert = page.locator('[data-storage-problem="quota"]');
    await expect(alert.innerText()).resolves.toMatch(/storage for this site is full, so nothing was saved or changed/);
    // The review is still open, with its button; the list still holds the one table.
    await expect(page.getByRole('button', { name: /Map 3 values/ }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.imported-list li').count()).resolves.toBe(1);

    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/facilities.csv');
    await page.getByRole('button', { name: /Add \d+ facilities/ }).click();
    await expect(alert.innerText()).resolves.toMatch(/full/);
    await expect(page.getByRole('button', { name: /Add \d+ facilities/ }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: 'tests/artifacts/storage-quota.png' });
    expect(log.errors).toEqual([]);

    // After a reload the table saved before the failures is still there.
    await page.reload();
    await waitReady(page);
    await page.getByRole('tab', { name: 'Your data' }).click();
    await expect(page.locator('.imported-list li').count()).resolves.toBe(1);
    await context.close();
  });
});
