import { MESSAGES } from '../i18n/messages';
import type { ViewModel } from '../view/buildViewModel';
import { formatValueWithUnit } from '../view/formatValue';
import type { HoverInfo } from './MapView';

/** Name in both languages and the value with its unit, or "no data". Text only, never HTML. */
export function Tooltip({ vm, hover }: { vm: ViewModel; hover: HoverInfo }) {
  const r = vm.byId.get(hover.id);
  if (!r) return null;
  const { lang, indicator } = vm;
  return (
    <div class="tooltip" role="status" style={{ left: `${hover.x + 14}px`, top: `${hover.y + 14}px` }}>
      <div class="tooltip-name">
        {r.unit.en} <span lang="zh">{r.unit.zh}</span>
      </div>
      <div class="tooltip-value">
        {r.datum ? formatValueWithUnit(r.datum.value, indicator, lang) : MESSAGES.noData[lang]}
        {r.datum?.derived && <span class="badge derived"> {MESSAGES.derived[lang]}</span>}
        {r.datum?.synthetic && <span class="badge synthetic"> {MESSAGES.facilities.synthetic[lang]}</span>}
      </div>
      {r.lowAuthority && <div class="caution">⚠ {MESSAGES.lowAuthority[lang]}</div>}
      {r.readings.map((t) => (
        <div class="reading" key={t.en}>
          {t[lang]}
        </div>
      ))}
      {r.rank !== null && indicator.kind !== 'rank' && (
        <div class="tooltip-rank">
          {MESSAGES.rank[lang]} {r.rank} / {vm.regions.length - vm.noDataIds.length}
        </div>
      )}
    </div>
  );
}
