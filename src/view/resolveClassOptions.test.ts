import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../data/buildDatasets';
import { CATALOGUE } from '../data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../data/embeddedData';
import { UNITS } from '../geo/units';
import type { PaletteId } from '../scales/palettes';
import { DEFAULT_STATE, type AppState } from '../state/appState';
import { buildViewModel } from './buildViewModel';

const data = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);

/** The classes without their colours: what high contrast must leave alone. */
const classesOf = (state: AppState) => {
  const { classification: c, fills } = buildViewModel(state, data);
  return {
    kind: c.kind,
    method: c.method,
    thresholds: c.thresholds,
    midpoint: c.midpoint,
    bins: c.bins.map(({ lower, upper, count, category }) => ({ lower, upper, count, category })),
    colours: c.bins.map((b) => b.color),
    fills,
  };
};

const choices: Array<Partial<AppState>> = [
  {},
  { method: 'equal' },
  { method: 'jenks', classes: 5 },
  { palette: 'PuOr' as PaletteId },
  { palette: 'Oranges' as PaletteId, method: 'quantile', classes: 4 },
];

describe('high contrast changes colours only (issue 16)', () => {
  const cases = CATALOGUE.flatMap((ind) => choices.map((choice) => ({ id: ind.id, choice, label: `${ind.id} ${JSON.stringify(choice)}` })));
  it.each(cases)('$label: same classes, same breaks, same midpoint; other colours', ({ id, choice }) => {
    const base = { ...DEFAULT_STATE, indicator: id, ...choice };
    const normal = classesOf(base);
    const high = classesOf({ ...base, highContrast: true });
    expect(high.kind).toBe(normal.kind);
    expect(high.method).toBe(normal.method);
    expect(high.thresholds).toEqual(normal.thresholds);
    expect(high.midpoint).toBe(normal.midpoint);
    expect(high.bins).toEqual(normal.bins);
    // Each unit keeps its class: same fill in both maps ⇔ same fill in the other.
    const ids = Object.keys(normal.fills);
    for (const a of ids) for (const b of ids) expect(high.fills[a] === high.fills[b]).toBe(normal.fills[a] === normal.fills[b]);
    if (normal.colours.length > 1) expect(high.colours).not.toEqual(normal.colours);
  });

  it('a diverging indicator stays diverging, around the same midpoint', () => {
    const normal = classesOf({ ...DEFAULT_STATE, indicator: 'netsend' });
    expect(normal.kind).toBe('diverging');
    expect(classesOf({ ...DEFAULT_STATE, indicator: 'netsend', highContrast: true }).midpoint).toBe(0);
  });
});
