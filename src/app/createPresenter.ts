import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { BUILTIN_STORY, NATIONAL_SLIDE } from '../story/builtinStory';
import { namedUnits } from '../story/namedUnits';
import type { UnitId } from '../geo/units';
import { formatAsideStories, loadLocalStory, moveSlide, removeSlide, saveLocalStory } from './storage/localStory';
import { MAX_CAPTION, MAX_SLIDES, type Slide } from '../story/story';
import { createKeyValueStore, type KeyValueStore } from './storage/keyValueStore';
import type { StorageProblem } from './storage/storageProblem';
import type { AppState } from '../state/appState';
import { DEFAULT_STATE } from '../state/appState';
import type { Store } from '../state/createStore';
import { formatUrlState } from '../state/urlState';

export interface Presenter {
  /** The story being presented: the link's own, or the built-in one. */
  slides: ReadonlySignal<readonly Slide[]>;
  /** Whether the map shows the figures the current slide describes (its indicator and year).
   * Not after a hand-made link such as `?present=1`, or once the presenter picks another
   * indicator: the caption would then speak of figures that are not on the map. */
  onSlide: ReadonlySignal<boolean>;
  /** The provinces the slide on screen names, to keep labelled and in view; none when not presenting or off the slide. */
  named: ReadonlySignal<readonly UnitId[]>;
  /** The slide on screen asks for the national figures beside the map (the built-in slide 1). */
  national: ReadonlySignal<boolean>;
  mine: ReadonlySignal<Slide[]>;
  /** Which limit the last edit ran into, for the story panel to say so; null when none. */
  limit: ReadonlySignal<'slides' | 'caption' | null>;
  /** Stored stories that could not be read, kept aside (their storage keys). */
  aside: ReadonlySignal<readonly string[]>;
  /** The stories kept aside, as one text to download. */
  asideText(): string;
  start(story: Slide[] | null): void;
  go(index: number): void;
  next(): void;
  previous(): void;
  exit(): void;
  /** Adds the current view as a slide; false at MAX_SLIDES (and `limit` says so). */
  addCurrent(caption: { en: string; zh: string }): boolean;
  updateMine(slides: Slide[]): void;
  move(from: number, to: number): void;
  remove(index: number): void;
}

/**
 * Presentation: each slide is a saved view; going to a slide replaces the state with that view,
 * keeping the viewer's language and the story itself.
 */
export function createPresenter(
  store: Store,
  parseView: (query: string) => AppState,
  local: KeyValueStore = createKeyValueStore(),
  onProblem: (p: StorageProblem) => void = () => undefined,
): Presenter {
  const stored = loadLocalStory(local);
  const mine = signal<Slide[]>(stored.slides);
  const aside = signal<readonly string[]>(stored.aside);
  const limit = signal<'slides' | 'caption' | null>(null);
  const slides = computed(() => store.state.value.story ?? BUILTIN_STORY);
  const setMine = (s: Slide[]) => {
    // The limits parseStory reads with (story.ts), enforced here where the teacher types, so that
    // what is stored always loads again.
    let cut = false;
    const clip = (t: string) => (t.length > MAX_CAPTION ? ((cut = true), t.slice(0, MAX_CAPTION)) : t);
    const kept = s.slice(0, MAX_SLIDES).map((x) => ({ ...x, caption: { en: clip(x.caption.en), zh: clip(x.caption.zh) } }));
    limit.value = s.length > MAX_SLIDES ? 'slides' : cut ? 'caption' : null;
    mine.value = kept;
    // An unreadable story that could not be moved aside stays where it is: this visit's slides live in memory.
    if (!stored.writable) return;
    const problem = saveLocalStory(kept, local);
    if (problem) onProblem(problem);
  };
  const go = (index: number, story = store.state.peek().story) => {
    const list = story ?? BUILTIN_STORY;
    const i = Math.max(0, Math.min(list.length - 1, index));
    const slide = list[i];
    if (!slide) return;
    const view = parseView(slide.view);
    // The viewer's language and high-contrast choice hold across slides: they are the room's, not
    // the slide's. So does embedding: a story in a host page's iframe stays chrome-less.
    const { lang, highContrast, embed } = store.state.peek();
    store.replace({ ...view, lang, highContrast, embed, present: true, slide: i, story });
  };
  const onSlide = computed(() => {
    const state = store.state.value;
    const slide = slides.value[state.slide];
    if (!slide) return true;
    const view = parseView(slide.view);
    return view.indicator === state.indicator && view.year === state.year;
  });
  const named = computed(() => {
    const state = store.state.value;
    const slide = slides.value[state.slide];
    return state.present && slide && onSlide.value ? namedUnits(slide.caption) : [];
  });
  // An embedded presentation opens on its slide's view: in a host page nobody is there to press
  // "Show this slide's map", and a story link carries the view it was made from, not slide 1's.
  const s0 = store.state.peek();
  if (s0.embed && s0.present) go(s0.slide);
  const national = computed(() => {
    const state = store.state.value;
    return state.present && state.story === null && state.slide === NATIONAL_SLIDE && onSlide.value;
  });
  return {
    slides,
    onSlide,
    named,
    national,
    mine,
    limit,
    aside,
    asideText: () => formatAsideStories(local, aside.peek()),
    start(story) {
      go(0, story);
      // Full screen where the browser allows it; presenting works without it too.
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
    },
    go: (i) => go(i),
    next: () => go(store.state.peek().slide + 1),
    previous: () => go(store.state.peek().slide - 1),
    exit() {
      store.replace({ ...store.state.peek(), present: false });
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    },
    addCurrent(caption) {
      const s = store.state.peek();
      // The view without presentation, language or story: a slide follows its viewer's language.
      const view = formatUrlState({ ...s, present: false, slide: 0, story: null, lang: DEFAULT_STATE.lang, highContrast: false, embed: false });
      if (mine.peek().length >= MAX_SLIDES) {
        limit.value = 'slides';
        return false;
      }
      setMine([...mine.peek(), { view, caption, sources: [] }]);
      return true;
    },
    updateMine: setMine,
    move: (from, to) => setMine(moveSlide(mine.peek(), from, to)),
    remove: (i) => setMine(removeSlide(mine.peek(), i)),
  };
}
