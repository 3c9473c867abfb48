import { createIssueList, type ImportIssue } from './importIssue';
import { NUMBER_RULES, parseNumber, type NumberRule } from './parseNumber';
import type { ParsedTable } from './parseTable';

export interface NumberColumn {
  /** Aligned with table.rows; null is no data (missing or unreadable), never zero. */
  values: (number | null)[];
  /** Every rule used in the column, in NUMBER_RULES order: pass to describeRules. */
  rules: NumberRule[];
  /** 'not-a-number' warnings naming the row and column, capped per code. */
  issues: ImportIssue[];
  /** Cells that held a missing marker ('', '—', 'NA', '暂无' …). */
  missing: number;
  /** Cells that were neither numbers nor missing markers. */
  unreadable: number;
}

/** Reads one column as numbers, reporting each unreadable cell. An unknown column yields all no
 * data and no issues (choosing a column is the caller's contract, not the file's). */
export function readNumberColumn(table: ParsedTable, column: string): NumberColumn {
  const c = table.columns.indexOf(column);
  const issues = createIssueList();
  const used = new Set<NumberRule>();
  let missing = 0;
  let unreadable = 0;
  const values = table.rows.map((row, i) => {
    const raw = c < 0 ? '' : (row[c] ?? '');
    const p = parseNumber(raw);
    for (const r of p.rules) used.add(r);
    if (!p.ok) {
      unreadable++;
      issues.add({ code: 'not-a-number', severity: 'warning', row: table.rowNumbers[i] ?? i + 1, field: column, raw });
    } else if (p.value === null) {
      missing++;
    }
    return p.value;
  });
  // 'plain' means "no rule needed"; it is dropped when any real rule was used.
  const rules = NUMBER_RULES.filter((r) => used.has(r) && !(r === 'plain' && used.size > 1));
  return { values, rules, issues: issues.finish(), missing, unreadable };
}
