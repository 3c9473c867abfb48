import type { Lang } from '../i18n/lang';
import { describeRegion, type RegionSetView } from '../view/buildRegionView';
import type { RegionHoverInfo } from './MapView';

/** The hovered region's name (from the user's file, as text), code, province, value and rank. */
export function RegionTooltip({ view, hover, lang }: { view: RegionSetView; hover: RegionHoverInfo; lang: Lang }) {
  const d = describeRegion(view, hover.key, lang);
  if (!d) return null;
  return (
    <div class="tooltip region-tooltip" role="status" data-region={hover.key} style={{ left: `${hover.x + 14}px`, top: `${hover.y + 14}px` }}>
      <div class="tooltip-name">{d.name}</div>
      {d.lines.map((l) => (
        <div class="tooltip-line" key={l}>
          {l}
        </div>
      ))}
    </div>
  );
}
