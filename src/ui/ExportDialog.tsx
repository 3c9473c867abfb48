import { useSignal } from '@preact/signals';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { Ratio } from '../app/composePicture';
import { useDialog } from './useDialog';

const M = MESSAGES.story;

interface Props {
  lang: Lang;
  onPng(ratio: Ratio, scale: number): Promise<void>;
  onPrint(): Promise<void>;
  onCsv(): void;
  onClose(): void;
}

/** Export the current view: PNG (16:9 or 4:3, 1× or 2×), print on A4 landscape, or the table as CSV. */
export function ExportDialog({ lang, onPng, onPrint, onCsv, onClose }: Props) {
  const ratio = useSignal<Ratio>('16:9');
  const scale = useSignal(1);
  const busy = useSignal(false);
  const dialog = useDialog(onClose);
  const run = async (f: () => Promise<void>) => {
    busy.value = true;
    try {
      await f();
    } finally {
      busy.value = false;
    }
  };
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div class="dialog export" role="dialog" aria-modal="true" aria-labelledby="export-title" tabIndex={-1} ref={dialog}>
        <header class="panel-header">
          <h2 id="export-title">{M.exportPng[lang]}</h2>
          <button type="button" class="close" aria-label={MESSAGES.close[lang]} onClick={onClose}>
            ×
          </button>
        </header>
        <div class="review-columns">
          <div class="segmented" role="radiogroup" aria-label={M.size[lang]}>
            {(['16:9', '4:3'] as const).map((r) => (
              <button key={r} type="button" role="radio" aria-checked={ratio.value === r} data-ratio={r} onClick={() => (ratio.value = r)}>
                {r}
              </button>
            ))}
          </div>
          <div class="segmented" role="radiogroup" aria-label={M.size[lang]}>
            {[1, 2].map((s) => (
              <button key={s} type="button" role="radio" aria-checked={scale.value === s} data-scale={s} onClick={() => (scale.value = s)}>
                {s}×
              </button>
            ))}
          </div>
        </div>
        <div class="row-buttons">
          <button type="button" class="primary" data-action="png" disabled={busy.value} onClick={() => run(() => onPng(ratio.value, scale.value))}>
            {M.exportPng[lang]}
          </button>
          <button type="button" data-action="print" disabled={busy.value} onClick={() => run(onPrint)}>
            {M.print[lang]}
          </button>
          <button type="button" data-action="csv" onClick={onCsv}>
            {MESSAGES.imports.exportCsv[lang]}
          </button>
        </div>
        {busy.value && <p role="status">{M.exporting[lang]}</p>}
      </div>
    </div>
  );
}
