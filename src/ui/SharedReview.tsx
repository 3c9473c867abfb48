import type { SharedTables } from '../app/createSharedTables';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';

const S = MESSAGES.storage;

/** What a link's tables are, before any of them changes anything: names, files, values; add or not. */
export function SharedReview({ shared, lang, onDeclined }: { shared: SharedTables; lang: Lang; onDeclined(ids: string[]): void }) {
  const tables = shared.pending.value;
  if (tables.length === 0) return null;
  return (
    <section class="notices shared-review" role="region" aria-label={S.acceptShared[lang]}>
      <div>
        <p>{S.reviewShared[lang](String(tables.length))}</p>
        <ul>
          {tables.map((d) => (
            <li key={d.id} data-shared={d.id}>
              {S.sharedItem[lang](d.name, d.fileName, String(d.values.length))}
            </li>
          ))}
        </ul>
      </div>
      <div class="row-buttons">
        <button type="button" class="primary" data-action="accept-shared" onClick={() => void shared.accept()}>
          {S.acceptShared[lang]}
        </button>
        <button type="button" data-action="decline-shared" onClick={() => onDeclined(shared.decline())}>
          {S.declineShared[lang]}
        </button>
      </div>
    </section>
  );
}
