import { buildDatasets } from '../../src/data/buildDatasets';
import { CATALOGUE } from '../../src/data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../../src/data/embeddedData';
import { UNITS } from '../../src/geo/units';
import { DEFAULT_STATE, type AppState } from '../../src/state/appState';
import { buildViewModel } from '../../src/view/buildViewModel';

/** The embedded datasets, as the app builds them: tests compute expected colours with the app's own pure code. */
export const DATA = buildDatasets({ units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES }, []);

export const expectedView = (patch: Partial<AppState>) => buildViewModel({ ...DEFAULT_STATE, ...patch }, DATA);
