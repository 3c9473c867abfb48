import { useSignal } from '@preact/signals';
import { SHARE_REGION_MESSAGES } from '../i18n/shareRegionMessages';
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { BUNDLE_MESSAGES } from '../i18n/bundleMessages';
import { linkTooLong, withTables } from '../app/shareRules';
import { QrCode } from './QrCode';
import { useDialog } from './useDialog';
import { linkReach } from '../app/linkReach';

const M = MESSAGES.share;

/** Copies text, falling back to a selected text field where the Clipboard API is unavailable (http, old browsers). */
async function copy(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return document.execCommand?.('copy') ?? false;
  }
}

interface Props {
  lang: Lang;
  link: string;
  embedLink: string;
  title: string;
  /** The view shows data that lives only in this browser (imported tables or facilities). */
  localData: boolean;
  /** The imported tables the view uses, as link text (sharedDataset.ts), when they are small
   * enough; `all`: they are all of the view's local data (no imported facilities). */
  tables: { params: string[]; values: number; all: boolean } | null;
  /** The boundary file of the region set shown, which the link names but cannot carry; null for provinces. */
  regionFile?: string | null;
  onExport(): void;
  /** Downloads a bundle of this view and the user's own data (absent: not offered). */
  onBundle?(): void;
  onClose(): void;
}

/** Share: the link (copy, QR code for phones) and an iframe snippet for embedding. */
export function ShareDialog({ lang, link: viewLink, embedLink: viewEmbedLink, title, localData, tables, regionFile = null, onExport, onBundle, onClose }: Props) {
  const copied = useSignal<'link' | 'embed' | null>(null);
  const carry = useSignal(false);
  const link = carry.value && tables ? withTables(viewLink, tables.params) : viewLink;
  const embedLink = carry.value && tables ? withTables(viewEmbedLink, tables.params) : viewEmbedLink;
  const tooLong = linkTooLong(link);
  const linkRef = useRef<HTMLInputElement>(null);
  const embedRef = useRef<HTMLTextAreaElement>(null);
  const dialog = useDialog(onClose);
  const reach = linkReach(new URL(viewLink).hostname);
  const snippet = `<iframe src="${embedLink.replace(/"/g, '&quot;')}" title="${title.replace(/"/g, '&quot;')}" width="800" height="600" style="border:0" loading="lazy"></iframe>`;

  useEffect(() => {
    linkRef.current?.focus();
    linkRef.current?.select();
  }, []);

  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        class="dialog share"
        role="dialog"
        aria-modal="true"
        aria-labelledby="share-title"
        ref={dialog}
        tabIndex={-1}
      >
        <header class="panel-header">
          <h2 id="share-title">{M.title[lang]}</h2>
          <button type="button" class="close" aria-label={MESSAGES.close[lang]} onClick={onClose}>
            ×
          </button>
        </header>
        {tooLong && (
          <div class="link-too-long" role="alert" data-too-long={tooLong.kb}>
            <p>{MESSAGES.storage.linkTooLong[lang](tooLong.kb, tooLong.max)}</p>
            <button type="button" onClick={onExport}>
              {MESSAGES.imports.exportCsv[lang]}
            </button>
          </div>
        )}
        {localData && (
          <div class="local-data" role="note">
            <p>{carry.value && tables?.all ? M.tablesInLink[lang] : M.localData[lang]}</p>
            {regionFile !== null && <p data-region-file>{SHARE_REGION_MESSAGES.needsFile[lang](regionFile)}</p>}
            {tables && (
              <label class="check">
                <input type="checkbox" data-action="carry-tables" checked={carry.value} onChange={(e) => (carry.value = e.currentTarget.checked)} />
                {M.putTables[lang](String(tables.values))}
              </label>
            )}
            <button type="button" onClick={onExport}>
              {MESSAGES.imports.exportCsv[lang]}
            </button>
          </div>
        )}
        {reach && (
          <p class="link-reach" role="note" data-reach={reach}>
            {MESSAGES.classroom.reach[reach][lang]}
          </p>
        )}
        <label class="control wide">
          <span>{M.link[lang]}</span>
          <input ref={linkRef} type="text" readOnly value={link} id="share-link" />
        </label>
        <div class="row-buttons">
          <button type="button" class="primary" onClick={async () => (copied.value = (await copy(link, linkRef.current)) ? 'link' : null)}>
            {M.copyLink[lang]}
          </button>
          {copied.value === 'link' && <span role="status">{M.copied[lang]}</span>}
        </div>
        <div class="qr-wrap">
          <QrCode text={link} label={M.qrLabel[lang]} tooLong={M.qrTooLong[lang]} />
          <p class="muted">{M.qrHint[lang]}</p>
        </div>
        <label class="control wide">
          <span>{M.embed[lang]}</span>
          <textarea ref={embedRef} readOnly rows={3} value={snippet} id="embed-snippet" />
        </label>
        <div class="row-buttons">
          <button type="button" onClick={async () => (copied.value = (await copy(snippet, embedRef.current)) ? 'embed' : null)}>
            {M.copyEmbed[lang]}
          </button>
          {copied.value === 'embed' && <span role="status">{M.copied[lang]}</span>}
        </div>
        {onBundle && (
          <div class="take-along">
            <h3>{BUNDLE_MESSAGES.shareTitle[lang]}</h3>
            <p class="muted">{BUNDLE_MESSAGES.shareNote[lang]}</p>
            <button type="button" data-action="download-bundle" onClick={onBundle}>
              {BUNDLE_MESSAGES.download[lang]}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
