import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { capture, openPage, useBrowser } from './browser';
import { countyGrid, keepSet, regionSetOf } from './regionFixtures';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const { cells, regions } = countyGrid('AH', 115, 34.4, 12);
const SET = regionSetOf('r-e2eshare01', 'anhui_share.geojson', regions);

describe('sharing a region view (#15)', () => {
  const CASES = [
    { lang: 'en', size: { width: 1280, height: 800 } },
    { lang: 'zh', size: { width: 1280, height: 800 } },
    { lang: 'zh', size: { width: 390, height: 844 } },
  ] as const;
  for (const { lang, size } of CASES) {
    it(`Share says the boundary file stays in this browser, and its export and Export ▸ CSV write the region table (${lang}, ${size.width}×${size.height})`, async () => {
      const { page, log, context } = await openPage(browser(), baseUrl, size);
      await keepSet(page, SET);
      await page.goto(`${baseUrl}?v=1&i=children&y=2020&rs=${SET.id}&rsf=${SET.fileName}${lang === 'zh' ? '&lang=zh' : ''}`);
      await page.waitForSelector(`#map[data-regions="${SET.id}"]`, { timeout: 45_000 });

      await page.locator('.header-actions .share-button:not([data-action])').click();
      const note = page.locator('.share [data-region-file]');
      await expect(note.innerText()).resolves.toContain('“anhui_share.geojson”');
      await note.scrollIntoViewIfNeeded();
      await capture(page, `share-regions-${lang}-${size.width}.png`);
      // The share dialog's export: the region table (one row per region, the boundary file on every row), not the provinces.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.share .local-data button').click()]);
      expect(download.suggestedFilename()).toContain('anhui-share');
      const rows = (await readFile((await download.path()) as string, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
      const codes = new Set(cells.map((c) => c.code));
      const data = rows.filter((l) => codes.has(l.split(',')[0] ?? '') || cells.some((c) => l.includes(c.code)));
      expect(data.length).toBe(cells.length);
      for (const l of data) expect(l).toContain('anhui_share.geojson');
      expect(rows.some((l) => l.includes('510000'))).toBe(false);
      await page.keyboard.press('Escape');

      // Export ▸ CSV on the same view: the same table.
      await page.locator('[data-action="export"]').click();
      const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="csv"]').click()]);
      expect(csv.suggestedFilename()).toBe(download.suggestedFilename());
      expect(log.errors).toEqual([]);
      await context.close();
    });
  }
});
