import { FACILITY_TYPES } from '../view/vocabulary';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { FACILITY_STYLE } from '../map/buildStyle';

const M = MESSAGES.facilities;

/** Marker key: colour and letter per type, the programme marker, and the synthetic ring when shown. */
export function FacilityLegend({ lang, synthetic, any, presenting = false }: { lang: Lang; synthetic: boolean; any: boolean; presenting?: boolean }) {
  return (
    <div class="facility-legend" aria-label={M.legendTitle[lang]}>
      {any &&
        FACILITY_TYPES.map((t) => (
          <span key={t} class="fl-item">
            <span class="marker" style={{ background: FACILITY_STYLE[t].color }} aria-hidden="true">
              {FACILITY_STYLE[t].letter}
            </span>
            {M.types[t][lang]}
          </span>
        ))}
      <span class="fl-item">
        <span class="marker programme" aria-hidden="true">
          P
        </span>
        {M.programme[lang]}
      </span>
      {synthetic && (
        <span class="fl-item synthetic-label">
          <span class="marker synthetic" aria-hidden="true" />
          {M.synthetic[lang].toUpperCase()}
        </span>
      )}
      {/* The map leaves out markers that would cover a province name while presenting (createMapAdapter): say so. */}
      {any && presenting && <span class="fl-note muted">{MESSAGES.classroom.markersUnderLabels[lang]}</span>}
    </div>
  );
}
