import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Province ids in the Gaps tab's ranking, top first. */
async function gapsOrder(page: Page): Promise<string[]> {
  await page.waitForSelector('.gap-table tbody tr[data-unit]');
  await page.waitForFunction(() => !document.querySelector('.gaps [role="status"]'));
  return page.locator('.gap-table tbody tr[data-unit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit') as string));
}

/** Province id → the rank the Table tab shows ('–' where it shows none). */
async function tableRanks(page: Page): Promise<Map<string, string>> {
  await page.waitForSelector('.data-table tbody tr[data-unit]');
  const pairs = await page
    .locator('.data-table tbody tr[data-unit]')
    .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-unit') as string, (r.querySelector('td.num') as HTMLElement).innerText.trim()] as const));
  return new Map(pairs);
}

describe('the Table tab ranks the gap score as the Gaps tab does (#13)', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`every ranked province has the same rank in both tabs (${lang})`, async () => {
      const { page, log, context } = await openPage(browser(), `${baseUrl}?demo=1&i=covgap&tab=gaps${lang === 'zh' ? '&lang=zh' : ''}`);
      const order = await gapsOrder(page);
      expect(order.length).toBeGreaterThan(20);
      await page.locator("#tab-table").click();
      await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('table');
      const ranks = await tableRanks(page);
      // Rank 1 is the largest gap in both: the Table tab once ranked the score ascending, and tied ranks showed 1 twice.
      // The three units without census children (Hong Kong, Macao, Taiwan) close both lists, unranked.
      expect(order.map((u) => ranks.get(u))).toEqual(order.map((_, i) => (i < 31 ? String(i + 1) : '–')));
      const ranked = [...ranks.values()].filter((r) => r !== '–');
      expect(new Set(ranked).size, 'no rank shown twice').toBe(ranked.length);
      expect(log.errors).toEqual([]);
      await context.close();
    });
  }
});
