import type { BundleController, BundlePhase } from '../app/bundle/createBundleController';
import type { BundleRefusal } from '../app/bundle/parseBundle';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { BUNDLE_MESSAGES } from '../i18n/bundleMessages';
import { describeFieldIssue } from '../view/describeFieldIssue';
import { formatNumber } from '../view/formatValue';

const B = BUNDLE_MESSAGES;

interface Props {
  lang: Lang;
  bundles: BundleController;
  /** The label of an indicator this browser holds, for the review's "The view: …". */
  indicatorLabel(id: string): string | null;
}

/**
 * "Open a bundle" in the Your data tab: choose a file (or drop one anywhere on the page), see what
 * it holds, then Apply or Cancel. Every name from the file is rendered as text.
 */
export function BundlePanel({ lang, bundles, indicatorLabel }: Props) {
  const phase = bundles.phase.value;
  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    if (f) void bundles.open(f);
    input.value = '';
  };
  return (
    <section class="bundle-open" aria-labelledby="bundle-open-title" data-bundle={phase.type}>
      <h3 id="bundle-open-title">{B.openTitle[lang]}</h3>
      {/* The hint stays outside the label: as the file input's name it would make "Share" in it a
          second button called Share. */}
      <p class="muted" id="bundle-open-hint">
        {B.openHint[lang]}
      </p>
      <label class="dropzone-bundle">
        <span>{B.choose[lang]}</span>
        <input type="file" data-action="open-bundle" accept=".json,application/json" aria-describedby="bundle-open-hint" onChange={onFile} />
      </label>
      {phase.type === 'reading' && <p role="status">{B.reading[lang](phase.fileName)}</p>}
      {phase.type === 'applying' && <p role="status">{B.applying[lang]}</p>}
      {phase.type === 'refused' && (
        <div class="rejected bundle-refused" role="alert" data-refusal={phase.refusal.reason}>
          <p>
            <strong>{B.refused[lang](phase.fileName)}</strong> {B.nothingChanged[lang]}
          </p>
          <Refusal lang={lang} refusal={phase.refusal} />
          <button type="button" onClick={() => bundles.cancel()}>
            {MESSAGES.dismiss[lang]}
          </button>
        </div>
      )}
      {phase.type === 'review' && <Review lang={lang} bundles={bundles} phase={phase} indicatorLabel={indicatorLabel} />}
    </section>
  );
}

function Refusal({ lang, refusal }: { lang: Lang; refusal: BundleRefusal }) {
  const R = B.refusals;
  switch (refusal.reason) {
    case 'too-big':
      return <p>{R.tooBig[lang](formatNumber(refusal.size / 2 ** 20, lang, { digits: 1 }), formatNumber(refusal.max / 2 ** 20, lang))}</p>;
    case 'not-json':
      return <p>{R.notJson[lang](refusal.detail)}</p>;
    case 'not-bundle':
      return <p>{R.notBundle[lang]}</p>;
    case 'newer':
      return <p>{R.newer[lang](String(refusal.version), String(refusal.max))}</p>;
    case 'fields':
      return (
        <>
          <p>{R.fields[lang](formatNumber(refusal.issues.length + refusal.more, lang))}</p>
          <ul class="issue-list">
            {refusal.issues.map((i) => (
              <li key={i.field} data-field={i.field}>
                {describeFieldIssue(i, lang)}
              </li>
            ))}
          </ul>
          {refusal.more > 0 && <p>{R.more[lang](formatNumber(refusal.more, lang))}</p>}
        </>
      );
  }
}

function Review({
  lang,
  bundles,
  phase,
  indicatorLabel,
}: {
  lang: Lang;
  bundles: BundleController;
  phase: Extract<BundlePhase, { type: 'review' }>;
  indicatorLabel(id: string): string | null;
}) {
  const { bundle, held, view } = phase;
  const n = (x: number) => formatNumber(x, lang);
  const day = (iso: string) => iso.slice(0, 10);
  const table = bundle.tables.find((t) => t.id === view.indicator);
  const label = table ? table.name : indicatorLabel(view.indicator);
  const heldMark = (h: boolean | undefined) => h && <span class="muted"> {B.held[lang]}</span>;
  return (
    <div class="review bundle-review" data-tables={bundle.tables.length} data-facility-sets={bundle.facilitySets.length} data-region-sets={bundle.regionSets.length}>
      <p>
        <strong>{B.reviewTitle[lang](phase.fileName, day(bundle.createdAt))}</strong>
      </p>
      <p class="bundle-view">{label ? B.view[lang](label) : B.defaultView[lang]}</p>
      <p>{B.holds[lang]}</p>
      {bundle.tables.length > 0 && (
        <>
          <h4>{B.kinds.tables[lang]}</h4>
          <ul class="bundle-items">
            {bundle.tables.map((t, i) => {
              const sources = [...new Set(t.values.flatMap((v) => (v.source ? [v.source] : [])))];
              return (
                <li key={t.id} data-table={t.id}>
                  <strong class="bundle-name">{t.name}</strong> {B.table[lang](n(t.values.length), t.fileName, day(t.importedAt))}
                  {heldMark(held.tables[i])}
                  {sources.length > 0 && <div class="muted">{B.tableSources[lang](sources.slice(0, 3).join('; ') + (sources.length > 3 ? ' …' : ''))}</div>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {bundle.facilitySets.length > 0 && (
        <>
          <h4>{B.kinds.facilitySets[lang]}</h4>
          <ul class="bundle-items">
            {bundle.facilitySets.map((s, i) => (
              <li key={s.id} data-facility-set={s.id}>
                <strong class="bundle-name">{s.name}</strong> {B.facilitySet[lang](n(s.facilities.length), s.fileName, day(s.importedAt))}
                {s.synthetic && <strong class="synthetic"> {B.synthetic[lang]}</strong>}
                {heldMark(held.facilitySets[i])}
              </li>
            ))}
          </ul>
        </>
      )}
      {bundle.regionSets.length > 0 && (
        <>
          <h4>{B.kinds.regionSets[lang]}</h4>
          <ul class="bundle-items">
            {bundle.regionSets.map((s, i) => (
              <li key={s.id} data-region-set={s.id}>
                {B.regionSet[lang](n(s.regions.length), s.fileName, day(s.importedAt))}
                {heldMark(held.regionSets[i])}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="muted">{B.notChecked[lang]}</p>
      <div class="row-buttons">
        <button type="button" class="primary" data-action="apply-bundle" onClick={() => void bundles.apply()}>
          {B.apply[lang]}
        </button>
        <button type="button" data-action="cancel-bundle" onClick={() => bundles.cancel()}>
          {B.cancel[lang]}
        </button>
      </div>
    </div>
  );
}
