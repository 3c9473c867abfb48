import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnitId } from '../geo/units';
import { computeCoverage, type CoverageInput } from './computeCoverage';
import { computeCoverageAsync } from './computeCoverageAsync';
import {
  fromCoverageRequest,
  fromSerialResult,
  handleCoverageRequest,
  toCoverageRequest,
  toSerialResult,
  type CoverageRequest,
} from './coverageWorkerProtocol';
import { collection, facilityAt, square } from './testFixtures';

const INPUT: CoverageInput = {
  facilities: [facilityAt(103.5, 30.5, { capacity: 40 }), facilityAt(104, 30.5), facilityAt(0, 0)],
  provinces: collection(square('SC', 103, 30), square('CQ', 104, 30)),
  demand: new Map<UnitId, number>([['SC', 20_000], ['CQ', 0]]),
  radiusKm: 30,
};
const EXPECTED = computeCoverage(INPUT);

/** A stand-in Worker that runs the real handler on a structured clone, as the browser would. */
class CloningWorker {
  static urls: string[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: ((e: Event) => void) | null = null;
  terminated = false;
  constructor(url: URL, options: WorkerOptions) {
    CloningWorker.urls.push(`${url.pathname.split('/').pop()} ${options.type}`);
  }
  postMessage(message: CoverageRequest) {
    setTimeout(() => {
      const response = structuredClone(handleCoverageRequest(structuredClone(message)));
      this.onmessage?.({ data: response } as MessageEvent);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  CloningWorker.urls = [];
});

describe('coverage worker protocol', () => {
  it('round-trips the input and the result through plain arrays', () => {
    expect(fromCoverageRequest(toCoverageRequest(INPUT))).toEqual(INPUT);
    expect(fromSerialResult(toSerialResult(EXPECTED))).toEqual(EXPECTED);
    expect(Array.isArray(toCoverageRequest(INPUT).input.demand)).toBe(true);
    expect(Array.isArray(toSerialResult(EXPECTED).byUnit)).toBe(true);
  });

  it('survives JSON, not only structured clone', () => {
    const request = JSON.parse(JSON.stringify(toCoverageRequest(INPUT))) as CoverageRequest;
    const response = handleCoverageRequest(request);
    expect(response.type).toBe('done');
    if (response.type === 'done') expect(fromSerialResult(JSON.parse(JSON.stringify(response.result)))).toEqual(EXPECTED);
  });

  it('turns a configuration error into an error message instead of throwing', () => {
    expect(handleCoverageRequest(toCoverageRequest({ ...INPUT, radiusKm: -2 }))).toEqual({ type: 'error', message: 'invalid radiusKm: -2' });
  });
});

describe('computeCoverageAsync', () => {
  it('computes in-thread when there is no Worker (node)', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(computeCoverageAsync(INPUT)).resolves.toEqual(EXPECTED);
  });

  it('runs in a module worker created from coverageWorker.ts, and terminates it', async () => {
    const created: CloningWorker[] = [];
    vi.stubGlobal(
      'Worker',
      class extends CloningWorker {
        constructor(url: URL, options: WorkerOptions) {
          super(url, options);
          created.push(this);
        }
      },
    );
    await expect(computeCoverageAsync(INPUT)).resolves.toEqual(EXPECTED);
    expect(CloningWorker.urls).toEqual(['coverageWorker.ts module']);
    expect(created.map((w) => w.terminated)).toEqual([true]);
  });

  it('falls back to in-thread when the Worker constructor throws', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked from file://', 'SecurityError');
        }
      },
    );
    await expect(computeCoverageAsync(INPUT)).resolves.toEqual(EXPECTED);
  });

  it('falls back to in-thread when the worker script fails to load', async () => {
    let prevented = false;
    vi.stubGlobal(
      'Worker',
      class extends CloningWorker {
        override postMessage() {
          setTimeout(() => this.onerror?.({ preventDefault: () => void (prevented = true) } as unknown as Event));
        }
      },
    );
    await expect(computeCoverageAsync(INPUT)).resolves.toEqual(EXPECTED);
    expect(prevented).toBe(true);
  });

  it('rejects on a configuration error, from the worker and in-thread alike', async () => {
    vi.stubGlobal('Worker', CloningWorker);
    await expect(computeCoverageAsync({ ...INPUT, radiusKm: NaN })).rejects.toThrow('invalid radiusKm: NaN');
    vi.stubGlobal('Worker', undefined);
    await expect(computeCoverageAsync({ ...INPUT, radiusKm: NaN })).rejects.toThrow('invalid radiusKm: NaN');
  });

  it('does not mutate its input', async () => {
    vi.stubGlobal('Worker', undefined);
    const before = structuredClone(INPUT);
    await computeCoverageAsync(INPUT);
    expect(INPUT).toEqual(before);
  });
});
