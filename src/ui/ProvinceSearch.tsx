import { useSignal } from '@preact/signals';
import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { LonLatZoom } from '../util/roundCamera';
import type { RegionSetView } from '../view/buildRegionView';
import { bilingualUnitName, findUnit, unitChoices } from '../view/findUnit';
import { findRegion, regionCamera } from '../view/findRegion';
import { formatNumber } from '../view/formatValue';

const R = MESSAGES.regionImport.search;
/** Namesakes named in the message when several regions match, at most. */
const NAMED = 5;

/**
 * Find a province by any name or code the join understands: English, pinyin, Chinese (simplified or
 * traditional, with or without 省/市/自治区), GB/T 2260 or ISO 3166-2 ("Sichuan", "四川省", "川", "CN-SC").
 * While a region set is shown, it finds the set's regions instead (findRegion: code, name with or
 * without its suffix, the start of a name); a province typed then is named as such, with the way to it.
 */
export function ProvinceSearch({
  lang,
  onFound,
  regionSet = null,
  onRegionFound,
}: {
  lang: Lang;
  onFound(id: UnitId): void;
  regionSet?: RegionSetView | null;
  onRegionFound?(key: string, camera: LonLatZoom | null): void;
}) {
  const text = useSignal('');
  const message = useSignal('');
  // The suggestions are built while the box has focus: a set's 3,000 names are not built with every view.
  const focused = useSignal(false);
  const submit = (e: Event) => {
    e.preventDefault();
    if (regionSet) {
      const found = findRegion(text.value, regionSet.rows);
      if (found.key !== null) {
        message.value = '';
        onRegionFound?.(found.key, regionCamera(regionSet, found.key));
        return;
      }
      const unit = found.matches.length === 0 ? findUnit(text.value, lang).unit : null;
      message.value =
        found.matches.length > 1
          ? R.several[lang](
              formatNumber(found.matches.length, lang, { digits: 0 }),
              found.matches
                .slice(0, NAMED)
                .map((r) => (r.code ? `${r.label} (${r.code})` : r.label))
                .join(lang === 'zh' ? '、' : ', ') + (found.matches.length > NAMED ? '…' : ''),
            )
          : unit
            ? R.province[lang](bilingualUnitName(unit, lang))
            : R.notFound[lang](text.value);
      return;
    }
    const found = findUnit(text.value, lang);
    if (found.unit) onFound(found.unit);
    message.value = found.unit ? '' : found.message;
  };
  const listId = regionSet ? 'region-names' : 'province-names';
  return (
    <form class="province-search" role="search" onSubmit={submit} data-searches={regionSet ? 'regions' : 'provinces'}>
      <label class="control">
        <span>{regionSet ? R.label[lang] : MESSAGES.search.label[lang]}</span>
        <input
          type="search"
          list={listId}
          value={text.value}
          placeholder={regionSet ? R.placeholder[lang] : MESSAGES.search.placeholder[lang]}
          onInput={(e) => (text.value = e.currentTarget.value)}
          onFocus={() => (focused.value = true)}
        />
      </label>
      <datalist id={listId}>
        {regionSet
          ? focused.value && regionSet.rows.map((r) => <option key={r.key} value={r.label} />)
          : unitChoices(lang).map((u) => <option key={u.id} value={u.name} />)}
      </datalist>
      {message.value && (
        <span class="field-error" role="status">
          {message.value}
        </span>
      )}
    </form>
  );
}
