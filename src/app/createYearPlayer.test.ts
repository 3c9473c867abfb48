import { describe, expect, it } from 'vitest';
import { canPlay, createYearPlayer, nextPlayYear, playStart, type PlayClock } from './createYearPlayer';

const FIVE = [2016, 2017, 2018, 2019, 2020];

describe('year play: the pure steps', () => {
  it.each([
    [FIVE, 2016, 2017],
    [FIVE, 2019, 2020],
    [FIVE, 2020, null],
    [FIVE, 2015, null],
    [[2010, 2020], 2010, 2020],
    [[0], 0, null],
  ] as const)('after %j at %i comes %s', (years, year, next) => {
    expect(nextPlayYear(years, year)).toBe(next);
  });

  it.each([
    [FIVE, 2018, 2018],
    [FIVE, 2020, 2016],
    [FIVE, 1999, 2016],
  ] as const)('play in %j from %i starts at %i', (years, year, start) => {
    expect(playStart(years, year)).toBe(start);
  });

  it.each([
    [FIVE, true],
    [[2000, 2010, 2020], true],
    [[2010, 2020], false],
    [[0], false],
    [[0, 2010, 2020], false],
  ] as const)('%j can play: %s', (years, can) => {
    expect(canPlay(years)).toBe(can);
  });
});

/** A clock the test advances by hand: no wall-clock time. */
function manualClock() {
  const pending: Array<{ ms: number; run: () => void }> = [];
  const clock: PlayClock = {
    after: (ms, run) => {
      const item = { ms, run };
      pending.push(item);
      return item;
    },
    cancel: (h) => {
      const i = pending.indexOf(h as (typeof pending)[number]);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  return { clock, pending, fire: () => pending.shift()?.run() };
}

describe('createYearPlayer', () => {
  const setup = (year: number, years = FIVE) => {
    const shown = { years, year };
    const set: number[] = [];
    const { clock, pending, fire } = manualClock();
    const player = createYearPlayer(() => shown, (y) => (set.push(y), (shown.year = y)), () => 1000, clock);
    return { shown, set, player, pending, fire };
  };

  it('steps through every year and stops at the last', () => {
    const { set, player, pending, fire } = setup(2016);
    player.play();
    expect(player.playing.value).toBe(true);
    for (let i = 0; i < 4; i++) fire();
    expect(set).toEqual([2017, 2018, 2019, 2020]);
    expect(player.playing.value).toBe(false);
    expect(pending).toHaveLength(0);
  });

  it('from the last year it plays again from the first', () => {
    const { set, player, fire } = setup(2020);
    player.play();
    expect(set).toEqual([2016]);
    fire();
    expect(set).toEqual([2016, 2017]);
  });

  it('pauses where it is; play continues from there', () => {
    const { shown, set, player, pending, fire } = setup(2016);
    player.play();
    fire();
    player.pause();
    expect(player.playing.value).toBe(false);
    expect(pending).toHaveLength(0);
    expect(shown.year).toBe(2017);
    player.play();
    fire();
    expect(set).toEqual([2017, 2018]);
    player.dispose();
    expect(pending).toHaveLength(0);
  });

  it('does nothing for an indicator with two years or fewer', () => {
    const { set, player, pending } = setup(2010, [2010, 2020]);
    player.play();
    expect(player.playing.value).toBe(false);
    expect(set).toEqual([]);
    expect(pending).toHaveLength(0);
  });

  it('stops when the indicator changes under it to one without the shown year', () => {
    const { shown, player, fire } = setup(2016);
    player.play();
    shown.years = [2010, 2020];
    fire();
    expect(player.playing.value).toBe(false);
  });
});
