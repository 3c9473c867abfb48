import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
  host = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>A school page</title><h1>Our class</h1><iframe id="atlas" src="${baseUrl}?lang=en" width="1000" height="700"></iframe>`);
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
