import { describe, expect, inject, it } from 'vitest';
import { capture, openPage, useBrowser, waitReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('issue #16: a year control with play, for a table with five years', () => {
  it('imports 2016–2020; the slider steps with ← →, Play runs to 2020 and stops, and the link keeps the year', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    // Years change slowly for a viewer who asked for reduced motion; play still reaches the end.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/five-years.csv');
    await page.getByRole('button', { name: /Map \d+ values/ }).click();
    const control = page.locator('.year-play');
    await expect.poll(() => control.getAttribute('data-year')).toBe('2020');
    const slider = page.locator('#year-slider');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('2020');

    const entriesBefore = await page.evaluate(() => history.length);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => control.getAttribute('data-year')).toBe('2016');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => control.getAttribute('data-year')).toBe('2017');
    await expect.poll(() => new URL(page.url()).searchParams.get('y')).toBe('2017');
    await expect(page.locator('.map-title').innerText()).resolves.toMatch(/, 2017/);
    // The keys stayed with the slider: nothing else moved.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('year-slider');
    await capture(page, 'year-play-2017.png');

    // Play from 2017: every year in turn on the control, the title and the legend's counts, then it stops at 2020.
    const seen = new Set<string>();
    const legends = new Set<string>();
    await page.locator('[data-action="play"]').click();
    await expect(control.getAttribute('data-playing')).resolves.toBe('true');
    await expect
      .poll(
        async () => {
          const [year, playing] = await Promise.all([control.getAttribute('data-year'), control.getAttribute('data-playing')]);
          seen.add(year ?? '');
          legends.add((await page.locator('.legend-count').allInnerTexts()).join(','));
          return playing === 'false' && year === '2020';
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(true);
    expect([...seen].sort()).toEqual(expect.arrayContaining(['2018', '2019', '2020']));
    expect(legends.size, 'the legend\'s class counts follow the year').toBeGreaterThan(1);
    await expect(page.locator('.map-title').innerText()).resolves.toMatch(/, 2020/);
    expect(new URL(page.url()).searchParams.get('y')).toBe('2020');
    await expect(page.locator('[data-action="play"]').innerText()).resolves.toContain('Play');
    await capture(page, 'year-play-2020.png');
    // The keys' steps and the whole play are one history entry (#16: Back went through every year):
    // Back returns to the view before the first step, which named no year.
    await expect(page.evaluate(() => history.length)).resolves.toBe(entriesBefore + 1);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('y')).toBeNull();
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.get('y')).toBe('2020');
    await expect.poll(() => control.getAttribute('data-year')).toBe('2020');

    // A link to 2018 opens on 2018 (the table is in this browser's storage).
    const link = new URL(page.url());
    link.searchParams.set('y', '2018');
    await page.goto(link.href);
    await waitReady(page);
    await expect.poll(() => control.getAttribute('data-year')).toBe('2018');
    await expect(page.locator('.map-title').innerText()).resolves.toMatch(/, 2018/);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('census indicators (two years) keep the two-button year choice, without Play', async () => {
    const { page, context } = await openPage(browser(), `${baseUrl}?i=children`);
    await expect(page.locator('.years [role="radio"]').count()).resolves.toBe(2);
    await expect(page.locator('[data-action="play"]').count()).resolves.toBe(0);
    await context.close();
  });
});
