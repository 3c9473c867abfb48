import { matchKey } from '../data/join/matchKey';
import { UNIT_BY_ID, UNITS, type UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';

/**
 * A province from any name or code the join understands: English, pinyin, Chinese (simplified or
 * traditional, with or without 省/市/自治区), GB/T 2260 or ISO 3166-2 ("Sichuan", "四川省", "川",
 * "CN-SC"). Not found: a message, with the closest name when there is one.
 */
export function findUnit(text: string, lang: Lang): { unit: UnitId } | { unit: null; message: string } {
  const m = matchKey(text);
  if (m.unit) return { unit: m.unit };
  const hint = m.suggestion ? UNIT_BY_ID.get(m.suggestion) : undefined;
  return {
    unit: null,
    message: hint
      ? MESSAGES.search.didYouMean[lang](lang === 'zh' ? `${hint.zh} ${hint.en}` : `${hint.en} ${hint.zh}`)
      : MESSAGES.search.notFound[lang](text),
  };
}

/** "四川 Sichuan" / "Sichuan 四川": a unit's name in the UI language first, then the other; the id if unknown. */
export function bilingualUnitName(id: UnitId, lang: Lang): string {
  const u = UNIT_BY_ID.get(id);
  return u ? (lang === 'zh' ? `${u.zh} ${u.en}` : `${u.en} ${u.zh}`) : id;
}

/** The 34 units in GB/T 2260 order, with their name in `lang`: for pickers and search suggestions. */
export function unitChoices(lang: Lang): Array<{ id: UnitId; name: string }> {
  return UNITS.map((u) => ({ id: u.id, name: lang === 'zh' ? u.zh : u.en }));
}
