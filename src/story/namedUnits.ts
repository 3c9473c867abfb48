import type { Bilingual } from '../i18n/lang';
import { UNITS, type UnitId } from '../geo/units';

/** Names longest first, so "Inner Mongolia" is tried before any shorter name inside it. */
const EN_NAMES = [...UNITS].sort((a, b) => b.en.length - a.en.length);

/**
 * The units a caption names, in the order they first appear in its English text (whole words,
 * case-sensitive: "Shanxi" is never "Shaanxi"). Falls back to the Chinese text when the English
 * names none (a teacher may caption in Chinese only). Presenting keeps these in view and labelled.
 */
export function namedUnits(caption: Bilingual): UnitId[] {
  const found = new Map<UnitId, number>();
  for (const u of EN_NAMES) {
    const at = new RegExp(`\\b${u.en}\\b`).exec(caption.en);
    if (at && !found.has(u.id)) found.set(u.id, at.index);
  }
  if (found.size === 0) {
    for (const u of UNITS) {
      const at = caption.zh.indexOf(u.zh);
      if (at >= 0) found.set(u.id, at);
    }
  }
  return [...found].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
