import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../facilities/computeCoverage';
import { FACILITY_TYPES, type FacilitySet, type FacilityType } from '../facilities/facility';
import type { SupplyMeasure } from '../facilities/gapScore';
import { collection, facilityAt, square } from '../facilities/testFixtures';
import { LANGS } from '../i18n/lang';
import { citationText, citationView } from '../view/publisherText';
import { CATALOGUE } from './catalogue';
import { buildCoverageIndicators, FACILITY_SOURCE_ID, type DerivedData } from './coverageIndicators';
import { citation } from './exportCsv';
import { figureNote } from './figureNotes';
import WORDS from './coverageIndicators.words.json';

/** Every word the coverage indicators show (screen, CSV, caption), in both languages, by "id field lang". */
function coverageWords(d: DerivedData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of d.indicators) {
    for (const lang of LANGS) {
      out[`${i.id} label ${lang}`] = i.label[lang];
      out[`${i.id} unit ${lang}`] = i.unit[lang];
      out[`${i.id} definition ${lang}`] = i.definition[lang];
      const notes = new Set(d.figures.filter((f) => f.series === `cov:${i.id}`).map((f) => figureNote(f.note, f.noteText)[lang]));
      out[`${i.id} note ${lang}`] = [...notes].join(' | ');
    }
  }
  const src = d.sources[FACILITY_SOURCE_ID]!;
  for (const lang of LANGS) {
    // As the Sources tab (with its id) and a picture's caption (citationText) show it.
    const c = citationView(src, lang, FACILITY_SOURCE_ID);
    for (const k of ['publisher', 'title', 'date', 'excerpt'] as const) out[`source ${k} ${lang}`] = c[k];
    out[`source citation ${lang}`] = citationText(src, lang, FACILITY_SOURCE_ID);
  }
  out['source csv'] = citation(src);
  return out;
}

const provinces = collection(square('BJ', 116, 39), square('TJ', 117, 39));
const children = CATALOGUE.find((i) => i.id === 'children')!;
const file = (over: Partial<FacilitySet> = {}, capacity: number | null = 20): FacilitySet => ({
  id: 'f', name: 'homes', fileName: 'homes.csv', importedAt: '2026-11-30T10:00:00.000Z', synthetic: false,
  facilities: [facilityAt(116.5, 39.5, { capacity }), facilityAt(116.2, 39.2, { capacity }), facilityAt(117.5, 39.5, { capacity }), facilityAt(90, 10, { capacity })],
  ...over,
});
const synthetic = (capacity: number | null = 20) =>
  file({ id: 'demo', name: 'Synthetic demonstration facilities', fileName: '', importedAt: '2026-12-01T08:00:00.000Z', synthetic: true }, capacity);

function derive(sets: FacilitySet[], types: readonly FacilityType[], supply: SupplyMeasure): DerivedData {
  const result = computeCoverage({ facilities: sets.flatMap((s) => s.facilities), provinces, demand: new Map([['BJ', 1000], ['TJ', 500]] as const), radiusKm: 25 });
  return buildCoverageIndicators(result, { sets, demand: children, demandYear: 2020, demandSources: [], radiusKm: 25, types, supply });
}

const CASES: Array<[string, () => DerivedData]> = [
  ['a user file (GCJ-02), all types, facilities', () => derive([file({ crs: 'GCJ02' })], FACILITY_TYPES, 'facilities')],
  ['a user file without capacities, one type, capacity asked (falls back)', () => derive([file({}, null)], ['home'], 'capacity')],
  ['the synthetic set, several types, capacity', () => derive([synthetic()], ['home', 'school'], 'capacity')],
  ['the synthetic set and a BD-09 file, one type, facilities', () => derive([synthetic(null), file({ crs: 'BD09', importedAt: '2026-12-02T09:00:00.000Z' }, null)], ['centre'], 'facilities')],
  ['a user file, no type, capacity', () => derive([file()], [], 'capacity')],
];

// #18: the coverage indicators' words move from sentences in src/data to message keys; what the
// reader sees must not change. The expected words were taken from the code before the move.
describe('every word of the coverage indicators, in both languages', () => {
  it.each(CASES)('%s', (name, make) => {
    expect(coverageWords(make())).toEqual(WORDS[name as keyof typeof WORDS]);
  });

  it('the expected words name exactly these cases', () => {
    expect(Object.keys(WORDS)).toEqual(CASES.map(([name]) => name));
  });
});
