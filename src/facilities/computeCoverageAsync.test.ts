import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnitId } from '../geo/units';
import { computeCoverage, type CoverageInput } from './computeCoverage';
import { computeCoverageAsync } from './computeCoverageAsync';
import { fromSerialResult, toCoverageRequest, transferables, type CoverageRequest } from './coverageWorkerProtocol';
import { fromCoverageRequest, handleCoverageRequest } from './handleCoverageRequest';
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
  postMessage(message: CoverageRequest, transfer: Transferable[] = []) {
    // Transferring detaches the sender's buffers now, as postMessage does.
    const received = structuredClone(message, { transfer });
    setTimeout(() => {
      const response = structuredClone(handleCoverageRequest(received));
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
  it('round-trips the input and the result', () => {
    const input = fromCoverageRequest(toCoverageRequest(INPUT));
    expect(input.facilities).toEqual(INPUT.facilities.map((f, index) => ({ lon: f.lon, lat: f.lat, capacity: f.capacity, index })));
    expect({ ...input, facilities: INPUT.facilities }).toEqual(INPUT);
    const response = handleCoverageRequest(toCoverageRequest(INPUT));
    expect(response.type === 'done' && fromSerialResult(response.result, INPUT.facilities)).toEqual(EXPECTED);
    expect(Array.isArray(toCoverageRequest(INPUT).input.demand)).toBe(true);
  });

  it('sends coordinates and capacity only, in buffers it can transfer, and names the outside by index', () => {
    const request = toCoverageRequest(INPUT);
    expect([...request.input.lon]).toEqual([103.5, 104, 0]);
    expect([...request.input.capacity]).toEqual([40, NaN, NaN]);
    expect(JSON.stringify(request)).not.toContain(INPUT.facilities[0]!.id);
    expect(transferables(request)).toEqual([request.input.lon.buffer, request.input.lat.buffer, request.input.capacity.buffer]);
    const response = handleCoverageRequest(request);
    expect(response.type === 'done' && response.result.outside).toEqual([2]);
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
