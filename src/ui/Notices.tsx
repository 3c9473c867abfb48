import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { StorageProblem } from '../app/storage/storageProblem';
import { MAX_LINK_TABLES } from '../data/sharedDataset';

/** A message the user should see: something in their link, file or data was not used as given. */
export type Notice =
  | { kind: 'url'; param: string; raw: string }
  | { kind: 'error'; message: string }
  /** A table arrived in the link (sharedDataset.ts), the user added it, and it was stored (or could not be). */
  | { kind: 'shared'; name: string; values: number; saved: boolean }
  /** A link carried more tables than MAX_LINK_TABLES: said once. */
  | { kind: 'tooManyTables'; count: number }
  /** The browser's storage is refused, slow, full or taken by another tab (said once per kind). */
  | { kind: 'storage'; problem: StorageProblem };

export function noticeText(n: Notice, lang: Lang): string {
  switch (n.kind) {
    case 'url':
      return MESSAGES.urlIssue[lang](n.param, n.raw);
    case 'error':
      return n.message;
    case 'shared':
      return n.saved ? MESSAGES.sharedTable[lang](n.name, String(n.values)) : MESSAGES.storage.sharedNotSaved[lang](n.name);
    case 'tooManyTables':
      return MESSAGES.storage.tooManyTables[lang](String(n.count), String(MAX_LINK_TABLES));
    case 'storage':
      return MESSAGES.storage.problem[n.problem][lang];
  }
}

/** The one list of issues the user should know about; dismissable, and announced politely. */
export function Notices({ notices, lang, onDismiss }: { notices: Notice[]; lang: Lang; onDismiss(): void }) {
  if (notices.length === 0) return null;
  return (
    <div class="notices" role="status" aria-live="polite">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{noticeText(n, lang)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {MESSAGES.dismiss[lang]}
      </button>
    </div>
  );
}
