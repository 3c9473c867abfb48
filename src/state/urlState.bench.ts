import { bench, describe } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import { sharedDatasetsIn } from '../data/readSharedDatasets';
import { parseUrlState } from './urlState';

/** Issue #17: any link the app accepts parses in under 50 ms at 16 KB (run: npx vitest bench --run src/state/urlState.bench.ts). */
const { indicators } = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);
const KB16 = 16 * 1024;
const fill = (unit: string, prefix = '?') => prefix + unit.repeat(Math.ceil(KB16 / unit.length)).slice(0, KB16 - prefix.length);
const LINKS = {
  'old-style ?province=SC& repeated': fill('province=SC&'),
  'v=1 with sel=SC repeated': fill('sel=SC&', '?v=1&'),
  'distinct unknown parameters': '?' + Array.from({ length: 2000 }, (_, i) => `x${i}=1`).join('&').slice(0, KB16),
  'one 16 KB story= value': `?v=1&present=1&story=${'A'.repeat(KB16)}`,
  'data= tables repeated': fill('data=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&'),
};

describe('parse a 16 KB link', () => {
  for (const [name, link] of Object.entries(LINKS)) {
    bench(name, () => {
      parseUrlState(link, { indicators });
      sharedDatasetsIn(link);
    });
  }
});
