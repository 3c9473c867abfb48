import figuresJson from './embedded/figures.json';
import sourcesJson from './embedded/sources.json';
import type { NationalFigure, RegionalFigure, Source } from './figure';
import { PROGRAMME_SOURCES } from './programmes';

/**
 * The figures shipped with the app, built from the project's verified data (see embedded/README.md).
 * Typed here once so the rest of the app never sees the JSON's loose types.
 */
export const EMBEDDED_FIGURES: readonly RegionalFigure[] = figuresJson.regional as RegionalFigure[];
export const EMBEDDED_NATIONAL: readonly NationalFigure[] = figuresJson.national as NationalFigure[];
export const EMBEDDED_SOURCES: Readonly<Record<string, Source>> = {
  ...(sourcesJson as Record<string, Source>),
  ...PROGRAMME_SOURCES,
};
