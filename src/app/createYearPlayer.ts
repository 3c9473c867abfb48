import { signal, type ReadonlySignal } from '@preact/signals';

/** Time each year stays on screen while playing, ms; longer when the viewer asked for reduced motion. */
export const PLAY_STEP_MS = 1200;
export const PLAY_STEP_REDUCED_MS = 2500;

/** Play is offered where an indicator has more than two dated years (census indicators have two). */
export function canPlay(years: readonly number[]): boolean {
  return years.filter((y) => y !== 0).length > 2;
}

/** The year after `year` while playing; null at the last year (play stops there) or for a year not listed. */
export function nextPlayYear(years: readonly number[], year: number): number | null {
  const i = years.indexOf(year);
  return i < 0 ? null : (years[i + 1] ?? null);
}

/** Where Play starts: the shown year, or the first one when the last is shown (play it again). */
export function playStart(years: readonly number[], year: number): number {
  const i = years.indexOf(year);
  return i < 0 || i === years.length - 1 ? (years[0] as number) : year;
}

export interface YearPlayer {
  playing: ReadonlySignal<boolean>;
  play(): void;
  pause(): void;
  /** Stops the timer; call when the control goes away. */
  dispose(): void;
}

export interface PlayClock {
  after(ms: number, run: () => void): unknown;
  cancel(handle: unknown): void;
}

const WINDOW_CLOCK: PlayClock = {
  after: (ms, run) => setTimeout(run, ms),
  cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** True when the viewer's system asks for reduced motion: years then change more slowly. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Steps the shown year forward on a timer until the last year. The year itself stays in the state
 * (`y` in the link), so a link copied mid-play reproduces the year on screen; playing does not.
 */
export function createYearPlayer(
  now: () => { years: readonly number[]; year: number },
  setYear: (year: number) => void,
  stepMs: () => number = () => (prefersReducedMotion() ? PLAY_STEP_REDUCED_MS : PLAY_STEP_MS),
  clock: PlayClock = WINDOW_CLOCK,
): YearPlayer {
  const playing = signal(false);
  let timer: unknown = null;
  const stop = () => {
    if (timer !== null) clock.cancel(timer);
    timer = null;
    playing.value = false;
  };
  const tick = () => {
    timer = null;
    const { years, year } = now();
    const next = nextPlayYear(years, year);
    if (next === null) return stop();
    setYear(next);
    if (nextPlayYear(years, next) === null) return stop();
    timer = clock.after(stepMs(), tick);
  };
  return {
    playing,
    play() {
      stop();
      const { years, year } = now();
      if (!canPlay(years)) return;
      const first = playStart(years, year);
      if (first !== year) setYear(first);
      playing.value = true;
      timer = clock.after(stepMs(), tick);
    },
    pause: stop,
    dispose: stop,
  };
}
