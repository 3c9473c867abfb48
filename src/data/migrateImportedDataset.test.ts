import { describe, expect, it } from 'vitest';
import { NUMBER_RULES } from './import/parseNumber';
import { IMPORTED_DATASET_STEPS, migrateImportedDataset, rulesFromV1Sentence } from './migrateImportedDataset';

/** A table as IndexedDB held it before #18: the rules as the English sentence describeRules wrote. */
const V1 = {
  id: 'u-k3f9a2',
  name: '留守儿童',
  fileName: 'counties.csv',
  importedAt: '2026-11-29T22:00:00.000Z',
  keyColumn: '省份',
  valueColumn: '留守儿童',
  yearColumn: null,
  unit: '人',
  kind: 'count',
  parseRule: 'Thousands separators removed; 万 = ×10,000; % kept as percentage points.',
  values: [{ region: 'SC', year: 0, value: 12000, row: 2 }],
  combine: { method: 'sum', provinces: 1, rows: 2 },
};

describe('migrateImportedDataset (#18: message keys, not English sentences)', () => {
  it('reads a stored pre-#18 table into today’s shape: the sentence becomes rule keys, all else kept', () => {
    const { parseRule: _, ...rest } = V1;
    expect(migrateImportedDataset(V1)).toEqual({ ...rest, numberRules: ['thousands', 'wan', 'percent'] });
  });

  it('leaves a table already in today’s shape as it is', () => {
    const today = migrateImportedDataset(V1);
    expect(migrateImportedDataset(today as never)).toEqual(today);
  });

  it('keeps a sentence it cannot read as "not recorded" (null), never as guessed rules', () => {
    expect(migrateImportedDataset({ ...V1, parseRule: 'Numbers as written.' }).numberRules).toBeNull();
    expect(migrateImportedDataset({ ...V1, parseRule: 42 }).numberRules).toBeNull();
  });

  it('runs its steps in order, each named', () => {
    expect(IMPORTED_DATASET_STEPS.map((s) => s.name)).toEqual([expect.stringMatching(/^#18: /)]);
  });
});

describe('rulesFromV1Sentence', () => {
  it.each<[string, string, ReturnType<typeof rulesFromV1Sentence>]>([
    ['none', 'Numbers read as written.', ['plain']],
    ['one', 'Thousands separators removed.', ['thousands']],
    ['full-width first, capitalised', 'Full-width digits converted; 亿 = ×100,000,000.', ['fullwidth', 'yi']],
    ['a rule first, whose first character has no case', '万 = ×10,000; % kept as percentage points.', ['wan', 'percent']],
    ['no full stop', 'Thousands separators removed', null],
    ['an unknown clause', 'Thousands separators removed; commas doubled.', null],
    ['the Chinese sentence (never stored)', '已去除千位分隔符。', null],
  ])('%s', (_n, sentence, rules) => {
    expect(rulesFromV1Sentence(sentence)).toEqual(rules);
  });

  it('reads back every sentence the old describeRules could write (all 32 combinations of the five rules)', () => {
    // The old describeRules, as it was: clauses in NUMBER_RULES order, "; ", capitalised, full stop.
    const clause: Record<string, string> = {
      fullwidth: 'full-width digits converted',
      thousands: 'thousands separators removed',
      wan: '万 = ×10,000',
      yi: '亿 = ×100,000,000',
      percent: '% kept as percentage points',
    };
    const rules = NUMBER_RULES.filter((r) => r !== 'plain');
    for (let mask = 1; mask < 1 << rules.length; mask++) {
      const used = rules.filter((_, i) => mask & (1 << i));
      const s = used.map((r) => clause[r]).join('; ');
      expect(rulesFromV1Sentence(`${s.charAt(0).toUpperCase()}${s.slice(1)}.`)).toEqual(used);
    }
  });
});
