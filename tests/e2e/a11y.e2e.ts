import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { capture, openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * axe-core's source, evaluated in the page. The build's CSP (`script-src 'self'`) blocks
 * `page.addScriptTag`, with `path` as well as `content`, because Playwright inserts the file as an
 * inline <script>. `page.evaluate(source)` runs through the DevTools protocol, which the page's
 * CSP does not govern, and does not need the page to be reloaded (`addInitScript` also works, but
 * only before navigation, and `openPage` navigates itself).
 */
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** What fails the build; `moderate` and `minor` findings are printed but tolerated for now. */
const BLOCKING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
  count: number;
}

/**
 * Runs axe over the whole document. Nothing is excluded: MapLibre's canvas has role="region" and
 * an aria-label on its container, its controls are real buttons, and axe raised nothing inside
 * `.maplibregl-canvas-container` when this test was written. Exclude a part only with a comment
 * saying why axe cannot judge it.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      count: v.nodes.length,
    }));
  }, WCAG_TAGS);
}

const describeViolation = (v: Violation) =>
  `${v.id} [${v.impact}] ${v.help}: ${v.count} element(s), e.g. ${v.targets.slice(0, 3).join(' | ')} (${v.helpUrl.replace(/\?.*$/, '')})`;

/** Opens `query`, waits for `ready`, and expects no serious or critical WCAG 2.1 A/AA violation. */
async function expectAccessible(query: string, ready?: (page: Page) => Promise<unknown>) {
  const { page, context } = await openPage(browser(), `${baseUrl}${query}`);
  try {
    await ready?.(page);
    const violations = await axeViolations(page);
    const tolerated = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
    if (tolerated.length > 0) console.info(`axe ${query || '(default)'}: tolerated\n  ${tolerated.map(describeViolation).join('\n  ')}`);
    expect(violations.filter((v) => BLOCKING.has(v.impact ?? '')).map(describeViolation), `axe on ${query || 'the default view'}`).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('axe: no serious or critical WCAG 2.1 A/AA violations', () => {
  it('the main view', () => expectAccessible(''));

  it('the table tab with Sichuan selected', () =>
    expectAccessible('?tab=table&sel=SC', (page) => page.waitForSelector('.data-table tr.selected[data-unit="SC"]')));

  it('the province panel', () => expectAccessible('?sel=SC', (page) => page.waitForSelector('.panel[data-unit="SC"]')));

  it('the sources tab', () => expectAccessible('?tab=sources', (page) => page.waitForSelector('.source-list li')));

  it('the gaps tab with the synthetic demonstration facilities', () =>
    // Coverage is computed in a worker: wait for the ranking, so axe sees the full tab.
    expectAccessible('?tab=gaps&demo=1', (page) => page.waitForSelector('.gap-table tbody tr', { timeout: 30_000 })));

  it('the Chinese UI with Henan selected', () =>
    expectAccessible('?lang=zh&sel=HA', async (page) => {
      await page.waitForSelector('.panel[data-unit="HA"]');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    }));

  it('the share dialog', () =>
    expectAccessible('?i=children', async (page) => {
      await page.getByRole('button', { name: 'Share' }).click();
      await page.waitForSelector('.share svg.qr');
    }));

  it('the export dialog', () =>
    expectAccessible('', async (page) => {
      await page.locator('[data-action="export"]').click();
      await page.waitForSelector('[role="dialog"]');
    }));

  it('presentation mode', () =>
    expectAccessible('?present=1', async (page) => {
      // Without this, a build that ignores `present` would pass as the default view.
      expect(await page.locator('.presentation-bar').count(), '?present=1 shows no .presentation-bar: presentation mode is not there').toBeGreaterThan(0);
    }));
});

describe('phone, 375×812', () => {
  it('fits the width, and every control is a 44×44 px target', async () => {
    const { page, context } = await openPage(browser(), baseUrl, { width: 375, height: 812 });
    await capture(page, 'phone.png');

    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // The outermost elements that stick out on the right (their parent does not).
      const outermost = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 && (el.parentElement?.getBoundingClientRect().right ?? 0) <= width + 0.5)
        .slice(0, 10)
        .map((el) => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`);
      return { scrollWidth: document.documentElement.scrollWidth, outermost };
    });
    expect(overflow.scrollWidth, `page is wider than the phone: ${overflow.outermost.join('; ')}`).toBeLessThanOrEqual(375);

    const small = await page.evaluate((min) => {
      /** A short, human-findable name for an element in a failure message. */
      const nameOf = (el: Element) => {
        const attrs = ['id', 'data-action', 'data-method', 'data-type', 'data-role', 'role', 'type']
          .map((a) => (el.getAttribute(a) ? `[${a}="${el.getAttribute(a)}"]` : ''))
          .join('');
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
        return `${el.tagName.toLowerCase()}${cls}${attrs}${text ? ` "${text}"` : ''}`;
      };
      return [...document.querySelectorAll('button, select, input')]
        .filter((el) => !el.closest('.maplibregl-ctrl-attrib')) // MapLibre's attribution toggle: the library's own 24 px widget, not ours to size.
        .filter((el) => (el as HTMLElement).checkVisibility({ visibilityProperty: true }))
        .map((el) => {
          // A control inside a <label> is operated by clicking anywhere on the label (check boxes,
          // the file drop zone), so the label is the target that must be large enough.
          const target = el.tagName === 'INPUT' && el.closest('label') ? el.closest('label')! : el;
          const r = target.getBoundingClientRect();
          return { name: nameOf(el), w: Math.round(r.width), h: Math.round(r.height) };
        })
        .filter(({ w, h }) => w > 0 && h > 0 && (w < min || h < min))
        .map(({ name, w, h }) => `${name}: ${w}×${h}`);
    }, 44);
    expect(small, 'controls smaller than 44×44 CSS px (WCAG 2.5.5) at phone width').toEqual([]);

    // The header leaves the screen to the map: it starts within the top 40% (the header once
    // took 39% on its own, and the map began at 48%).
    const mapTop = await page.$eval('#map', (el) => el.getBoundingClientRect().top);
    expect(mapTop).toBeLessThan(812 * 0.4);
    await context.close();
  });

  it("presentation mode fits a phone too (a slide's link opened from its QR code)", async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?present=1&lang=zh`, { width: 375, height: 812 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    await context.close();
  });

  it('at 1280 px the header takes two rows: the title, then every control', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    const rows = await page.evaluate(() => {
      // Rows are 44 px or more apart; controls in one row start within a few px of each other.
      const tops = [...document.querySelectorAll('.app-header h1, .app-header select, .app-header button, .app-header input')]
        .map((el) => el.getBoundingClientRect().top)
        .sort((a, b) => a - b);
      return tops.filter((t, i) => i === 0 || t - tops[i - 1]! > 20).length;
    });
    expect(rows).toBeLessThanOrEqual(2);
    await context.close();
  });
});

describe('projector, 1920×1080', () => {
  const MIN_FONT_PX = 14;
  for (const [name, query] of [
    ['the default view', ''],
    ['presentation mode', '?present=1'],
  ] as const) {
    it(`${name}: the map and the legend are on screen, the legend's text at least ${MIN_FONT_PX} px`, async () => {
      const { page, context } = await openPage(browser(), `${baseUrl}${query}`, { width: 1920, height: 1080 });
      const boxes = await page.evaluate(() => {
        const onScreen = (sel: string) => {
          const el = document.querySelector(sel) as HTMLElement | null;
          if (!el || !el.checkVisibility({ visibilityProperty: true })) return 0;
          const r = el.getBoundingClientRect();
          const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
          const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
          return (w * h) / (r.width * r.height || 1); // share of the element inside the viewport
        };
        const map = document.getElementById('map')!.getBoundingClientRect();
        return { map: onScreen('#map'), legend: onScreen('.legend'), mapShareOfScreen: (map.width * map.height) / (innerWidth * innerHeight) };
      });
      expect(boxes.map, 'share of #map inside the viewport').toBeGreaterThan(0.9);
      expect(boxes.mapShareOfScreen, 'the map should fill a good part of a projected screen').toBeGreaterThan(0.3);
      expect(boxes.legend, 'share of .legend inside the viewport').toBe(1);

      // Every piece of legend text as rendered: CSS px for HTML, user units × the SVG's scale for the dot strip.
      const tooSmall = await page.evaluate((min) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('.legend *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (!own || !(el as HTMLElement).checkVisibility?.({ visibilityProperty: true })) continue;
          if (el.closest('title')) continue; // SVG <title> is a tooltip and accessible name, not drawn text
          // Exception: a facility marker's letter (`.marker`, aria-hidden) is a sample of the map
          // symbol at the map's own size, so the key looks like what it explains; its legibility is
          // the map symbol's question, not the legend text's.
          if (el.closest('.marker')) continue;
          let px = parseFloat(getComputedStyle(el).fontSize);
          if (el instanceof SVGElement) px *= (el as SVGGraphicsElement).getScreenCTM?.()?.a ?? 1;
          if (px < min) {
            const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
            out.push(`${el.tagName.toLowerCase()}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''} "${el.textContent!.trim().slice(0, 25)}": ${px.toFixed(1)}px`);
          }
        }
        return out;
      }, MIN_FONT_PX);
      expect(tooSmall, `legend text below ${MIN_FONT_PX} px at 1920×1080`).toEqual([]);
      await context.close();
    });
  }
});
