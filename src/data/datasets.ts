import type { Unit } from '../geo/units';
import type { NationalFigure, RegionalFigure, Source } from './figure';
import type { Indicator } from './indicator';
import type { FigureIndex } from './indicatorValues';

/** Everything the app holds that the view is built from. Immutable once loaded. */
export interface Datasets {
  units: readonly Unit[];
  indicators: ReadonlyMap<string, Indicator>;
  figures: readonly RegionalFigure[];
  index: FigureIndex;
  sources: Readonly<Record<string, Source>>;
  /** Every national figure (no province: national totals and breakdowns); the view model groups them for display. */
  national: readonly NationalFigure[];
}
