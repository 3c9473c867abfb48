import type { UnitId } from '../geo/units';
import type { FigureNoteText, RegionalFigure } from './figure';
import { isDerivedSeries } from './figure';
import type { Indicator } from './indicator';

/** One unit's value of one indicator in one year, with where it came from. */
export interface Datum {
  value: number;
  sources: string[];
  /** The source's own unit text and caveats (for ratios: both parts). */
  note: string;
  /** An imported value's note as a message key (figureNotes.figureNote makes it a sentence). */
  noteText?: FigureNoteText;
  derived: boolean;
  /** Rests on synthetic demonstration data. */
  synthetic?: boolean;
}

/**
 * Index figures by series, then year, then unit, once, so that building an indicator's values is a
 * lookup rather than a scan (the view model is rebuilt on every state change).
 */
export type FigureIndex = ReadonlyMap<string, ReadonlyMap<number, ReadonlyMap<UnitId, RegionalFigure>>>;

export function buildFigureIndex(figures: readonly RegionalFigure[]): FigureIndex {
  const index = new Map<string, Map<number, Map<UnitId, RegionalFigure>>>();
  for (const f of figures) {
    let byYear = index.get(f.series);
    if (!byYear) index.set(f.series, (byYear = new Map()));
    let byUnit = byYear.get(f.year);
    if (!byUnit) byYear.set(f.year, (byUnit = new Map()));
    byUnit.set(f.region, f);
  }
  return index;
}

/**
 * The indicator's values for `year`, by unit. A unit without a figure is absent: no data, never 0.
 * A ratio needs both parts; a zero denominator is no data too.
 */
export function indicatorValues(indicator: Indicator, index: FigureIndex, year: number): Map<UnitId, Datum> {
  const out = new Map<UnitId, Datum>();
  const spec = indicator.value;
  if (spec.type === 'series') {
    for (const series of typeof spec.series === 'string' ? [spec.series] : spec.series) {
      for (const [unit, f] of index.get(series)?.get(year) ?? []) {
        if (out.has(unit)) continue;
        out.set(unit, {
          value: f.value,
          sources: f.sources,
          note: f.note,
          ...(f.noteText ? { noteText: f.noteText } : {}),
          derived: f.derived === true || isDerivedSeries(f.series),
          ...(f.synthetic ? { synthetic: true } : {}),
        });
      }
    }
    return out;
  }
  const nums = index.get(spec.numerator.series)?.get(spec.numerator.year);
  const dens = index.get(spec.denominator.series)?.get(spec.denominator.year);
  for (const [unit, num] of nums ?? []) {
    const den = dens?.get(unit);
    if (!den || den.value === 0) continue;
    out.set(unit, {
      value: (num.value / den.value) * spec.per,
      sources: [...new Set([...num.sources, ...den.sources])],
      note: `${num.note} ÷ ${den.note}`,
      derived: true,
    });
  }
  return out;
}

/** Every source id behind an indicator's values, in all its years. */
export function indicatorSourceIds(indicator: Indicator, index: FigureIndex): string[] {
  const ids = new Set<string>();
  for (const year of indicator.years) {
    for (const d of indicatorValues(indicator, index, year).values()) for (const s of d.sources) ids.add(s);
  }
  return [...ids];
}
