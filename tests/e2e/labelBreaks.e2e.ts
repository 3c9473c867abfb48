import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { capture, openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

/**
 * Where the text of the elements matching `selector` breaks inside a word: for each text node, the
 * characters' boxes show where a new line starts, and a break is allowed only after a space or
 * punctuation, or between Chinese and Latin text. Two Chinese characters, or two Latin letters or
 * digits, on either side of a break are a broken word (缺口得 / 分, 我的数 / 据, Sour / ces).
 * Returns the broken labels as "text: before|after".
 */
function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => {
    const han = /\p{Script=Han}/u;
    const latin = /[\p{Script=Latin}\p{Nd}]/u;
    const sameWord = (a: string, b: string) => (han.test(a) && han.test(b)) || (latin.test(a) && latin.test(b));
    const broken: string[] = [];
    for (const el of els) {
      if (!(el as HTMLElement).offsetParent) continue; // not drawn
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        let prev: { i: number; top: number; bottom: number } | null = null;
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (prev && r.top >= prev.bottom - 2 && prev.i === i - 1 && sameWord(text[i - 1]!, text[i]!)) {
            broken.push(`${(el.textContent ?? '').trim()}: ${text.slice(0, i)}|${text.slice(i)}`);
          }
          prev = { i, top: r.top, bottom: r.bottom };
        }
      }
    }
    return broken;
  });
}

/**
 * Text boxes whose placeholder does not fit: the placeholder is typed into the box and the box's
 * scroll width read, so the room the browser really gives the text counts (a datalist's picker and
 * the search field's clear button take some); a canvas in the input's font gives the text's width
 * for the message.
 */
function cutPlaceholders(page: Page): Promise<string[]> {
  return page.$$eval('input[placeholder]', (inputs) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const cut: string[] = [];
    for (const input of inputs as HTMLInputElement[]) {
      if (!input.offsetParent || input.value !== '') continue;
      input.value = input.placeholder;
      const [scroll, client] = [input.scrollWidth, input.clientWidth];
      input.value = '';
      if (scroll > client) {
        const s = getComputedStyle(input);
        ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
        cut.push(`"${input.placeholder}": ${ctx.measureText(input.placeholder).width.toFixed(1)} px of text, ${scroll} px needed in a ${client} px box`);
      }
    }
    return cut;
  });
}

describe('issue #16: labels do not break inside a word, in Chinese and English', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const size of SIZES) {
      it(`${lang}, ${size.width}×${size.height}: tabs, the Gaps and Table headers and the search placeholder`, async () => {
        const { page, log, context } = await openPage(browser(), `${baseUrl}?lang=${lang}&tab=gaps&demo=1`, size);
        await page.waitForSelector('.gap-table thead th');
        expect(await brokenWords(page, '.tabs [role="tab"]'), 'tab labels').toEqual([]);
        expect(await brokenWords(page, '.gap-table thead th'), 'Gaps table headers').toEqual([]);
        expect(await cutPlaceholders(page), 'search placeholder').toEqual([]);
        await page.locator('.gap-table').scrollIntoViewIfNeeded();
        await capture(page, `labels-gaps-${lang}-${size.width}x${size.height}.png`);
        await page.locator('#tab-table').click();
        await page.waitForSelector('.data-table thead th');
        expect(await brokenWords(page, '.data-table thead th'), 'Table headers').toEqual([]);
        await capture(page, `labels-table-${lang}-${size.width}x${size.height}.png`);
        expect(log.errors).toEqual([]);
        await context.close();
      });
    }
  }
});
