import { signal, type ReadonlySignal } from '@preact/signals';
import { parseCountyCensus, type CountyCensus } from '../data/counties/countyCensus';
import type { Source } from '../data/figure';
import type { Unit } from '../geo/units';
import { buildCountyCsv } from '../view/buildCountyCsv';
import type { CountyTableView } from '../view/buildCountyTable';
import { downloadText, safeFileName } from './download';

/** Where the county census stands: fetched on first use only, never in the first view. */
export type CountyCensusLoad =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; census: CountyCensus }
  | { status: 'error'; message: string };

/** The census by county as a use case: load it once, export a table of it. */
export interface CountyCensusUseCase {
  load: ReadonlySignal<CountyCensusLoad>;
  /** Starts the fetch the first time; later calls (and calls after a failure) do nothing until `retry`. */
  ensureLoaded(): void;
  retry(): void;
  /** Downloads the rows of a county table as CSV, sources on every row. */
  exportCsv(view: CountyTableView, unit: Unit, sources: Readonly<Record<string, Source>>): void;
}

interface Deps {
  /** Reads the committed file; injected in tests. */
  fetchJson(): Promise<unknown>;
  download(fileName: string, text: string): void;
}

/** public/data/counties.json, resolved against the page so the build runs from any folder. */
async function fetchCountiesJson(): Promise<unknown> {
  const url = new URL('data/counties.json', document.baseURI);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
  return res.json();
}

export function createCountyCensus(deps: Deps = { fetchJson: fetchCountiesJson, download: downloadText }): CountyCensusUseCase {
  const load = signal<CountyCensusLoad>({ status: 'idle' });
  const start = () => {
    load.value = { status: 'loading' };
    deps.fetchJson().then(
      (json) => {
        try {
          load.value = { status: 'ready', census: parseCountyCensus(json) };
        } catch (e) {
          load.value = { status: 'error', message: e instanceof Error ? e.message : String(e) };
        }
      },
      (e: unknown) => (load.value = { status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };
  return {
    load,
    ensureLoaded: () => {
      if (load.peek().status === 'idle') start();
    },
    retry: () => {
      if (load.peek().status === 'error') start();
    },
    exportCsv: (view, unit, sources) =>
      deps.download(`liushou-atlas-counties-${safeFileName(unit.en)}-census-2010-2020.csv`, buildCountyCsv(view, unit, sources)),
  };
}

/** The app's one instance; its module loads with the county table, not in the first view. */
export const countyCensus: CountyCensusUseCase = createCountyCensus();
