import { describe, expect, it } from 'vitest';
import { tasksFromTrace, type TraceEvent } from '../bench/traceTasks';

const MAIN = { pid: 1, tid: 7 };
const OTHER = { pid: 1, tid: 9 };
const x = (name: string, cat: string, tsMs: number, durMs: number, where = MAIN): TraceEvent => ({ name, cat, ph: 'X', ts: tsMs * 1000, dur: durMs * 1000, ...where });
const T = 'disabled-by-default-devtools.timeline';
const WAIT = 'CommandBufferProxyImpl::WaitForGetOffset';

const EVENTS: TraceEvent[] = [
  { name: 'mark', cat: 'blink.user_timing', ph: 'R', ts: 1000_000, ...MAIN },
  x('RunTask', T, 900, 300), // before the mark: ignored
  x('RunTask', T, 1010, 40), // short: ignored
  x('RunTask', T, 1100, 200), // a frame: 150 ms waiting for the GPU, in two nested waits counted once
  x(WAIT, 'gpu', 1110, 100),
  x(WAIT, 'gpu', 1120, 20),
  x(WAIT, 'gpu', 1250, 50),
  x('RunTask', T, 1120, 30), // nested in the task above: not a task of its own
  x('RunTask', T, 1400, 120), // our own work
  x('RunTask', T, 1400, 500, OTHER), // another thread
  x(WAIT, 'gpu', 1410, 100, OTHER),
];

describe('tasksFromTrace', () => {
  it('finds the long tasks after the mark on its thread and splits off the GPU waits', () => {
    expect(tasksFromTrace(EVENTS, 'mark')).toEqual({
      markTs: 1000,
      tasks: [
        { start: 1100, ms: 200, glWaitMs: 150, ownMs: 50 },
        { start: 1400, ms: 120, glWaitMs: 0, ownMs: 120 },
      ],
    });
  });

  it('is null without the mark', () => {
    expect(tasksFromTrace(EVENTS, 'no such mark')).toBeNull();
  });
});
