import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { RegionSetView } from '../view/buildRegionView';

/** The map's title while a region set is shown: indicator, year, file and region count, as one line like the provinces' title. */
export function RegionTitle({ view, lang }: { view: RegionSetView; lang: Lang }) {
  return (
    <div class="region-title" data-region-set={view.setId}>
      <h2 class="map-title" id="map-title">
        {view.title}
        {view.indicator?.derived && <span class="badge derived">{MESSAGES.derived[lang]}</span>}
      </h2>
    </div>
  );
}
