import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { hashRegionSet } from '../../src/regions/hashRegionSet';
import type { Region } from '../../src/regions/parseRegions';
import { voronoiCounties } from '../../src/regions/voronoiCounties.fixture';
import { afterRepaint, capture, openPage, useBrowser, waitReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'atlas-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What "the same view" means here: what the map, the controls, the legend and the address show. */
async function viewOf(page: Page) {
  const url = new URL(page.url());
  return {
    camera: await page.locator('#map').getAttribute('data-camera'),
    points: await page.locator('#map').getAttribute('data-points'),
    indicator: await page.locator('#indicator-select').inputValue(),
    /** The indicator the link names: with a region set shown, the header picker shows the region figure drawn instead. */
    linked: url.searchParams.get('i'),
    title: await page.locator('.map-title').innerText(),
    legend: await page.locator('.legend-entry').allInnerTexts(),
    selected: url.searchParams.get('sel'),
    regionSet: url.searchParams.get('rs'),
    year: url.searchParams.get('y'),
    source: await page.locator('.source-line').innerText(),
  };
}

/** Opens a file in the bundle chooser of the Your data tab. */
async function openBundle(page: Page, path: string) {
  await page.locator('[data-action="open-bundle"]').setInputFiles(path);
}

describe('issue #15: a bundle takes the view and the data to another browser', () => {
  it('round trip: table, facilities and view in one file; a fresh browser opens it after a review and shows the same view', async () => {
    const mine = await openPage(browser(), `${baseUrl}?tab=data`);
    await mine.page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/messy-homes.csv');
    await afterRepaint(mine.page, () => mine.page.getByRole('button', { name: /Map \d+ values/ }).click());
    const id = new URL(mine.page.url()).searchParams.get('i') as string;
    expect(id).toMatch(/^u-[a-z0-9]+$/);
    await mine.page.getByRole('tab', { name: 'Your data' }).click();
    await mine.page.setInputFiles('.dropzone input[type=file]', 'tests/e2e/fixtures/facilities.csv');
    await afterRepaint(mine.page, () => mine.page.locator('[data-action="add-facilities"]').click());
    // And the planner's own boundaries: 60 generated counties in Anhui, through the region import.
    await mine.page.getByRole('tab', { name: 'Your data' }).click();
    await mine.page.setInputFiles('.region-dropzone input[type=file]', {
      name: 'anhui_counties.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(voronoiCounties(60, 15, { wiggle: 10 }))),
    });
    const report = mine.page.locator('.region-review[data-region-report^="r-"]');
    await report.waitFor({ timeout: 30_000 });
    const regionSet = (await report.getAttribute('data-region-report')) as string;
    await mine.page.getByRole('button', { name: 'Keep and show these regions' }).click();
    await expect.poll(() => new URL(mine.page.url()).searchParams.get('rs')).toBe(regionSet);

    // A view: the imported indicator, its year, a classification, Sichuan selected, a camera, the region set.
    await mine.page.goto(`${baseUrl}?v=1&i=${id}&y=2018&sel=SC&m=equal&k=4&c=104.07,30.67,5&rs=${regionSet}&tab=details`);
    await waitReady(mine.page);
    await mine.page.waitForSelector('#map[data-points="7"]');
    const before = await viewOf(mine.page);
    // The province table has no figures by region: the header picker lists the set's indicators and
    // shows the census figure the regions are drawn with (#15); the link keeps the table's id.
    expect(before).toMatchObject({ camera: expect.stringMatching(/^104\.07\d*,30\.67\d*,5\.0+$/), indicator: 'children', linked: id, selected: 'SC', year: '2018', points: '7', regionSet });
    expect(before.legend.length).toBeGreaterThan(1);

    await mine.page.getByRole('button', { name: 'Share' }).click();
    const [download] = await Promise.all([mine.page.waitForEvent('download'), mine.page.locator('[data-action="download-bundle"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^liushou-atlas-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    expect(doc).toMatchObject({
      format: 'liushou-atlas-bundle',
      version: 1,
      tables: [{ id, fileName: 'messy-homes.csv' }],
      facilitySets: [{ fileName: 'facilities.csv' }],
      regionSets: [{ id: regionSet, fileName: 'anhui_counties.geojson' }],
    });
    expect(mine.log.errors).toEqual([]);
    await mine.context.close();

    // Another browser context: empty storage, nothing imported.
    const theirs = await openPage(browser(), `${baseUrl}?tab=data`);
    await expect(theirs.page.locator('.imported-list').count()).resolves.toBe(0);
    await openBundle(theirs.page, path);
    const review = theirs.page.locator('.bundle-review');
    await expect(review.innerText()).resolves.toMatch(/3 values from “messy-homes\.csv”[\s\S]*7 facilities from “facilities\.csv”[\s\S]*60 regions from “anhui_counties\.geojson”/);
    await expect(review.locator('.bundle-view').innerText()).resolves.toContain('儿童之家');
    await theirs.page.screenshot({ path: 'tests/artifacts/bundle-review.png' });
    // Read off the main thread.
    expect(theirs.log.requests.some((u) => /bundleWorker-[\w-]+\.js$/.test(u))).toBe(true);
    // Nothing changed before Apply.
    await expect(theirs.page.locator('.imported-list').count()).resolves.toBe(0);
    expect(new URL(theirs.page.url()).searchParams.get('i')).toBeNull();

    await afterRepaint(theirs.page, () => theirs.page.locator('[data-action="apply-bundle"]').click());
    await theirs.page.waitForSelector('#map[data-points="7"]');
    await expect.poll(() => theirs.page.locator('#map').getAttribute('data-camera')).toBe(before.camera);
    const after = await viewOf(theirs.page);
    expect(after).toEqual(before);
    await capture(theirs.page, 'bundle-opened.png');

    // The table is under Your data with its file; the source line names it; the facilities rank gaps.
    await theirs.page.getByRole('tab', { name: 'Your data' }).click();
    await expect(theirs.page.locator(`.imported-list li[data-dataset="${id}"]`).innerText()).resolves.toContain('messy-homes.csv');
    await expect(theirs.page.locator(`.region-sets li[data-region-set="${regionSet}"]`).innerText()).resolves.toContain('anhui_counties.geojson');
    await expect(theirs.page.locator('.region-missing').count()).resolves.toBe(0);
    await theirs.page.getByRole('tab', { name: 'Gaps' }).click();
    // The view shows the region set, so the Gaps tab ranks its regions (within Sichuan, selected in
    // the view: none of these Anhui regions), never the provinces.
    await expect.poll(() => theirs.page.locator('[data-testid="region-gaps"]').count()).toBe(1);
    await expect(theirs.page.locator('.gap-table tbody tr[data-unit]').count()).resolves.toBe(0);

    // Kept in their browser: a reload shows the same view from their own storage.
    await theirs.page.reload();
    await waitReady(theirs.page);
    await theirs.page.waitForSelector('#map[data-points="7"]');
    expect((await viewOf(theirs.page)).legend).toEqual(before.legend);
    expect(theirs.log.errors).toEqual([]);
    await theirs.context.close();
  });

  it('Cancel changes nothing', async () => {
    const path = join(dir, 'cancel.json');
    writeFileSync(path, JSON.stringify(bundleWith({})));
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await openBundle(page, path);
    await page.locator('[data-action="cancel-bundle"]').click();
    await expect.poll(() => page.locator('.bundle-review').count()).toBe(0);
    await expect(page.locator('.imported-list').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    expect(log.errors).toEqual([]);
    await context.close();
  });

  const TABLE = {
    id: 'u-bad1',
    name: 'Homes',
    fileName: 'homes.csv',
    importedAt: '2026-12-01T00:00:00.000Z',
    keyColumn: 'province',
    valueColumn: 'homes',
    yearColumn: null,
    unit: '',
    kind: 'count',
    parseRule: '',
    values: [
      { region: 'SC', year: 2018, value: 12, row: 2 },
      { region: 'HA', year: 2018, value: 9, row: 3 },
    ],
  };
  function bundleWith(patch: Record<string, unknown>) {
    return { format: 'liushou-atlas-bundle', version: 1, createdAt: '2026-12-02T00:00:00.000Z', view: 'v=1&sel=SC', regionSets: [], tables: [TABLE], facilitySets: [], ...patch };
  }

  it.each([
    ['malformed JSON', () => '{"format":"liushou-atlas-bundle","version":1,', /not valid JSON/],
    ['a newer version', () => JSON.stringify(bundleWith({ version: 9 })), /newer version of Liushou Atlas \(bundle format 9\); this one reads formats up to 1/],
    [
      'markup in a table row where a province belongs',
      () => JSON.stringify(bundleWith({ tables: [{ ...TABLE, values: [TABLE.values[0], { ...TABLE.values[1], region: '<img src=x onerror="document.body.dataset.hacked=1">' }] }] })),
      /tables\[0\]\.values\[1\]\.region: “<img src=x onerror=/,
    ],
    ['a value that is text', () => JSON.stringify(bundleWith({ tables: [{ ...TABLE, values: [{ ...TABLE.values[0], value: 'lots' }] }] })), /tables\[0\]\.values\[0\]\.value: should be number, found lots/],
  ])('refuses %s, naming what is wrong, and changes nothing', async (name, text, message) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(path, text());
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await openBundle(page, path);
    const refused = page.locator('.bundle-refused');
    await expect(refused.innerText()).resolves.toMatch(message);
    await expect(refused.innerText()).resolves.toContain('Nothing you had has changed.');
    // Markup from the file is text: no element was made of it, nothing ran.
    await expect(refused.locator('img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.body.dataset.hacked ?? null)).resolves.toBeNull();
    await expect(page.locator('.imported-list').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('a table name with markup is shown as text in the review', async () => {
    const path = join(dir, 'markup-name.json');
    writeFileSync(path, JSON.stringify(bundleWith({ tables: [{ ...TABLE, name: '<b>Homes</b><img src=x>' }] })));
    const { page, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await openBundle(page, path);
    await expect(page.locator('.bundle-review .bundle-name').innerText()).resolves.toBe('<b>Homes</b><img src=x>');
    await expect(page.locator('.bundle-review b, .bundle-review img').count()).resolves.toBe(0);
    await context.close();
  });

  it('a region set travels too: kept in the fresh browser, and the view opens on it', async () => {
    // Two seeded squares in Anhui, as the region import keeps them (id = hash of the boundaries).
    const square = (lon: number, lat: number): Region['geometry'] => ({ type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.4, lat], [lon + 0.4, lat + 0.4], [lon, lat + 0.4], [lon, lat]]] });
    const regions: Region[] = [
      { feature: 1, code: '341221', name: '临泉县', province: 'AH', geometry: square(115.0, 32.9), bbox: [115.0, 32.9, 115.4, 33.3], vertices: 5 },
      { feature: 2, code: '341225', name: '阜南县', province: 'AH', geometry: square(115.5, 32.5), bbox: [115.5, 32.5, 115.9, 32.9], vertices: 5 },
    ];
    const set = { id: hashRegionSet(regions), fileName: 'fuyang.geojson', importedAt: '2026-12-01T00:00:00.000Z', codeField: 'code', codeKind: 'county', nameField: 'name', regions, vertices: 10, verticesBefore: 10 };
    const path = join(dir, 'regions.json');
    writeFileSync(path, JSON.stringify(bundleWith({ view: `v=1&rs=${set.id}&rg=341221`, regionSets: [set] })));
    const { page, log, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await openBundle(page, path);
    await expect(page.locator(`.bundle-review li[data-region-set="${set.id}"]`).innerText()).resolves.toContain('2 regions from “fuyang.geojson”');
    await page.locator('[data-action="apply-bundle"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rs')).toBe(set.id);
    expect(new URL(page.url()).searchParams.get('rg')).toBe('341221');
    // Kept in this browser's storage, as an import keeps it.
    const kept = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('liushou-atlas');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('regions').objectStore('regions').getAllKeys();
              all.onsuccess = () => resolve(all.result.map(String));
              all.onerror = () => reject(all.error);
            };
          }),
      );
    await expect.poll(kept).toEqual([set.id]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const path = join(dir, 'too-big.json');
    // Valid start, then spaces: only its size is wrong.
    writeFileSync(path, `{"format":"liushou-atlas-bundle","version":1${' '.repeat(51 * 1024 * 1024)}}`);
    const { page, context } = await openPage(browser(), `${baseUrl}?tab=data`);
    await openBundle(page, path);
    await expect(page.locator('.bundle-refused').innerText()).resolves.toMatch(/The file is 51(\.0)? MB; a bundle can be at most 50 MB/);
    await context.close();
  });

  it('a bundle dropped anywhere on the page goes to its review, not to the table import', async () => {
    const text = JSON.stringify(bundleWith({}));
    const { page, log, context } = await openPage(browser(), `${baseUrl}`);
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'from-a-colleague.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('#map', 'drop', { dataTransfer: transfer });
    await expect(page.locator('.bundle-review').innerText()).resolves.toContain('from-a-colleague.json');
    await expect(page.locator('.review:not(.bundle-review)').count()).resolves.toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
