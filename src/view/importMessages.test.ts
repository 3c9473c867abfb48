import { describe, expect, it } from 'vitest';
import type { NumberRule } from '../data/import/parseNumber';
import { describeRules, importIssueText, RAW_IN_MESSAGE_MAX } from './importMessages';
import { IMPORT_ISSUE_CODES, type ImportIssue } from '../data/import/importIssue';

const issue = (over: Partial<ImportIssue> & Pick<ImportIssue, 'code'>): ImportIssue => ({
  severity: 'warning',
  row: null,
  field: null,
  ...over,
});

describe('importIssueText', () => {
  it('names the row and column, in English and Chinese (the documented examples)', () => {
    const i = issue({ code: 'not-a-number', row: 14, field: 'value', raw: '12,5x' });
    expect(importIssueText(i, 'en')).toBe('Row 14, column “value”: “12,5x” is not a number; the row is kept as no data.');
    expect(importIssueText(i, 'zh')).toBe('第14行“value”列：“12,5x”不是数字，该行按无数据处理。');
  });

  it('names a row without a column', () => {
    const i = issue({ code: 'ragged-row', row: 7, expected: 4, actual: 3 });
    expect(importIssueText(i, 'en')).toBe('Row 7: it has 3 values but the header has 4; the missing ones are no data.');
    expect(importIssueText(i, 'zh')).toBe('第7行：该行有3个值，而表头有4列；缺少的按无数据处理。');
  });

  // #13: a facility row without coordinates is named with its row, in both languages.
  it.each([
    [null, 'Row 9: neither longitude nor latitude is given; the point is skipped and listed as rejected (missing coordinates) in the facility list.', '第9行：经度和纬度均未填写；跳过该点，并在设施清单中列为未采用（缺少坐标）。'],
    ['lat', 'Row 9, column “lat”: a coordinate is missing; the point is skipped and listed as rejected (missing coordinates) in the facility list.', '第9行“lat”列：缺少一个坐标；跳过该点，并在设施清单中列为未采用（缺少坐标）。'],
  ])('names a row with missing coordinates (field %s)', (field, en, zh) => {
    const i = issue({ code: 'missing-coordinates', row: 9, field, raw: ', ' });
    expect(importIssueText(i, 'en')).toBe(en);
    expect(importIssueText(i, 'zh')).toBe(zh);
  });

  it('says "feature" for GeoJSON rows', () => {
    const i = issue({ code: 'point-outside-china', row: 3, rowKind: 'feature', raw: '[30.67, 104.07]', detail: 'looks-swapped' });
    expect(importIssueText(i, 'en')).toBe(
      'Feature 3: the point [30.67, 104.07] lies outside China (73–136°E, 3–54°N); it is listed apart and not drawn. The numbers look swapped: GeoJSON order is [longitude, latitude].',
    );
    expect(importIssueText(i, 'zh')).toMatch(/^第3个要素：点\[30\.67, 104\.07\]位于中国范围.*经纬度似乎颠倒了/);
  });

  it(`truncates raw text to ${RAW_IN_MESSAGE_MAX} characters, by code point`, () => {
    const long = '四'.repeat(59) + '😀' + 'tail that must not appear';
    const text = importIssueText(issue({ code: 'not-a-number', row: 2, field: 'v', raw: long }), 'en');
    expect(text).toContain(`“${'四'.repeat(59)}😀…”`);
    expect(text).not.toContain('tail');
  });

  it('puts raw text on one line', () => {
    const text = importIssueText(issue({ code: 'not-a-number', row: 2, field: 'v', raw: 'a\r\nb\tc' }), 'en');
    expect(text).toContain('“a b c”');
  });

  it('keeps markup as literal text (the UI renders text, never HTML)', () => {
    const raw = '<img src=x onerror=alert(1)>';
    const text = importIssueText(issue({ code: 'not-a-number', row: 2, field: 'name', raw }), 'en');
    expect(text).toContain(`“${raw}”`);
  });

  it('states the size of a file that is too large in MB', () => {
    const i = issue({ code: 'file-too-large', severity: 'error', actual: 60 * 1024 * 1024, expected: 50 * 1024 * 1024 });
    expect(importIssueText(i, 'en')).toBe('The file is 60 MB; the limit is 50 MB. Split it, or remove columns you do not need, and try again.');
    expect(importIssueText(i, 'zh')).toContain('60 MB');
  });

  it('tells an .xlsx user to save as CSV', () => {
    const i = issue({ code: 'binary-file', severity: 'error' });
    expect(importIssueText(i, 'en')).toMatch(/binary file.*\.xlsx.*save it as CSV/);
    expect(importIssueText(i, 'zh')).toMatch(/二进制.*另存为CSV/);
  });

  it('gives the JSON line and column', () => {
    const i = issue({ code: 'malformed-json', severity: 'error', line: 3, column: 11 });
    expect(importIssueText(i, 'en')).toBe('The file is not valid JSON (line 3, column 11); nothing was loaded.');
    expect(importIssueText(i, 'zh')).toBe('文件不是有效的JSON（第3行第11列），未载入任何数据。');
  });

  it('summarises capped issues with a count', () => {
    const i = issue({ code: 'more-issues', detail: 'not-a-number', actual: 12345 });
    expect(importIssueText(i, 'en')).toBe('…and 12,345 more of the same kind (not a number), not listed.');
    expect(importIssueText(i, 'zh')).toBe('……另有12,345条同类问题（不是数字）未列出。');
  });

  it('has one sentence for every code in both languages', () => {
    for (const code of IMPORT_ISSUE_CODES) {
      const i = issue({ code, row: 5, field: 'v', raw: 'x', expected: 3, actual: 4, detail: 'ragged-row' });
      const en = importIssueText(i, 'en');
      const zh = importIssueText(i, 'zh');
      expect(en, code).toMatch(/^Row 5, column “v”: .+[.]$/);
      expect(zh, code).toMatch(/^第5行“v”列：.+[。]$/);
      expect(en, code).not.toMatch(/undefined|NaN|\[object/);
      expect(zh, code).not.toMatch(/undefined|NaN|\[object/);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(en, code).not.toBe(zh);
    }
  });
});

describe('describeRules', () => {
  it('says each rule used, in a fixed order, in English', () => {
    expect(describeRules(['percent', 'wan', 'thousands'], 'en')).toBe(
      'Thousands separators removed; 万 = ×10,000; % kept as percentage points.',
    );
  });
  it('says the same in Chinese', () => {
    expect(describeRules(new Set<NumberRule>(['thousands', 'wan']), 'zh')).toBe('已去除千位分隔符；万 = ×10,000。');
  });
  it('says numbers were read as written when no rule was needed', () => {
    expect(describeRules(['plain'], 'en')).toBe('Numbers read as written.');
    expect(describeRules([], 'zh')).toBe('数字按原样读取。');
  });
  it('drops "plain" next to a real rule', () => {
    expect(describeRules(['plain', 'fullwidth'], 'en')).toBe('Full-width digits converted.');
  });
});
