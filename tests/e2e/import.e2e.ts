import { describe, expect, inject, it } from 'vitest';
import { afterRepaint, capture, close, openPage, pixelAt, project, useBrowser, waitReady } from './browser';
import { interiorPoints } from './geometry';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Colour of the Sichuan row's class swatch in the table: the map reads the same classification. */
const sichuanSwatch = (page: import('playwright-core').Page) =>
  page.locator('.data-table tr[data-unit="SC"] .swatch').evaluate((el) => getComputedStyle(el).backgroundColor);

/**
 * Whether the 9×9 px around (x, y) look like the no-data hatch (src/map/hatchImage.ts): grey, and
 * striped, so light and dark pixels both (the pattern is filtered when drawn, so its two colours
 * are not exact). A flat class colour is neither.
 */
function hatchedAt(png: Parameters<typeof pixelAt>[0], x: number, y: number): boolean {
  const levels: number[] = [];
  for (let dy = -4; dy <= 4; dy++) {
    for (let dx = -4; dx <= 4; dx++) {
      const [r, g, b] = pixelAt(png, x + dx, y + dy);
      if (Math.max(r, g, b) - Math.min(r, g, b) > 12) return false; // a colour, not grey
      levels.push(r);
    }
  }
  return Math.min(...levels) < 180 && Math.max(...levels) > 200;
}

describe('importing a messy CSV', () => {
  it('shows the join report, takes a fix, recolours the map and survives a reload', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/messy-homes.csv');

    // The report comes before anything is applied: 7 rows, 3 matched, the typo with a suggestion.
    const summary = page.locator('.join-summary');
    await expect(summary.innerText()).resolves.toMatch(/4 of 7 rows matched/);
    const typo = page.locator('.unmatched tr[data-row="5"]');
    await expect(typo.innerText()).resolves.toContain('Did you mean Sichuan');
    // Markup in a name is shown as text, never run as HTML.
    await expect(page.locator('.unmatched .raw-key', { hasText: '<img src=x' }).count()).resolves.toBe(1);
    await expect(page.locator('.unmatched img').count()).resolves.toBe(0);
    await expect(page.locator('.parse-rule').innerText()).resolves.toMatch(/10,000/);

    // Fix the typo by picking Sichuan: Sichuan now has two rows. For a count, their sum is
    // proposed (#14); the user chooses one row instead, row 2.
    await page.selectOption('.unmatched tr[data-row="5"] select', 'SC');
    await expect(summary.innerText()).resolves.toMatch(/5 of 7 rows matched/);
    const group = page.locator('.combined-groups li[data-group="SC|2018"]');
    await expect(group.innerText()).resolves.toMatch(/2 rows → sum 12,005/);
    await page.selectOption('select[data-role="combine"]', 'one');
    await expect(group.innerText()).resolves.toMatch(/2 rows → Row 2/);

    await afterRepaint(page, () => page.getByRole('button', { name: /Map 3 values/ }).click());
    const id = new URL(page.url()).searchParams.get('i');
    expect(id).toMatch(/^u-[a-z0-9]+$/);
    await expect(page.locator('.map-title').innerText()).resolves.toContain('儿童之家');
    await expect(page.locator('.source-line').innerText()).resolves.toContain('messy-homes.csv');

    await page.getByRole('tab', { name: 'Table' }).click();
    const before = await sichuanSwatch(page);
    await expect(page.locator('.data-table tr[data-unit="SC"]').innerText()).resolves.toContain('12,000');
    await expect(page.locator('.data-table tr[data-unit="HN"]').innerText()).resolves.toContain('No data');
    // The map draws Sichuan in the colour the table's class swatch shows.
    const png = await capture(page, 'imported-view.png');
    const rgb = before.match(/\d+/g)!.map(Number) as [number, number, number];
    const hits = [];
    for (const [lon, lat] of interiorPoints('SC', 4)) {
      const p = await project(page, lon, lat);
      hits.push(close(pixelAt(png, p.x, p.y), rgb));
    }
    expect(hits.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    // Xinjiang had data before and has none now: the hatch layer's filter followed, and draws it
    // hatched; Sichuan, which has data, is flat.
    const hatched = async ([lon, lat]: [number, number]) => {
      const p = await project(page, lon, lat);
      return hatchedAt(png, p.x, p.y);
    };
    const xinjiang = await Promise.all(interiorPoints('XJ', 4).map(hatched));
    expect(xinjiang.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    await expect(Promise.all(interiorPoints('SC', 3).map(hatched))).resolves.toEqual([false, false, false]);

    // IndexedDB keeps it across a reload, and the link still names it.
    await page.reload();
    await waitReady(page);
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe(id);
    expect(await sichuanSwatch(page)).toBe(before);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('a share link can carry a small imported table: a fresh browser opens the same view, saying where it came from', async () => {
    const mine = await openPage(browser(), `${baseUrl}?tab=data`);
    await mine.page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/messy-homes.csv');
    await afterRepaint(mine.page, () => mine.page.getByRole('button', { name: /Map \d+ values/ }).click());
    const id = new URL(mine.page.url()).searchParams.get('i')!;
    await mine.page.getByRole('button', { name: 'Share' }).click();
    const linkBox = mine.page.locator('#share-link');
    expect(await linkBox.inputValue()).not.toContain('data=');
    await mine.page.locator('[data-action="carry-tables"]').check();
    const link = await linkBox.inputValue();
    expect(link).toContain(`i=${id}`);
    expect(link).toContain('data=');
    await expect(mine.page.locator('.share .local-data').innerText()).resolves.toContain('The link carries your table');
    expect(mine.log.errors).toEqual([]);
    await mine.context.close();

    // Another browser profile, with nothing imported: the link offers the table, and changes nothing until it is added.
    const theirs = await openPage(browser(), link);
    await expect(theirs.page.locator('.shared-review').innerText()).resolves.toMatch(/carries a table[\s\S]*messy-homes\.csv/);
    await expect(theirs.page.locator('.map-title').innerText()).resolves.not.toContain('儿童之家');
    expect(theirs.page.url()).toContain('data=');
    await theirs.page.screenshot({ path: 'tests/artifacts/shared-review.png' });
    await afterRepaint(theirs.page, () => theirs.page.locator('[data-action="accept-shared"]').click());
    await expect(theirs.page.locator('.map-title').innerText()).resolves.toContain('儿童之家');
    await expect(theirs.page.locator('.notices').innerText()).resolves.toContain('This link carried a table');
    await expect(theirs.page.locator('.source-line').innerText()).resolves.toContain('shared in a link');
    await theirs.page.getByRole('tab', { name: 'Table' }).click();
    await expect(theirs.page.locator('.data-table tr[data-unit="SC"]').innerText()).resolves.toContain('12,000');
    // The table is kept in their browser, so the address bar no longer needs it.
    expect(theirs.page.url()).not.toContain('data=');
    await theirs.page.reload();
    await waitReady(theirs.page);
    await expect(theirs.page.locator('#indicator-select').inputValue()).resolves.toBe(id);
    expect(theirs.log.errors).toEqual([]);
    await theirs.context.close();
  });

  it('rejects a binary file with one clear message and keeps what was loaded', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?tab=data&i=children`);
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/junk.csv');
    const rejected = page.locator('.rejected');
    await expect(rejected.innerText()).resolves.toContain('Nothing you had was changed');
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe('children');
    await expect(page.locator('#map').getAttribute('data-ready')).resolves.toBe('true');
    await context.close();
  });
});
