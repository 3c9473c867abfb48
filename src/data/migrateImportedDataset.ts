import { NUMBER_RULES, type NumberRule } from './import/numberRules';
import type { ImportedDataset } from './importedDataset';

/**
 * Imported tables as they were stored (IndexedDB) or carried in a link, in any shape ever written,
 * to today's `ImportedDataset`. Pure. Each step lifts one older shape to the next, in order, and
 * leaves a record already past it alone, so a record of any age goes through the steps it needs.
 *
 * A step knows its own old shape: the texts it reads back are frozen here, as they were written
 * then, never today's message tables (which may change).
 */
interface Step {
  /** What changed, and in which issue. */
  name: string;
  applies(d: Readonly<Record<string, unknown>>): boolean;
  run(d: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/**
 * Until #18 the parse rule was stored as the English sentence describeRules wrote for the rules
 * used, clauses in NUMBER_RULES order joined by "; ", the first capitalised, with a full stop:
 * "Thousands separators removed; 万 = ×10,000." — or "Numbers read as written." for none.
 */
const V1_RULE_CLAUSES: Readonly<Record<Exclude<NumberRule, 'plain'>, string>> = {
  fullwidth: 'full-width digits converted',
  thousands: 'thousands separators removed',
  percent: '% kept as percentage points',
  wan: '万 = ×10,000',
  yi: '亿 = ×100,000,000',
};
const V1_AS_WRITTEN = 'Numbers read as written.';

/** The rules a pre-#18 sentence names, in NUMBER_RULES order; null when it is not such a sentence. */
export function rulesFromV1Sentence(text: string): NumberRule[] | null {
  const t = text.trim();
  if (t === V1_AS_WRITTEN) return ['plain'];
  if (!t.endsWith('.')) return null;
  const clauses = t.slice(0, -1).split('; ');
  const byText = new Map(Object.entries(V1_RULE_CLAUSES).map(([rule, clause]) => [clause, rule as NumberRule]));
  const rules = new Set<NumberRule>();
  for (const [i, clause] of clauses.entries()) {
    const rule = byText.get(i === 0 ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause);
    if (!rule) return null;
    rules.add(rule);
  }
  return NUMBER_RULES.filter((r) => rules.has(r));
}

export const IMPORTED_DATASET_STEPS: readonly Step[] = [
  {
    name: '#18: the parse rule as message keys (numberRules) instead of an English sentence (parseRule)',
    applies: (d) => 'parseRule' in d,
    run: ({ parseRule, ...rest }) => ({ ...rest, numberRules: typeof parseRule === 'string' ? rulesFromV1Sentence(parseRule) : null }),
  },
];

/** `stored` in today's shape. It does not check the values: callers that take outside input
 * (a link) check them first, and storage holds only what this app wrote. */
export function migrateImportedDataset(stored: Readonly<Record<string, unknown>>): ImportedDataset {
  let d: Readonly<Record<string, unknown>> = stored;
  for (const step of IMPORTED_DATASET_STEPS) if (step.applies(d)) d = step.run(d);
  return d as unknown as ImportedDataset;
}
