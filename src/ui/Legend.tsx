import type { ComponentChildren } from 'preact';
import { MESSAGES } from '../i18n/messages';
import type { StoreActions } from '../state/createStore';
import type { LegendEntry, ViewModel } from '../view/buildViewModel';
import { ClassControls } from './ClassControls';
import { LegendList } from './LegendList';
import { ClassHistogram } from './ClassHistogram';
import { classificationNote } from '../view/classificationNote';

interface Props {
  vm: ViewModel;
  actions: StoreActions;
  /** Hovering or focusing a class lights up its units on the map. */
  onHighlight(entry: LegendEntry | null): void;
  /** Extra keys drawn under the classes (the facility markers). */
  children?: ComponentChildren;
  /** Embedded views show the classes and note, without the controls. */
  compact?: boolean;
}

/**
 * Classes with their ranges and counts, a hatched no-data entry, the dot strip and the method
 * controls: all read from the one Classification the map paints with.
 */
export function Legend({ vm, actions, onHighlight, children, compact = false }: Props) {
  const { lang, indicator, classification: c } = vm;
  return (
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" class="legend-title">
        {MESSAGES.legend[lang]} {indicator.unit[lang] && <span class="legend-unit">({indicator.unit[lang]})</span>}
      </h2>
      <LegendList entries={vm.legend} method={c.method} lang={lang} onHighlight={onHighlight} />
      <ClassHistogram vm={vm} />
      <p class="legend-note classing-note">{classificationNote(vm, lang)}</p>
      {!compact && <ClassControls vm={vm} actions={actions} />}
      {children}
    </section>
  );
}
