import { describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

describe('nextTask', () => {
  it('resolves after the current task, its microtasks and timers queued before it', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('earlier timer'), 0);
    const done = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
    await done;
    expect(order).toEqual(['sync', 'microtask', 'earlier timer', 'next task']);
  });
});
