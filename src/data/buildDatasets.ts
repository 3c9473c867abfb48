import type { Unit } from '../geo/units';
import type { Datasets } from './datasets';
import type { NationalFigure, RegionalFigure, Source } from './figure';
import type { Indicator } from './indicator';
import { EMPTY_DERIVED, type DerivedData } from './coverageIndicators';
import { importedFigures, importedIndicator, importedRowSources, importedSource, sourceIdOf, type ImportedDataset } from './importedDataset';
import { buildFigureIndex } from './indicatorValues';

/** The embedded catalogue plus the user's imported tables, as one set of datasets. Pure. */
export function buildDatasets(
  embedded: {
    units: readonly Unit[];
    indicators: readonly Indicator[];
    figures: readonly RegionalFigure[];
    sources: Readonly<Record<string, Source>>;
    /** National figures (no province); none when absent. */
    national?: readonly NationalFigure[];
  },
  imported: readonly ImportedDataset[],
  derived: DerivedData = EMPTY_DERIVED,
): Datasets {
  const figures = [...embedded.figures, ...derived.figures, ...imported.flatMap(importedFigures)];
  const indicators = [...embedded.indicators, ...derived.indicators, ...imported.map(importedIndicator)];
  return {
    units: embedded.units,
    indicators: new Map(indicators.map((i) => [i.id, i])),
    figures,
    index: buildFigureIndex(figures),
    sources: { ...embedded.sources, ...derived.sources, ...Object.fromEntries(imported.map((d) => [sourceIdOf(d), importedSource(d)])), ...Object.assign({}, ...imported.map(importedRowSources)) },
    national: embedded.national ?? [],
  };
}
