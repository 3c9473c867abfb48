import { describe, expect, it, vi } from 'vitest';
import { createKeyValueStore } from './keyValueStore';
import { problemOf } from './storageProblem';
import { withTimeout } from './withTimeout';

const refused = () => {
  throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
};

describe('createKeyValueStore', () => {
  it('where reading window.localStorage throws (a third-party iframe), works from memory and says it is not persistent', () => {
    const kv = createKeyValueStore(refused);
    expect(kv.persistent).toBe(false);
    expect(kv.set('a', '1')).toBe('refused');
    expect(kv.get('a')).toBe('1');
    expect(kv.keys('')).toEqual(['a']);
    kv.remove('a');
    expect(kv.get('a')).toBeNull();
  });

  it('a full storage reports quota and keeps the text for this visit', () => {
    const m = new Map<string, string>();
    const full = {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k: string) => void m.delete(k),
      key: () => null,
      length: 0,
    } as unknown as Storage;
    const kv = createKeyValueStore(() => full);
    expect(kv.persistent).toBe(true);
    expect(kv.set('a', '1')).toBe('quota');
    expect(kv.get('a')).toBe('1');
  });
});

describe('problemOf', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'quota'],
    [new DOMException('x', 'SecurityError'), 'refused'],
    [new DOMException('x', 'AbortError'), 'failed'],
    [new Error('x'), 'failed'],
    [null, 'failed'],
  ] as const)('%o → %s', (err, problem) => {
    expect(problemOf(err)).toBe(problem);
  });
});

describe('withTimeout', () => {
  it('gives the fallback when the work does not settle in time, and hands the late result on', async () => {
    vi.useFakeTimers();
    let settle: (v: string) => void = () => undefined;
    const late = vi.fn();
    const result = withTimeout(new Promise<string>((r) => (settle = r)), 4000, () => 'memory', late);
    await vi.advanceTimersByTimeAsync(4000);
    await expect(result).resolves.toBe('memory');
    settle('database');
    await vi.runAllTimersAsync();
    expect(late).toHaveBeenCalledWith('database');
    vi.useRealTimers();
  });

  it('gives the work’s own result or error when it settles in time', async () => {
    await expect(withTimeout(Promise.resolve('database'), 4000, () => 'memory')).resolves.toBe('database');
    await expect(withTimeout(Promise.reject(new Error('no')), 4000, () => 'memory')).rejects.toThrow('no');
  });
});
