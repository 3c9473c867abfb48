import type { Unit } from '../geo/units';
import type { Datasets } from './datasets';
import type { NationalFigure, RegionalFigure, Source } from './figure';
import type { Indicator } from './indicator';
import { EMPTY_DERIVED, type DerivedData } from './coverageIndicators';
import { importedFigures, isProvinceTable, importedIndicator, importedRowSources, importedSource, sourceIdOf, type ImportedDataset } from './importedDataset';
import { buildFigureIndex } from './indicatorValues';
import { isImportedId } from './importedId';

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
  // Imported tables only in their own namespace, each id once: none can stand in for a built-in,
  // a coverage indicator or another table, whatever its record says (importedId.ts).
  const seen = new Set<string>();
  // Tables joined to a region set are that set's indicators (createRegionLayer), never provinces'.
  const own = imported.filter(isProvinceTable).filter((d) => isImportedId(d.id) && !seen.has(d.id) && seen.add(d.id));
  const figures = [...embedded.figures, ...derived.figures, ...own.flatMap(importedFigures)];
  const indicators = [...embedded.indicators, ...derived.indicators, ...own.map(importedIndicator)];
  return {
    units: embedded.units,
    indicators: new Map(indicators.map((i) => [i.id, i])),
    figures,
    index: buildFigureIndex(figures),
    sources: { ...embedded.sources, ...derived.sources, ...Object.fromEntries(own.map((d) => [sourceIdOf(d), importedSource(d)])), ...Object.assign({}, ...own.map(importedRowSources)) },
    national: embedded.national ?? [],
  };
}
