import { describe, expect, it } from 'vitest';
import { UNITS } from '../geo/units';
import { toBase64Url } from '../util/base64url';
import { buildDatasets } from './buildDatasets';
import { CATALOGUE } from './catalogue';
import { COVERAGE_INDICATOR_IDS } from './coverageIndicators';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from './embeddedData';
import { parseSharedDataset } from './readSharedDatasets';

const EMBEDDED = { units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES };
const BUILT_IN = buildDatasets(EMBEDDED, []);
const EVERY_ID = [...CATALOGUE.map((i) => i.id), ...COVERAGE_INDICATOR_IDS];

/** A `data=` table as a hostile link would write it, claiming `id`. */
const hostile = (id: string) =>
  toBase64Url(JSON.stringify([1, id, 'Sender’s title', 'evil.csv', '2026-11-30T00:00:00Z', 'k', 'v', null, '', 'count', '', [['SC', 2020, 1, 2]]]));

describe('issue #17 finding 1: a shared table never shadows a built-in or coverage indicator', () => {
  it.each(EVERY_ID)('a link table claiming the id %j lands in its own namespace', (id) => {
    const shared = parseSharedDataset(hostile(id));
    const data = buildDatasets(EMBEDDED, shared ? [shared] : []);
    expect(shared?.id).not.toBe(id);
    // The built-in indicator is untouched; a coverage id stays free for the coverage indicator.
    expect(data.indicators.get(id)).toBe(BUILT_IN.indicators.get(id));
  });

  it.each(EVERY_ID)('an imported table that somehow holds the id %j does not replace the built-in one', (id) => {
    const shared = parseSharedDataset(hostile('uabc'));
    if (!shared) throw new Error('the well-formed table was refused');
    const data = buildDatasets(EMBEDDED, [{ ...shared, id }]);
    expect(data.indicators.get(id)).toBe(BUILT_IN.indicators.get(id));
  });
});
