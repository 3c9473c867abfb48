import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { ViewModel } from './buildViewModel';

/** "Quantile, 5 classes, computed from 2010–2020. Diverging colours around 0." for legend and exports. */
export function classificationNote(vm: ViewModel, lang: Lang): string {
  const c = vm.classification;
  const years = vm.classYears.filter((y) => y !== 0);
  const method = MESSAGES.classing.methods[c.method][lang];
  const base =
    years.length > 0
      ? MESSAGES.classing.note[lang](method, String(c.bins.length), years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]))
      : MESSAGES.classing.noteNoYear[lang](method, String(c.bins.length));
  return c.midpoint !== null ? `${base} ${MESSAGES.classing.midpoint[lang](String(c.midpoint))}` : base;
}
