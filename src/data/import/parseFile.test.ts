import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportIssue } from './importIssue';
import { MAX_FILE_BYTES, MAX_ROWS, parseBytes, parseFile, type ParsedFile } from './parseFile';
import { pointCount } from './parseBytes';
import { CHUNK_ROWS, handleParseRequest, type ParseRequest, type ParseResponse } from './parseWorkerProtocol';

const utf8 = (s: string) => new TextEncoder().encode(s);
const brief = (issues: ImportIssue[]) => issues.map((i) => [i.code, i.severity, i.row]);

describe('parseBytes', () => {
  it('reads a UTF-8 CSV', () => {
    const r = parseBytes('data.csv', utf8('省份,值\n四川省,765000\n'));
    expect(r).toMatchObject({ name: 'data.csv', bytes: 28, encoding: 'utf-8', points: [], outside: [], issues: [] });
    expect(r.table.rows).toEqual([['四川省', '765000']]);
  });

  it('reads a GB18030 CSV from Chinese Excel, with its warning first', () => {
    const header = utf8('name,value\r\n');
    const gbRow = [0xcb, 0xc4, 0xb4, 0xa8, 0xca, 0xa1, ...utf8(',765000\r\n')]; // 四川省,765000
    const r = parseBytes('留守.csv', Uint8Array.from([...header, ...gbRow]));
    expect(r.encoding).toBe('gb18030');
    expect(r.table.rows).toEqual([['四川省', '765000']]);
    expect(brief(r.issues)).toEqual([['decoded-as-gb18030', 'warning', null]]);
  });

  it('rejects a binary file (an .xlsx saved without converting)', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0, 0, 0, 0]);
    const r = parseBytes('留守.xlsx', zip);
    expect(brief(r.issues)).toEqual([['binary-file', 'error', null]]);
    expect(r.table.rows).toEqual([]);
  });

  it('rejects more than MAX_FILE_BYTES before decoding anything', () => {
    // A 60 MB length without 60 MB of memory: parseBytes must look at .length first.
    const fake = { length: 60 * 1024 * 1024, subarray: () => { throw new Error('read'); } } as unknown as Uint8Array;
    const r = parseBytes('big.csv', fake);
    expect(r.issues).toEqual([
      { code: 'file-too-large', severity: 'error', row: null, field: null, actual: 60 * 1024 * 1024, expected: MAX_FILE_BYTES },
    ]);
  });

  it('rejects an empty file', () => {
    const r = parseBytes('empty.csv', new Uint8Array(0));
    expect(brief(r.issues)).toEqual([['empty-file', 'error', null]]);
    expect(brief(parseBytes('blank.csv', utf8(' \r\n\t')).issues)).toEqual([['empty-file', 'error', null]]);
  });

  it(`rejects ${MAX_ROWS + 50_000} rows (too-many-rows is an error, not a truncation)`, () => {
    const text = 'province,value\n' + 'Sichuan,1\n'.repeat(MAX_ROWS + 50_000);
    const r = parseBytes('huge.csv', utf8(text));
    expect(r.issues).toEqual([
      { code: 'too-many-rows', severity: 'error', row: null, field: null, expected: MAX_ROWS, actual: MAX_ROWS + 1 },
    ]);
    expect(r.table.rows).toEqual([]);
  });

  it(`accepts exactly ${MAX_ROWS} rows`, () => {
    const r = parseBytes('full.csv', utf8('a\n' + '1\n'.repeat(MAX_ROWS)));
    expect(r.issues).toEqual([]);
    expect(r.table.rows).toHaveLength(MAX_ROWS);
  });

  it('reads .tsv with a tab even when commas would split more', () => {
    const r = parseBytes('x.tsv', utf8('a,b\tc\n1,2,3,4\t5\n'));
    expect(r.table.columns).toEqual(['a,b', 'c']);
    expect(r.table.format).toBe('tsv');
  });

  it('reads JSON named .csv by its content, and says so', () => {
    const r = parseBytes('data.csv', utf8('[{"省份":"四川省","值":765000}]'));
    expect(r.table.format).toBe('json');
    expect(r.table.rows).toEqual([['四川省', '765000']]);
    expect(r.issues).toEqual([{ code: 'format-mismatch', severity: 'warning', row: null, field: null, detail: '.csv', raw: 'JSON' }]);
  });

  it('reads a CSV whose first cell starts with "[" as CSV', () => {
    const r = parseBytes('data.csv', utf8('[注] 省份,值\n四川省,1\n'));
    expect(r.table.columns).toEqual(['[注] 省份', '值']);
    expect(r.issues).toEqual([]);
  });

  it('trusts .json: broken JSON is a JSON error with its line', () => {
    const r = parseBytes('data.json', utf8('{\n"a": 1,\n"b": }'));
    expect(r.issues[0]).toMatchObject({ code: 'malformed-json', severity: 'error', line: 3 });
  });

  it('rejects XML and KML', () => {
    expect(brief(parseBytes('x.kml', utf8('<?xml version="1.0"?><kml/>')).issues)).toEqual([['unsupported-format', 'error', null]]);
    expect(brief(parseBytes('x.csv', utf8('<html><body>404</body></html>')).issues)).toEqual([['unsupported-format', 'error', null]]);
  });

  it('reads GeoJSON into a table and points', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: '儿童之家' }, geometry: { type: 'Point', coordinates: [104.07, 30.67] } },
        { type: 'Feature', properties: { name: '颠倒' }, geometry: { type: 'Point', coordinates: [30.67, 104.07] } },
      ],
    };
    const r = parseBytes('facilities.geojson', utf8(JSON.stringify(fc)));
    expect(r.table.format).toBe('geojson');
    expect(r.points).toHaveLength(1);
    expect(r.outside).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.row, i.detail])).toEqual([['point-outside-china', 2, 'looks-swapped']]);
  });

  it('makes a point layer from a CSV with lat/lon columns, fixing swapped names with a warning', () => {
    const r = parseBytes('sites.csv', utf8('name,lat,lon\n成都,104.07,30.67\n郑州,113.62,34.75\n'));
    expect(r.points.map((p) => [p.lon, p.lat])).toEqual([[104.07, 30.67], [113.62, 34.75]]);
    expect(r.issues).toEqual([{ code: 'lat-lon-swapped', severity: 'warning', row: null, field: null, raw: 'lat, lon' }]);
  });

  it('reports progress from 0 to 1, never backwards', () => {
    const seen: number[] = [];
    parseBytes('p.csv', utf8('a,b\n' + '1,2\n'.repeat(20_000)), (f) => seen.push(f));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(4);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('turns an exception into an internal-error issue instead of throwing', () => {
    const hostile = new Proxy(new Uint8Array(4), {
      get(target, key) {
        if (key === 'length') return 4;
        throw new Error('boom');
      },
    });
    const r = parseBytes('x.csv', hostile);
    expect(r.issues).toMatchObject([{ code: 'internal-error', severity: 'error', row: null, detail: 'boom' }]);
  });
});

/** A Worker stand-in that runs the real protocol handler asynchronously, like the real worker. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static failToLoad = false;
  onmessage: ((e: MessageEvent<ParseResponse>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: ((e: Event) => void) | null = null;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(request: ParseRequest) {
    setTimeout(() => {
      if (FakeWorker.failToLoad) {
        this.onerror?.(new Event('error', { cancelable: true }));
        return;
      }
      void handleParseRequest(request, (data) => {
        if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ParseResponse>);
      });
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('parseFile', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.instances = [];
    FakeWorker.failToLoad = false;
  });

  const csvFile = () => new File(['省份,值\n四川省,765000\n'], '留守.csv', { type: 'text/csv' });

  it('checks the size before reading', async () => {
    const arrayBuffer = vi.fn();
    const big = { name: 'big.csv', size: 60 * 1024 * 1024, arrayBuffer } as unknown as File;
    const r = await parseFile(big);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(r.issues).toEqual([
      { code: 'file-too-large', severity: 'error', row: null, field: null, actual: 60 * 1024 * 1024, expected: MAX_FILE_BYTES },
    ]);
  });

  it('reads a file of exactly MAX_FILE_BYTES (the limit is inclusive)', async () => {
    const arrayBuffer = vi.fn(() => Promise.resolve(utf8('a\n1\n').buffer));
    const edge = { name: 'edge.csv', size: MAX_FILE_BYTES, arrayBuffer } as unknown as File;
    const r = await parseFile(edge);
    expect(arrayBuffer).toHaveBeenCalledOnce();
    expect(r.table.rows).toEqual([['1']]);
  });

  it('parses in-thread when there is no Worker (as in Node)', async () => {
    expect(typeof Worker).toBe('undefined');
    const progress: number[] = [];
    const r = await parseFile(csvFile(), (f) => progress.push(f));
    expect(r.table.rows).toEqual([['四川省', '765000']]);
    expect(progress.at(-1)).toBe(1);
  });

  it('parses in a module worker, forwards progress and terminates it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const r: ParsedFile = await parseFile(csvFile(), (f) => progress.push(f));
    expect(r.table.rows).toEqual([['四川省', '765000']]);
    expect(FakeWorker.instances).toHaveLength(1);
    const [w] = FakeWorker.instances;
    expect(w!.options).toEqual({ type: 'module' });
    expect(w!.url.pathname.endsWith('/parseWorker.ts')).toBe(true);
    expect(w!.terminated).toBe(true);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('falls back to in-thread parsing when the worker cannot load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToLoad = true;
    const r = await parseFile(csvFile());
    expect(r.table.rows).toEqual([['四川省', '765000']]);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
  });

  it('sends a large file in chunks and puts rows and facilities back in order', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const n = CHUNK_ROWS * 2 + 7;
    const lines = ['name,lat,lon'];
    for (let i = 0; i < n; i++) lines.push(`home ${i},${(30 + i / n).toFixed(5)},104.1`);
    const messages: ParseResponse['type'][] = [];
    await handleParseRequest({ type: 'parse', name: 'big.csv', file: new File([lines.join('\n')], 'big.csv') }, (m) => messages.push(m.type));
    expect(messages.filter((t) => t === 'rows')).toHaveLength(3);
    expect(messages.filter((t) => t === 'facilities')).toHaveLength(3);
    expect(messages.at(-1)).toBe('done');

    const r = await parseFile(new File([lines.join('\n')], 'big.csv'));
    expect(r.table.rows).toHaveLength(n);
    expect(r.table.rows.map((row) => row[0])).toEqual(Array.from({ length: n }, (_, i) => `home ${i}`));
    // The header is line 1, so data row i is on line i + 2.
    expect(r.table.rowNumbers).toEqual(Array.from({ length: n }, (_, i) => i + 2));
    expect(r.facilities?.facilities.map((f) => f.name)).toEqual(Array.from({ length: n }, (_, i) => `home ${i}`));
    // The points went into the facilities: not sent twice.
    expect(r.points).toEqual([]);
    expect(pointCount(r)).toBe(n);
  });

  it('resolves with unreadable-file when the browser cannot read the file', async () => {
    const gone = { name: 'gone.csv', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) } as unknown as File;
    const r = await parseFile(gone);
    expect(r.issues).toMatchObject([{ code: 'unreadable-file', severity: 'error', row: null, detail: 'NotReadableError' }]);
  });
});
