import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInWorker } from './runInWorker';

type Behaviour = 'answer' | 'error' | 'messageerror' | 'late error';

/** A Worker stand-in: posts two progress messages and an answer (n * 2), or fails as told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: ((e: Event) => void) | null = null;
  terminated = false;
  transferred: Transferable[] = [];
  prevented = false;
  constructor(readonly behaviour: Behaviour) {
    FakeWorker.made.push(this);
  }
  postMessage(n: number, transfer: Transferable[]) {
    this.transferred = transfer;
    const event = { preventDefault: () => void (this.prevented = true) } as Event;
    setTimeout(() => {
      const send = (data: unknown) => !this.terminated && this.onmessage?.({ data } as MessageEvent);
      if (this.behaviour === 'error') return this.onerror?.(event);
      if (this.behaviour === 'messageerror') return this.onmessageerror?.(event);
      send({ progress: 0.5 });
      send({ progress: 1 });
      send({ answer: n * 2 });
      if (this.behaviour === 'late error') this.onerror?.(event);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const run = (make: () => Worker, inThread = vi.fn(async () => -1)) => {
  const seen: unknown[] = [];
  const answer = runInWorker<number, { progress?: number; answer?: number }, number>({
    makeWorker: make,
    request: 21,
    transfer: [new ArrayBuffer(8)],
    onMessage: (m) => (seen.push(m), m.answer),
    inThread,
  });
  return { answer, seen, inThread };
};

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('runInWorker', () => {
  it('answers from the worker after its other messages, terminates it and transfers the buffers', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { answer, seen, inThread } = run(() => new FakeWorker('answer') as unknown as Worker);
    await expect(answer).resolves.toBe(42);
    expect(seen).toEqual([{ progress: 0.5 }, { progress: 1 }, { answer: 42 }]);
    expect(inThread).not.toHaveBeenCalled();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(FakeWorker.made[0]!.transferred).toHaveLength(1);
  });

  it.each(['error', 'messageerror'] as const)('falls back to in-thread on %s, handling the event', async (b) => {
    vi.stubGlobal('Worker', FakeWorker);
    const { answer, inThread } = run(() => new FakeWorker(b) as unknown as Worker);
    await expect(answer).resolves.toBe(-1);
    expect(inThread).toHaveBeenCalledOnce();
    expect(FakeWorker.made[0]!.prevented).toBe(true);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('ignores an error after the answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { answer, inThread } = run(() => new FakeWorker('late error') as unknown as Worker);
    await expect(answer).resolves.toBe(42);
    await new Promise((r) => setTimeout(r, 5));
    expect(inThread).not.toHaveBeenCalled();
  });

  it('runs in-thread when the constructor throws, and where there is no Worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const blocked = run(() => {
      throw new DOMException('blocked from file://', 'SecurityError');
    });
    await expect(blocked.answer).resolves.toBe(-1);
    vi.stubGlobal('Worker', undefined);
    const none = run(() => new FakeWorker('answer') as unknown as Worker);
    await expect(none.answer).resolves.toBe(-1);
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('passes on a rejection of the in-thread work', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { answer } = run(() => new FakeWorker('error') as unknown as Worker, vi.fn(() => Promise.reject(new Error('bad radius'))));
    await expect(answer).rejects.toThrow('bad radius');
  });
});
