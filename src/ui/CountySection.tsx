import type { Source } from '../data/figure';
import type { Unit } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { COUNTY_MESSAGES } from '../i18n/countyMessages';
import { DEFAULT_COUNTY_SORT, type CountySort } from '../state/countySort';
import type { SourceRef } from '../view/buildViewModel';
import { lazyComponent } from './lazyComponent';

// The table and its data load when first opened: never part of the first view.
const CountyTable = lazyComponent(() => import('./CountyTable').then((m) => m.CountyTable));

/**
 * The province's counties from the census, behind one button in the province details. Open or
 * closed, and the sort, are app state (`counties`), so a link or story slide reopens it as it was.
 */
export function CountySection(props: {
  lang: Lang;
  unit: Unit;
  sort: CountySort | null;
  onSort(sort: CountySort | null): void;
  sourceRef(id: string): SourceRef | null;
  sources: Readonly<Record<string, Source>>;
  /** In a story slide: the table as the slide saved it, without the open/close button. */
  presenting?: boolean;
}) {
  const { lang, unit, sort, onSort, presenting = false } = props;
  // Taiwan, Hong Kong and Macao are not in the mainland census.
  if (unit.kind === 'sar' || unit.id === 'TW') return null;
  return (
    <div class="county-section">
      {!presenting && (
        <button type="button" class="county-toggle" aria-expanded={sort !== null} onClick={() => onSort(sort ? null : { ...DEFAULT_COUNTY_SORT })}>
          {sort ? COUNTY_MESSAGES.close[lang] : COUNTY_MESSAGES.open[lang]}
        </button>
      )}
      {sort && <CountyTable lang={lang} unit={unit} sort={sort} onSort={onSort} sourceRef={props.sourceRef} sources={props.sources} />}
    </div>
  );
}
