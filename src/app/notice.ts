import type { StorageProblem } from './storage/storageProblem';

/** A message the user should see: something in their link, file or data was not used as given. */
export type Notice =
  | { kind: 'url'; param: string; raw: string }
  | { kind: 'error'; message: string }
  /** A table arrived in the link (sharedDataset.ts), the user added it, and it was stored (or could not be). */
  | { kind: 'shared'; name: string; values: number; saved: boolean }
  /** A link carried `count` tables, more than `limit` (MAX_LINK_TABLES): said once. */
  | { kind: 'tooManyTables'; count: number; limit: number }
  /** The browser's storage is refused, slow, full or taken by another tab (said once per kind). */
  | { kind: 'storage'; problem: StorageProblem };
