import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { ViewModel } from './buildViewModel';
import { formatValueWithUnit } from './formatValue';

/** What a screen reader hears when a unit gets keyboard focus: name, value, class and rank. */
export function describeUnit(vm: ViewModel, id: UnitId, lang: Lang): string {
  const r = vm.byId.get(id);
  if (!r) return '';
  const name = lang === 'zh' ? `${r.unit.zh} ${r.unit.en}` : `${r.unit.en} ${r.unit.zh}`;
  if (!r.datum) return `${name}: ${MESSAGES.noData[lang]}`;
  const value = formatValueWithUnit(r.datum.value, vm.indicator, lang);
  const entry = r.classIndex === null ? null : vm.legend[r.classIndex];
  const cls = entry ? MESSAGES.a11y.classOf[lang](String((r.classIndex as number) + 1), String(vm.classification.bins.length), entry.label) : '';
  const withData = vm.regions.length - vm.noDataIds.length;
  const rank = r.rank !== null ? MESSAGES.a11y.rankOf[lang](String(r.rank), String(withData)) : '';
  return [`${name}: ${value}`, cls, rank].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
}

/** A text summary of the map for screen readers: what is shown, the top and bottom three, no data. */
export function summariseMap(vm: ViewModel, lang: Lang): string {
  const ranked = vm.regions.filter((r) => r.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
  const name = (i: number) => (lang === 'zh' ? ranked[i]?.unit.zh : ranked[i]?.unit.en) ?? '';
  const top = [0, 1, 2].map(name).filter(Boolean).join(', ');
  const bottom = [ranked.length - 1, ranked.length - 2, ranked.length - 3].filter((i) => i > 2).map(name).join(', ');
  return MESSAGES.a11y.summary[lang](vm.indicator.label[lang], String(vm.year || ''), top, bottom, String(vm.noDataIds.length));
}
