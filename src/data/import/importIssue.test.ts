import { describe, expect, it } from 'vitest';
import { createIssueList, isRejected, type ImportIssue } from './importIssue';

const warn = (row: number): ImportIssue => ({ code: 'not-a-number', severity: 'warning', row, field: 'v', raw: 'x' });

describe('createIssueList', () => {
  it('lists up to the limit per code and summarises the rest', () => {
    const list = createIssueList(3);
    for (let r = 1; r <= 5; r++) list.add(warn(r));
    list.add({ code: 'ragged-row', severity: 'warning', row: 9, field: null });
    expect(list.finish()).toEqual([
      warn(1),
      warn(2),
      warn(3),
      { code: 'ragged-row', severity: 'warning', row: 9, field: null },
      { code: 'more-issues', severity: 'warning', row: null, field: null, detail: 'not-a-number', actual: 2 },
    ]);
  });

  it('never caps errors', () => {
    const list = createIssueList(1);
    list.add({ code: 'internal-error', severity: 'error', row: null, field: null });
    list.add({ code: 'internal-error', severity: 'error', row: null, field: null, detail: 'second' });
    expect(list.hasError()).toBe(true);
    expect(list.finish()).toHaveLength(2);
  });

  it('adds no summary under the limit', () => {
    const list = createIssueList(3);
    list.add(warn(1));
    expect(list.hasError()).toBe(false);
    expect(list.finish()).toEqual([warn(1)]);
  });
});

describe('isRejected', () => {
  it('is true only for a whole-file error', () => {
    expect(isRejected([warn(1)])).toBe(false);
    expect(isRejected([{ code: 'empty-file', severity: 'error', row: null, field: null }])).toBe(true);
  });
});
