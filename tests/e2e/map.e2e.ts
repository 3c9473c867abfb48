import { describe, expect, inject, it } from 'vitest';
import { capture, close, hexToRgb, openPage, pixelAt, project, useBrowser, waitReady } from './browser';
import { interiorPoints } from './geometry';
import { expectedView } from './testData';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the map', () => {
  it('becomes ready, from our own origin only, with no console errors, and colours Sichuan by its class', async () => {
    const { page, log, context } = await openPage(browser(), baseUrl);
    const origin = new URL(baseUrl).origin;
    const png = await capture(page, 'default-view.png');

    const expected = hexToRgb(expectedView({}).byId.get('SC')!.fill);
    const points = interiorPoints('SC', 5);
    expect(points.length).toBeGreaterThanOrEqual(3);
    const matches: boolean[] = [];
    for (const [lon, lat] of points) {
      const { x, y } = await project(page, lon, lat);
      matches.push(close(pixelAt(png, x, y), expected));
    }
    expect(matches.filter(Boolean).length).toBeGreaterThanOrEqual(points.length - 1);

    // The legend and the source line are on screen.
    await expect(page.locator('.legend-entry[data-key="nodata"]').count()).resolves.toBe(1);
    await expect(page.locator('.source-line').innerText()).resolves.toContain('National Bureau of Statistics');

    // After ready, the parts loaded on first use are fetched while the page is idle, so they still
    // open if the network goes (from the same origin: the check below covers them).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/assets\/importFeature-[^/]*\.js$/.test(e.name)));
    const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('starts from two scripts: our entry and MapLibre (the parts that load on first use come after ready)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    // The scripts the page had asked for when the map turned ready, read at that moment.
    await context.addInitScript(() => {
      const w = window as unknown as { scriptsAtReady?: string[] };
      new MutationObserver(() => {
        if (w.scriptsAtReady || document.getElementById('map')?.dataset.ready !== 'true') return;
        w.scriptsAtReady = performance
          .getEntriesByType('resource')
          .map((e) => e.name.replace(/^.*\//, ''))
          .filter((n) => /\.m?js$/.test(n));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await waitReady(page);
    const scripts = await page.evaluate(() => (window as unknown as { scriptsAtReady: string[] }).scriptsAtReady);
    // Each script is a request, and a browser opens six at a time to one host: with the first
    // view split into 36 chunks, MapLibre's own waited behind them (#18).
    const names = scripts.map((n) => n.replace(/-[\w-]{8}\.m?js$/, '')).sort();
    expect(names).toEqual(['index', 'maplibre', 'maplibre-gl-worker']);
    await context.close();
  });

  it('shows a tooltip on hover, opens the panel on click, and clears it with Escape and a click on the sea', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    const [lon, lat] = interiorPoints('SC', 1)[0]!;
    const p = await project(page, lon, lat);
    await page.mouse.move(p.x, p.y);
    const tip = page.locator('.tooltip');
    await tip.waitFor();
    const text = await tip.innerText();
    expect(text).toContain('Sichuan');
    expect(text).toContain('四川');
    expect(text).toMatch(/[+-][\d,]+ persons/);

    await page.mouse.click(p.x, p.y);
    const panel = page.locator('.panel[data-unit="SC"]');
    await panel.waitFor();
    await expect(panel.locator('.figure').count()).resolves.toBeGreaterThan(10);
    const panelText = await panel.innerText();
    expect(panelText).toContain('中国新闻网'); // MCA 2018 count, as reported by China News Service
    expect(panelText).toContain('National Bureau of Statistics'); // census figures
    expect(page.url()).toContain('sel=SC');

    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);

    await page.mouse.click(p.x, p.y);
    await panel.waitFor();
    const sea = await project(page, 125, 25); // East China Sea, between Taiwan and Okinawa
    await page.mouse.click(sea.x, sea.y);
    await expect(panel.count()).resolves.toBe(0);
    await context.close();
  });

  it('keeps the indicator and the selection across a reload, and Back restores the previous view', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children&sel=HA`);
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe('children');
    await expect(page.locator('.panel').getAttribute('data-unit')).resolves.toBe('HA');

    await page.selectOption('#indicator-select', 'childshare');
    expect(new URL(page.url()).searchParams.get('i')).toBe('childshare');
    await page.reload();
    await waitReady(page);
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe('childshare');
    await expect(page.locator('.panel').getAttribute('data-unit')).resolves.toBe('HA');
    await expect(page.locator('.legend').innerText()).resolves.toContain('%');

    await page.goBack();
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe('children');
    await capture(page, 'deep-link-children-henan.png');
    await context.close();
  });

  it('reports an invalid link parameter and shows the default instead', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=%3Cimg%20src=x%3E&sel=SC`);
    const notice = page.locator('.notices');
    await expect(notice.innerText()).resolves.toContain('i=<img src=x>');
    await expect(page.locator('.notices img').count()).resolves.toBe(0);
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe('netsend');
    await expect(page.locator('.panel').getAttribute('data-unit')).resolves.toBe('SC');
    await context.close();
  });
});
