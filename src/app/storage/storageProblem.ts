import type { Bilingual } from '../../i18n/lang';
import { STORAGE_MESSAGES } from '../../i18n/storageMessages';
/**
 * What can go wrong with the browser's storage, as the user needs to hear it. Each has one message
 * (src/i18n/storageMessages.ts); the app says it once, in the notices.
 *
 * - refused: the browser denies storage here (a third-party iframe with blocked cookies, some private modes).
 * - timeout: opening IndexedDB did not settle within the time limit (OPEN_TIMEOUT_MS).
 * - blocked: an older tab of the atlas holds the database open, so this tab cannot upgrade it.
 * - versionchange: a newer tab asked this one to let go of the database.
 * - quota: a write was refused because the browser's storage for this site is full.
 * - failed: any other failed write.
 */
export type StorageProblem = 'refused' | 'timeout' | 'blocked' | 'versionchange' | 'quota' | 'failed';

// The catalogue names no app type (i18n imports nothing but its own), so the check is here: a
// problem without its sentence in both languages does not compile.
STORAGE_MESSAGES.problem satisfies Record<StorageProblem, Bilingual>;

/** A write that did not reach storage; nothing was changed. */
export class StorageWriteError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause?: unknown,
  ) {
    super(`storage write failed (${problem})`, { cause });
    this.name = 'StorageWriteError';
  }
}

/** The problem behind an error thrown by IndexedDB or localStorage. */
export function problemOf(err: unknown): StorageProblem {
  if (err instanceof StorageWriteError) return err.problem;
  const name = typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
  // Chromium names quota errors QuotaExceededError; old Firefox used NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  if (name === 'SecurityError') return 'refused';
  return 'failed';
}
