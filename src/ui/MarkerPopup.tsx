import type { Facility, FacilitySet } from '../facilities/facility';
import { PROGRAMMES } from '../view/vocabulary';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { SourceRef } from '../view/buildViewModel';
import { formatNumber } from '../view/formatValue';
import type { MarkerHit } from './MapView';
import { SourceCitation } from './SourceLine';

const M = MESSAGES.facilities;

/** Details of a clicked facility or programme. Names from files are text, never HTML. */
export function MarkerPopup({
  hit,
  lang,
  sets,
  sourceRef,
  onClose,
}: {
  hit: MarkerHit;
  lang: Lang;
  sets: readonly FacilitySet[];
  sourceRef(id: string): SourceRef | null;
  onClose(): void;
}) {
  let body;
  if (hit.kind === 'programme') {
    const p = PROGRAMMES.find((x) => x.id === hit.id);
    if (!p) return null;
    body = (
      <>
        <div class="popup-kind">{M.programme[lang]}</div>
        <strong>{p.label[lang]}</strong>
        <p>{p.detail[lang]}</p>
        <div class="figure-sources">
          {p.sources.map((id) => {
            const ref = sourceRef(id);
            return ref && <SourceCitation key={id} s={ref} lang={lang} />;
          })}
        </div>
      </>
    );
  } else {
    let found: { f: Facility; set: FacilitySet } | null = null;
    for (const set of sets) {
      const f = set.facilities.find((x) => x.id === hit.id);
      if (f) found = { f, set };
    }
    if (!found) return null;
    const { f, set } = found;
    body = (
      <>
        {set.synthetic && <div class="synthetic-warning">{M.syntheticWarning[lang]}</div>}
        <div class="popup-kind">{M.types[f.type][lang]}</div>
        <strong class="facility-name">{f.name || '—'}</strong>
        <dl class="popup-facts">
          <dt>{M.capacity[lang]}</dt>
          <dd>{f.capacity === null ? MESSAGES.noData[lang] : formatNumber(f.capacity, lang)}</dd>
          <dt>{M.opened[lang]}</dt>
          <dd>{f.opened ?? MESSAGES.noData[lang]}</dd>
          <dt>{MESSAGES.source[lang]}</dt>
          <dd>{f.source}</dd>
        </dl>
      </>
    );
  }
  return (
    <div class="popup" role="dialog" aria-label={MESSAGES.facilities.legendTitle[lang]} style={{ left: `${hit.x + 12}px`, top: `${hit.y + 12}px` }}>
      <button type="button" class="close small" aria-label={MESSAGES.close[lang]} onClick={onClose}>
        ×
      </button>
      {body}
    </div>
  );
}
