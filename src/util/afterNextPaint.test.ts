import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint';

// Node has no frames: a queue of frame callbacks that `paint()` runs, as the browser does before drawing.
let frames: Map<number, () => void>;
const paint = () => {
  const due = [...frames.values()];
  frames.clear();
  for (const f of due) f();
};

describe('afterNextPaint', () => {
  beforeEach(() => {
    frames = new Map();
    let next = 1;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => (frames.set(next, f), next++));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs in the first task after the next frame, not in the task that asked nor in the frame', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(10);
    expect(run).not.toHaveBeenCalled();
    paint();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['before the frame', () => undefined],
    ['between the frame and its timeout', paint],
  ])('does not run once cancelled %s', (_, step) => {
    const run = vi.fn();
    const after = afterNextPaint(run);
    step();
    after.cancel();
    paint();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
  });
});
