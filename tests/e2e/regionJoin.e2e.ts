import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { capture, close, hexToRgb, openPage, pixelAt, project, useBrowser, waitReady } from './browser';
import { countyGrid } from './regionFixtures';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * A planner's county file: the first 14 coded Anhui counties as 0.4° squares ([lon, lat] degrees,
 * west 115, north 34.4; real codes and names, generated geometry), and the two 朝阳区 (Beijing's
 * 110105, Changchun's 220104) placed beside them, so a table keyed by name meets namesakes.
 */
const grid = countyGrid('AH', 115, 34.4, 14, 4, 0.4);
const chaoyang = [
  { code: '110105', name: '朝阳区', province: 'BJ', centre: [117.0, 33.4] as [number, number] },
  { code: '220104', name: '朝阳区', province: 'JL', centre: [117.0, 32.6] as [number, number] },
];
const squareAt = ([x, y]: [number, number]) => [[[x - 0.2, y - 0.2], [x + 0.2, y - 0.2], [x + 0.2, y + 0.2], [x - 0.2, y + 0.2], [x - 0.2, y - 0.2]]];
const GEOJSON = {
  type: 'FeatureCollection',
  features: [
    ...grid.regions.map((r) => ({ type: 'Feature', properties: { code: r.code, name: r.name }, geometry: r.geometry })),
    ...chaoyang.map((c) => ({ type: 'Feature', properties: { code: c.code, name: c.name }, geometry: { type: 'Polygon', coordinates: squareAt(c.centre) } })),
  ],
};
const [a, b, c, fixedTo] = grid.cells as [(typeof grid.cells)[0], (typeof grid.cells)[0], (typeof grid.cells)[0], (typeof grid.cells)[0]];
/** The name without its suffix (瑶海区 → 瑶海), as many county tables write it. */
const short = (name: string) => name.replace(/(区|县|市)$/, '');

/**
 * Keyed by name: one name without its suffix (row 2), two full names (rows 3, 4), the two 朝阳区
 * told apart by the province column (rows 5, 6), a name no region has (row 7, fixed in the review).
 */
const CSV = [
  '省份,县区,儿童之家（个）',
  `安徽,${short(a.name)},12`,
  `安徽,${b.name},30`,
  `安徽,${c.name},45`,
  '北京,朝阳区,7',
  '吉林,朝阳区,9',
  '安徽,新设县,5',
].join('\n');

const title = (page: Page) => page.locator('.region-title .map-title').innerText();

describe('a county table joined to the regions shown (#15)', () => {
  it('imports regions, then a county table by name: report, fix, apply, table and map read back, kept across a reload, in Chinese', async () => {
    const { page, log, context } = await openPage(browser(), `${baseUrl}?v=1&i=children&tab=data`);
    await page.setInputFiles('.region-dropzone input[type=file]', { name: 'counties.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(GEOJSON)) });
    const regionReview = page.locator('.region-review');
    await regionReview.waitFor({ timeout: 30_000 });
    const setId = await regionReview.getAttribute('data-region-report');
    await page.getByRole('button', { name: 'Keep and show these regions' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rs')).toBe(setId);
    await page.waitForSelector(`#map[data-regions="${setId}"]`, { timeout: 45_000 });

    // The county table, dropped while the regions are shown: the review proposes them as its target.
    await page.setInputFiles('section.import .dropzone input[type=file]', { name: 'homes_by_county.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    const report = page.locator('.region-join');
    await report.waitFor({ timeout: 30_000 });
    await expect(page.locator('.import-target').getAttribute('data-target')).resolves.toBe('regions');
    await expect(page.locator('[data-role="key"]').inputValue()).resolves.toBe('县区');
    await expect(page.locator('[data-role="province"]').inputValue()).resolves.toBe('省份');
    await expect(report.locator('.join-summary').innerText()).resolves.toBe('5 of 6 rows matched a region; 1 did not. 11 of 16 regions have no row (no data).');
    const via = async (v: string) => report.locator(`[data-via="${v}"]`).getAttribute('data-count');
    await expect(via('short-name')).resolves.toBe('1');
    await expect(via('name')).resolves.toBe('2');
    await expect(via('province')).resolves.toBe('2');
    const unknown = report.locator('.unmatched tr[data-row="7"]');
    await expect(unknown.innerText()).resolves.toContain('新设县');
    await expect(unknown.innerText()).resolves.toContain('No region of the set has this name.');
    await capture(page, 'region-join-review-en.png');
    await report.locator('.unmatched').scrollIntoViewIfNeeded();
    await capture(page, 'region-join-report-en.png');

    // Without the province column the two 朝阳区 are namesakes the review asks about.
    await page.selectOption('[data-role="province"]', '');
    await expect.poll(() => report.getAttribute('data-unmatched')).toBe('3');
    await expect(report.locator('.unmatched tr[data-row="5"]').innerText()).resolves.toContain('朝阳区 (110105, Beijing) / 朝阳区 (220104, Jilin)');
    await page.selectOption('[data-role="province"]', '省份');
    await expect.poll(() => report.getAttribute('data-unmatched')).toBe('1');

    // The review in Chinese.
    await page.locator('.lang-toggle').click();
    await expect.poll(() => report.locator('.join-summary').innerText()).toBe('6行中5行匹配到区域，1行未匹配。16个区域中11个没有对应行（无数据）。');
    await expect(unknown.innerText()).resolves.toContain('区域集中没有此名称。');
    await report.locator('.unmatched').scrollIntoViewIfNeeded();
    await capture(page, 'region-join-report-zh.png');
    await page.locator('.lang-toggle').click();

    // The unknown name fixed: picked as a region that has no row.
    await unknown.locator('select').selectOption(fixedTo.code);
    await expect.poll(() => report.getAttribute('data-unmatched')).toBe('0');
    await expect(via('manual')).resolves.toBe('1');
    await page.locator('[data-action="apply"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('i')).toMatch(/^u-[0-9a-z]+$/);
    const tableId = new URL(page.url()).searchParams.get('i') as string;
    expect(new URL(page.url()).searchParams.get('rs')).toBe(setId);
    await expect.poll(() => title(page)).toContain('儿童之家');

    // The header picker lists the set's indicators (census by county, the joined table), not the provinces'.
    const picker = page.locator('#indicator-select');
    await expect(picker.inputValue()).resolves.toBe(tableId);
    const options = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['children', 'pop', 'netsend', 'netsendper1k', tableId]);

    // Read the table back: each value on its region, no data elsewhere.
    await page.locator('#tab-table').click();
    await expect.poll(() => page.locator('.region-table tbody tr').count(), { timeout: 20_000 }).toBe(16);
    const valueOf = (code: string) => page.locator(`.region-table tr[data-region="${code}"] td.num`).nth(1).innerText();
    const expected: Array<[string, string]> = [[a.code, '12'], [b.code, '30'], [c.code, '45'], ['110105', '7'], ['220104', '9'], [fixedTo.code, '5']];
    for (const [code, value] of expected) await expect(valueOf(code), code).resolves.toMatch(new RegExp(`^${value}\\b`));
    await expect(valueOf(grid.cells[5]!.code)).resolves.toBe('No data');
    // Legend: six regions with a value (the picked one too) in five classes, ten without.
    await expect(page.locator('.region-legend').innerText()).resolves.toMatch(/No data\s*10/);
    await expect(page.locator('.region-legend').innerText()).resolves.toMatch(/30 – 45\s*2/);

    // Map fill: a pixel inside a region (0.13° north of its centre, clear of its label) is its class colour.
    await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.painted ?? '0') > 0);
    await page.waitForTimeout(300);
    const shot = await capture(page, 'region-join-table-en.png');
    for (const cell of [a, c, { code: '220104', centre: chaoyang[1]!.centre }]) {
      const colour = (await page.locator(`.region-table tr[data-region="${cell.code}"]`).getAttribute('data-fill')) as string;
      const p = await project(page, cell.centre[0], cell.centre[1] + 0.13);
      expect(pixelAt(shot, p.x, p.y), cell.code).toSatisfy((px: [number, number, number]) => close(px, hexToRgb(colour), 4));
    }
    const fillA = await page.locator(`.region-table tr[data-region="${a.code}"]`).getAttribute('data-fill');
    const fillC = await page.locator(`.region-table tr[data-region="${c.code}"]`).getAttribute('data-fill');
    expect(fillA).not.toBe(fillC);

    // The source line cites the file and says what it was joined to.
    await expect(page.locator('.region-source-line').innerText()).resolves.toContain('homes_by_county.csv');
    await expect(page.locator('.region-source-line').innerText()).resolves.toContain('Joined to the regions of “counties.geojson”: 6 of 16 regions have a value');

    // The CSV export: the table's value on its region, empty (no data) elsewhere, the file cited on every row.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-regions"]').click()]);
    const lines = (await readFile((await download.path()) as string, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(17);
    const row = (code: string) => lines.find((l) => l.startsWith(`${code},`)) ?? '';
    expect(row('220104')).toContain(`,${tableId},儿童之家,儿童之家,个,,9,no,`);
    expect(row(grid.cells[5]!.code)).toContain(`,${tableId},儿童之家,儿童之家,个,,,no,,`);
    expect(lines.slice(1).every((l) => l.includes('homes_by_county.csv') && l.includes('counties.geojson'))).toBe(true);

    // Kept: a reload reads the same link back (i= the table, rs= the set) and the same values.
    await page.reload();
    await waitReady(page);
    await page.waitForSelector(`#map[data-regions="${setId}"]`, { timeout: 45_000 });
    await expect.poll(() => title(page), { timeout: 20_000 }).toContain('儿童之家');
    expect(new URL(page.url()).searchParams.get('i')).toBe(tableId);
    await expect.poll(() => page.locator('.region-table tbody tr').count(), { timeout: 20_000 }).toBe(16);
    for (const [code, value] of expected) await expect(valueOf(code), code).resolves.toMatch(new RegExp(`^${value}\\b`));
    await expect(page.locator('#indicator-select').inputValue()).resolves.toBe(tableId);

    // Chinese: title, picker and no data.
    await page.locator('.lang-toggle').click();
    await expect.poll(() => page.locator('.region-table thead').innerText()).toContain('区域');
    await expect(valueOf(grid.cells[5]!.code)).resolves.toBe('无数据');
    await expect(page.locator('.region-source-line').innerText()).resolves.toContain('homes_by_county.csv');
    await page.waitForTimeout(300);
    await capture(page, 'region-join-table-zh.png');

    // Another indicator of the set from the header picker, and back: the choice is in the link.
    await page.selectOption('#indicator-select', 'children');
    await expect.poll(() => new URL(page.url()).searchParams.get('i')).toBe('children');
    await page.selectOption('#indicator-select', tableId);
    await expect.poll(() => new URL(page.url()).searchParams.get('i')).toBe(tableId);

    // Your data lists it as joined to the regions; its Export opens the regions' table, where every region is exported.
    await page.locator('#tab-data').click();
    const listed = page.locator(`.imported-list li[data-dataset="${tableId}"]`);
    await expect.poll(() => listed.innerText()).toContain('连接到counties.geojson的区域');
    await listed.locator('button').nth(1).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('table');
    await expect(page.locator('.region-table').isVisible()).resolves.toBe(true);

    expect(log.errors).toEqual([]);
    await context.close();
  });
});
