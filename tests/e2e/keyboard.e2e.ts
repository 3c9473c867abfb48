import { describe, expect, inject, it } from 'vitest';
import { capture, openPage, tabToMap, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('keyboard only', () => {
  it('starts at Sichuan, reaches Henan with the arrow keys, hears each province, and selects it with Enter', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?sel=SC`);
    // Tab through the page until the map has focus, as a keyboard user would.
    await tabToMap(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map');
    const map = page.locator('#map');
    await expect(map.getAttribute('data-focused')).resolves.toBe('SC');
    const announcer = page.locator('#map-announcer');
    await expect(announcer.innerText()).resolves.toMatch(/Sichuan 四川: \+[\d,]+ persons, class \d of \d .*, rank \d+ of 31/);

    for (const [key, unit] of [
      ['ArrowRight', 'CQ'],
      ['ArrowRight', 'HB'],
      ['ArrowUp', 'HA'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(map.getAttribute('data-focused')).resolves.toBe(unit);
    }
    await expect(announcer.innerText()).resolves.toContain('Henan 河南');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'HA');
    await expect(page.locator('.panel').getAttribute('data-unit')).resolves.toBe('HA');
    await capture(page, 'keyboard-henan.png');

    // Escape leaves the map and keeps the selection.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('map');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('HA');
    await context.close();
  });

  it('finds provinces by name in either language, traditional characters and codes included', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    const box = page.locator('.province-search input');
    for (const [query, unit] of [
      ['內蒙古', 'NM'],
      ['Shaanxi', 'SN'],
      ['CN-SC', 'SC'],
    ] as const) {
      await box.fill(query);
      await box.press('Enter');
      await page.waitForFunction((u) => new URL(location.href).searchParams.get('sel') === u, unit);
    }
    await box.fill('Sichaun');
    await box.press('Enter');
    await expect(page.locator('.province-search [role="status"]').innerText()).resolves.toContain('Did you mean Sichuan');
    await context.close();
  });
});
