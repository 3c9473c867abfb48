import { useSignal } from '@preact/signals';
import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { findUnit, unitChoices } from '../view/findUnit';

/**
 * Find a province by any name or code the join understands: English, pinyin, Chinese (simplified or
 * traditional, with or without 省/市/自治区), GB/T 2260 or ISO 3166-2 ("Sichuan", "四川省", "川", "CN-SC").
 */
export function ProvinceSearch({ lang, onFound }: { lang: Lang; onFound(id: UnitId): void }) {
  const text = useSignal('');
  const message = useSignal('');
  const submit = (e: Event) => {
    e.preventDefault();
    const found = findUnit(text.value, lang);
    if (found.unit) onFound(found.unit);
    message.value = found.unit ? '' : found.message;
  };
  return (
    <form class="province-search" role="search" onSubmit={submit}>
      <label class="control">
        <span>{MESSAGES.search.label[lang]}</span>
        <input
          type="search"
          list="province-names"
          value={text.value}
          placeholder={MESSAGES.search.placeholder[lang]}
          onInput={(e) => (text.value = e.currentTarget.value)}
        />
      </label>
      <datalist id="province-names">
        {unitChoices(lang).map((u) => (
          <option key={u.id} value={u.name} />
        ))}
      </datalist>
      {message.value && (
        <span class="field-error" role="status">
          {message.value}
        </span>
      )}
    </form>
  );
}
