import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { chromium, type Browser, type ConsoleMessage, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = 'tests/artifacts';

/** Flags measured on these machines (see README): no sandbox as root, software GL, no background network. */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** One browser per test file: launched before its tests, closed after. Call at the file's top level. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

export function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}

/** What a page did that the tests check: every request's URL and every console error. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

/** SwiftShader's ReadPixels stall warnings are noise, not app errors. */
const NOISE = /GPU stall due to ReadPixels/;

export async function openPage(browser: Browser, url: string, size = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const log: PageLog = { requests: [], errors: [] };
  page.on('request', (r: Request) => log.requests.push(r.url()));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && !NOISE.test(m.text())) log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.goto(url);
  await waitReady(page);
  return { page, log, context };
}

/**
 * Presses Tab until the map has keyboard focus, as a keyboard user would, at most once round every
 * focusable element. Where the walk starts is the browser's: Chromium 150 starts after a table row
 * scrolled into view, 156 at the top of the page, so a fixed count of presses is not enough.
 */
export async function tabToMap(page: Page): Promise<void> {
  const focusables = await page.locator('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').count();
  for (let i = 0; i <= focusables + 1; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === 'map') return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach the map in ${focusables + 2} presses`);
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 45_000 });
}

/**
 * Runs `action` and waits until the map has rendered the view it caused (the adapter's
 * `data-painted` counter moves on after the next idle).
 */
export async function afterRepaint(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = Number((await page.locator('#map').getAttribute('data-painted')) ?? '0');
  await action();
  await page.waitForFunction((n) => Number(document.getElementById('map')?.dataset.painted ?? '0') > n, before);
}

/** Screen position (CSS px, page coordinates) of [lon, lat], from the camera the map publishes. */
export async function project(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const { camera, box } = await page.$eval('#map', (el) => {
    const r = el.getBoundingClientRect();
    return { camera: (el as HTMLElement).dataset.camera ?? '', box: { x: r.x, y: r.y, w: r.width, h: r.height } };
  });
  const [clon, clat, zoom] = camera.split(',').map(Number) as [number, number, number];
  // Web Mercator with MapLibre's 512-px world at zoom 0.
  const world = 512 * 2 ** zoom;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (p: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return { x: box.x + box.w / 2 + mx(lon) - mx(clon), y: box.y + box.h / 2 + my(lat) - my(clat) };
}

/** A screenshot decoded to RGBA, to read pixel colours from what was really drawn. */
export async function capture(page: Page, file?: string): Promise<PNG> {
  const buf = await page.screenshot(file ? { path: `${ARTIFACTS}/${file}` } : {});
  return PNG.sync.read(buf);
}

export function pixelAt(png: PNG, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i] as number, png.data[i + 1] as number, png.data[i + 2] as number];
}

export function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.replace('#', ''), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

export function close(a: [number, number, number], b: [number, number, number], tolerance = 3): boolean {
  return a.every((v, i) => Math.abs(v - (b[i] as number)) <= tolerance);
}
