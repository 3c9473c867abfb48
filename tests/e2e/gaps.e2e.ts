import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PNG } from 'pngjs';
import { ARTIFACTS, capture, openPage, project, useBrowser } from './browser';
import { interiorPoints } from './geometry';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The facility count under a province's supply in the ranking, e.g. "5 facilities" → 5. */
async function countIn(page: Page, unit: string): Promise<number> {
  const text = await page.locator(`.gap-table tr[data-unit="${unit}"] [data-col="facilities"]`).innerText();
  return Number(/\d+/.exec(text)?.[0]);
}

/** Waits for coverage to settle: no "Computing…" status, the ranking shown. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('.gap-table tbody tr[data-unit]');
  await page.waitForFunction(() => !document.querySelector('.gaps [role="status"]'));
}

describe('the Gaps tab follows every choice on screen (#13)', () => {
  it('imports facilities of mixed types; unticking a type changes the counts in the ranking and the link', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/facilities.csv');
    // Line 9 has no coordinates, line 10 an unreadable latitude: both named in the report.
    const issues = page.locator('.issues .issue-list');
    await expect(issues.textContent()).resolves.toContain('Row 9: neither longitude nor latitude is given');
    await expect(issues.textContent()).resolves.toContain('Row 10, column “纬度”: the coordinates “104.1, abc” are not');
    await page.locator('[data-action="add-facilities"]').click();
    await settled(page);
    // Sichuan: three homes, an activity centre and a boarding school.
    expect(await countIn(page, 'SC')).toBe(5);
    // The facility list names every row without a point, with its row number and reason.
    const [listDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-facilities"]').click()]);
    const list = (await readFile((await listDownload.path()) as string, 'utf8')).split('\r\n');
    const header = list.find((l) => l.startsWith('set,'))!.split(',');
    const rejected = list
      .filter((l) => l.includes(',rejected,'))
      .map((l) => [l.split(',')[header.indexOf('row')], l.slice(l.lastIndexOf(',no,') + 4).replace(/^"|"$/g, '')]);
    expect(rejected).toEqual([
      ['8', 'outside every province'],
      ['9', 'missing coordinates'],
      ['10', 'unreadable coordinates; as written: 104.1, abc'],
    ]);
    expect(await countIn(page, 'HL')).toBe(1);
    await expect(page.locator('[data-testid="ranking-basis"]').innerText()).resolves.toContain('types: all types');

    await page.locator('input[data-type="home"]').uncheck();
    await page.waitForFunction(() => /2 facilities/.test(document.querySelector('.gap-table tr[data-unit="SC"] [data-col="facilities"]')?.textContent ?? ''));
    await settled(page);
    expect(await countIn(page, 'SC')).toBe(2);
    expect(await countIn(page, 'HL')).toBe(1);
    await expect(page.locator('[data-testid="ranking-basis"]').innerText()).resolves.toContain('types: activity centres, boarding schools, other facilities');
    // Scores carry two decimals.
    await expect(page.locator('.gap-table tr[data-unit="SC"] [data-col="score"]').innerText()).resolves.toMatch(/^[+-]?\d\.\d\d$/);
    // Capacity is not offered: the activity centre states none.
    await expect(page.locator('select[data-control="supply"] option[value="capacity"]').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#supply-reason').innerText()).resolves.toContain('every counted facility states one');
    expect(new URL(page.url()).searchParams.get('ft')).toBe('centre,school,other');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('exports the ranking with its parameters, shows planned facilities before and after, in both languages and on a phone', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?demo=1&tab=gaps&dy=2010&r=20`);
    await settled(page);
    const basis = await page.locator('[data-testid="ranking-basis"]').innerText();
    expect(basis).toContain('Children aged 0–14, 2010');
    expect(basis).toContain('(synthetic)');
    await page.locator('[data-testid="ranking-basis"]').scrollIntoViewIfNeeded();
    await capture(page, 'gaps-en.png');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-ranking"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^liushou-atlas-gap-ranking-\d{8}-\d{6}\.csv$/);
    const csv = await readFile((await download.path()) as string, 'utf8');
    for (const part of ['# demand,Children aged 0–14', 'year 2010', '# supply measure,"facilities per 10,000 children",as chosen', '# facility types counted,home centre school other', '# service radius km,20', 'SYNTHETIC demonstration data', '# formula', '# exported,20']) {
      expect(csv).toContain(part);
    }
    const table = csv.split('\r\n').filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('\uFEFF#'));
    expect(table).toHaveLength(1 + 34);

    // What if: 800 planned homes in the top-ranked province.
    const top = (await page.locator('.gap-table tbody tr[data-unit]').first().getAttribute('data-unit')) as string;
    await page.locator('.planned summary').click();
    await page.locator('.planned select[data-field="unit"]').selectOption(top);
    await page.locator('.planned input[data-field="count"]').fill('800');
    await page.locator('[data-action="add-planned"]').click();
    await page.waitForSelector('.gap-table th.planned-col');
    expect(new URL(page.url()).searchParams.get('plan')).toBe(`${top}.home.800`);
    await expect(page.locator(`.gap-table tr[data-unit="${top}"] .planned-label`).innerText()).resolves.toContain('planned');
    await expect(page.locator(`.gap-table tr[data-unit="${top}"] [data-col="score-planned"]`).innerText()).resolves.toMatch(/rank 1 → \d+/);
    await page.locator('[data-testid="ranking-basis"]').scrollIntoViewIfNeeded();
    await capture(page, 'gaps-planned-en.png');
    await page.locator('.gap-table tbody tr[data-unit]').nth(3).scrollIntoViewIfNeeded();
    await capture(page, 'gaps-table-en.png');

    await page.locator('button.lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await settled(page);
    await expect(page.locator('[data-testid="ranking-basis"]').innerText()).resolves.toContain('需求：');
    await page.locator('[data-testid="ranking-basis"]').scrollIntoViewIfNeeded();
    await capture(page, 'gaps-zh.png');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid="ranking-basis"]').scrollIntoViewIfNeeded();
    await capture(page, 'gaps-390.png');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('puts the ranking rows into the PNG export when the gap score is mapped', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?demo=1&i=covgap&tab=gaps`);
    await settled(page);
    // The map title names the demand year, never "0", and says derived.
    await expect(page.locator('.map-title').innerText()).resolves.toMatch(/Coverage gap score.*, 2020/);
    await page.locator('[data-action="export"]').click();
    await page.locator('[data-ratio="16:9"]').click();
    await page.locator('[data-scale="1"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="png"]').click()]);
    const file = `${ARTIFACTS}/gaps-export-16x9.png`;
    await download.saveAs(file);
    const png = PNG.sync.read(await readFile(file));
    expect([png.width, png.height]).toEqual([1600, 900]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

/** The ranking's province order, top first. */
async function order(page: Page): Promise<string[]> {
  return page.locator('.gap-table tbody tr[data-unit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit') as string));
}

describe('capacity as the supply measure (#13)', () => {
  it('ranks on capacity when every facility states one, says so above the table and in the CSV; not when one does not', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/facilities-capacity.csv');
    await page.locator('[data-action="add-facilities"]').click();
    await settled(page);
    const supply = page.locator('select[data-control="supply"]');
    await expect(supply.locator('option[value="capacity"]').isDisabled()).resolves.toBe(false);
    await expect(page.locator('#supply-reason').count()).resolves.toBe(0);
    const basis = page.locator('[data-testid="ranking-basis"]');
    await expect(basis.innerText()).resolves.toContain('supply: facilities per 10,000 children');
    const byCount = await order(page);
    // Henan has one facility, but 900 places: by count it lacks supply, by capacity it has the most.
    const henanByCount = byCount.indexOf('HA');

    await expect(supply.locator('option[value="capacity"]').innerText()).resolves.toBe('Capacity per 10,000 children (places stated)');
    await supply.selectOption('capacity');
    await expect.poll(() => basis.innerText()).toContain('supply: capacity per 10,000 children (places stated)');
    await settled(page);
    await expect.poll(() => order(page).then((o) => o.indexOf('HA'))).toBeGreaterThan(henanByCount);
    const byCapacity = await order(page);
    expect(byCapacity).not.toEqual(byCount);
    await expect(page.locator('.gap-table thead').innerText()).resolves.toContain('Places per 10,000 children');
    // Henan's supply is its stated capacity per 10,000 children, not its one facility.
    await expect(page.locator('.gap-table tr[data-unit="HA"] [data-col="facilities"]').innerText()).resolves.toContain('1 facilit');
    expect(new URL(page.url()).searchParams.get('sup')).toBe('capacity');
    await basis.scrollIntoViewIfNeeded();
    await capture(page, 'gaps-capacity-en.png');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-ranking"]').click()]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv).toContain('# supply measure,"capacity per 10,000 children (places stated)",as chosen');
    expect(csv).toContain('# supply,"sum of stated capacity / demand x 10,000');
    const rows = csv.split('\r\n').filter((l) => /^\d+,/.test(l));
    expect(rows.map((l) => l.split(',')[2]!.replace('CN-', ''))).toEqual(byCapacity.slice(0, rows.length).map((u) => u));

    // A second file where the activity centre states no capacity: capacity is no longer offered, the
    // reason is shown, and the ranking falls back to facilities, saying so.
    await page.locator('#tab-data').click();
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/facilities.csv');
    await page.locator('[data-action="add-facilities"]').click();
    await settled(page);
    await expect.poll(() => supply.locator('option[value="capacity"]').isDisabled()).toBe(true);
    await expect(page.locator('#supply-reason').innerText()).resolves.toContain('every counted facility states one; some do not, so facilities are counted');
    await expect(basis.innerText()).resolves.toContain('supply: facilities per 10,000 children');
    await expect(supply.inputValue()).resolves.toBe('facilities');
    await page.locator('#supply-reason').scrollIntoViewIfNeeded();
    await capture(page, 'gaps-capacity-unavailable-en.png');
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

/**
 * Latin-letter words a Chinese reader may see in the Gaps tab, each with its reason. Anything else
 * in Latin letters is English left untranslated.
 */
const LATIN_ALLOWED: Record<string, string> = {
  CSV: 'file format name on the export buttons',
  PNG: 'file format name',
  GB: 'GB/T 2260, the standard for province codes',
  ISO: 'ISO 3166-2, the standard for province codes',
  WGS: 'WGS 84, the coordinate system',
};

/** Every word of two or more Latin letters in `text` that is not allowed, with its count. */
function englishWords(text: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const w of text.match(/[A-Za-z]{2,}/g) ?? []) if (!(w in LATIN_ALLOWED)) found[w] = (found[w] ?? 0) + 1;
  return found;
}

describe('the Gaps tab in Chinese (#13)', () => {
  it('shows no English words: text, options, tooltips and the ranking CSV header', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?lang=zh&tab=data`);
    await page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/facilities.csv');
    await page.locator('[data-action="add-facilities"]').click();
    await settled(page);
    await page.locator('[data-action="load-demo"]').click();
    await page.waitForSelector('.gaps .imported-list li[data-synthetic="true"]');
    await settled(page);
    // The activity centre states no capacity: the reason is on screen.
    await page.waitForSelector('#supply-reason');
    await capture(page, 'gaps-zh-text.png');

    const text = await page.evaluate(() => {
      const root = document.querySelector('.gaps') as HTMLElement;
      // Left out, by design: source citations (titles stay in the language they were published in)
      // and the names of the user's own files.
      const clone = root.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.figure-sources').forEach((e) => e.remove());
      const parts = [root.innerText, ...[...root.querySelectorAll('option')].map((o) => o.textContent ?? '')];
      for (const e of root.querySelectorAll('[title], [aria-label], [placeholder]')) {
        parts.push(e.getAttribute('title') ?? '', e.getAttribute('aria-label') ?? '', e.getAttribute('placeholder') ?? '');
      }
      const cited = [...root.querySelectorAll('.figure-sources')].map((e) => (e as HTMLElement).innerText);
      return parts.join('\n').split('\n').filter((l) => !cited.some((c) => c.includes(l) && l.trim() !== '')).join('\n');
    });
    const shown = text.replaceAll('facilities.csv', '');
    expect(englishWords(shown), shown).toEqual({});

    // The ranking CSV's header lines: column names (the formula names them), the indicator's id and
    // the link are identifiers, the same in both languages.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-ranking"]').click()]);
    const lines = (await readFile((await download.path()) as string, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    const columns = new Set(lines.find((l) => l.startsWith('rank,'))!.split(','));
    const header = lines
      .filter((l) => l.startsWith('#') && !l.startsWith('# 链接'))
      .join('\n')
      // The user's own file: its name and the sources its rows state.
      .replace(/facilities\.csv|County survey|Field visit|typo/g, '')
      .replace(/[a-z_]*_[a-z_]+|\bscore\b|指标 children/g, (w) => (columns.has(w) || w === '_with_planned' || w === '指标 children' ? '' : w));
    expect(header).toContain('# 供给指标,每万名儿童设施数');
    expect(englishWords(header), header).toEqual({});

    // The gap score mapped: the map title, the tooltip, and the province panel's coverage figures
    // (values, units, notes and the facilities' source). Province names are shown in both languages.
    await page.goto(`${baseUrl}?lang=zh&demo=1&i=covgap&sel=SC&tab=details`);
    await page.waitForSelector('.panel[data-unit="SC"] .figure[data-series="cov:covgap"]');
    const [lon, lat] = interiorPoints('SC', 1)[0]!;
    const p = await project(page, lon, lat);
    await page.mouse.move(p.x, p.y);
    await page.locator('.tooltip').waitFor();
    await capture(page, 'gaps-zh-details.png');
    const mapped = await page.evaluate(() => {
      const texts = [(document.querySelector('.map-title') as HTMLElement).innerText, (document.querySelector('.tooltip') as HTMLElement).innerText];
      for (const f of document.querySelectorAll('.panel .figure[data-series^="cov:"]')) texts.push((f as HTMLElement).innerText);
      return texts.join('\n');
    });
    const names = mapped.replaceAll('facilities.csv', '').replace(/Sichuan/g, '');
    expect(englishWords(names), names).toEqual({});
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
