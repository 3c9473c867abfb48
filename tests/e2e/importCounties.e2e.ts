import { describe, expect, inject, it } from 'vitest';
import { afterRepaint, capture, openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// tests/e2e/fixtures/counties.csv: made-up test figures for seven counties of three provinces.
// Hand-computed totals: Anhui 12,345 + 8,210 + 20,001 + 31,500 = 72,056; Henan 40,250 + 15,750 =
// 56,000; Jiangxi (one county) 9,999.
describe('importing a county table (#14)', () => {
  it('says the rows are counties, sums them into their provinces as chosen, and the map shows the totals', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/counties.csv');

    const combining = page.locator('.combining');
    await expect(combining.locator('.sub-province').innerText()).resolves.toMatch(/These 7 rows are counties .*column “代码”/);
    await expect(page.locator('.join-summary').innerText()).resolves.toMatch(/7 of 7 rows matched/);
    // Several rows per province: choose one row first, then sum, as a planner trying both would.
    await page.selectOption('select[data-role="combine"]', 'one');
    await expect(combining.locator('li[data-group="AH|0"]').innerText()).resolves.toMatch(/4 rows → Row 2/);
    await page.selectOption('select[data-role="combine"]', 'sum');
    await expect(combining.locator('.combined-groups summary').innerText()).resolves.toMatch(/2 provinces have several rows \(6 rows in all\)/);
    await expect(combining.locator('li[data-group="AH|0"]').innerText()).resolves.toMatch(/4 rows → sum 72,056/);
    // The source column is found and kept.
    await expect(page.locator('select[data-role="source"]').inputValue()).resolves.toBe('来源');

    // Every pairing is listed before anything is applied, and searchable.
    await page.locator('.pairings summary').click();
    await expect.poll(() => page.locator('.pairings tbody tr').count()).toBe(7);
    await page.locator('.pairings-search').fill('Henan');
    await expect.poll(() => page.locator('.pairings tbody tr').count()).toBe(2);
    await capture(page, 'import-counties-en.png');

    // The action stays in view however long the report: with the panel scrolled to the report's
    // end (as the wheel over it does), the button is still inside the panel's visible part.
    const apply = page.locator('[data-action="apply"]');
    await page.locator('.pairings-search').fill('');
    const inView = await page.locator('.review').evaluate((review) => {
      let panel: HTMLElement | null = review.parentElement;
      while (panel && !/(auto|scroll)/.test(getComputedStyle(panel).overflowY)) panel = panel.parentElement;
      if (!panel) return 'no scrolling panel';
      if (panel.scrollHeight <= panel.clientHeight + 100) return `report too short to test (${panel.scrollHeight} px)`;
      panel.scrollTop = panel.scrollHeight;
      const p = panel.getBoundingClientRect();
      const b = document.querySelector('[data-action="apply"]')!.getBoundingClientRect();
      return b.top >= p.top && b.bottom <= p.bottom ? 'in view' : `out of view: button ${b.top}–${b.bottom}, panel ${p.top}–${p.bottom}`;
    });
    expect(inView).toBe('in view');
    await afterRepaint(page, () => apply.click());
    // The choice travels with the dataset: its definition line says how rows were combined.
    await expect(page.locator('.definition').first().innerText()).resolves.toMatch(/7 rows are counties .*several rows \(2 provinces, 6 rows\), the value is their sum/);
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.locator('.data-table tr[data-unit="AH"]').innerText()).resolves.toContain('72,056');
    await expect(page.locator('.data-table tr[data-unit="HA"]').innerText()).resolves.toContain('56,000');
    await expect(page.locator('.data-table tr[data-unit="JX"]').innerText()).resolves.toContain('9,999');
    await expect(page.locator('.data-table tr[data-unit="SC"]').innerText()).resolves.toContain('No data');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('shows the review in Chinese', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data&lang=zh`);
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/counties.csv');
    await expect(page.locator('.sub-province').innerText()).resolves.toMatch(/这 7 行是县级单位/);
    await page.locator('.pairings summary').click();
    await capture(page, 'import-counties-zh.png');
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
