import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { Notice } from '../app/notice';

// The type lives with the use cases that raise notices (src/app/notice.ts).
export type { Notice };

export function noticeText(n: Notice, lang: Lang): string {
  switch (n.kind) {
    case 'url':
      return MESSAGES.urlIssue[lang](n.param, n.raw);
    case 'error':
      return n.message;
    case 'shared':
      return n.saved ? MESSAGES.sharedTable[lang](n.name, String(n.values)) : MESSAGES.storage.sharedNotSaved[lang](n.name);
    case 'tooManyTables':
      return MESSAGES.storage.tooManyTables[lang](String(n.count), String(n.limit));
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
