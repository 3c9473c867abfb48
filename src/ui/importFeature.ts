// The import workflow in one chunk, loaded on first use (main.tsx): the panel, its controller,
// the parsers with papaparse, the join report and the import messages. Most visits never open it.
export { createImportController } from '../app/createImportController';
export { ImportPanel } from './ImportPanel';
