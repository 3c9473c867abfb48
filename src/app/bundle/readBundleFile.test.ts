import { describe, expect, it } from 'vitest';
import { BUNDLE } from './bundle.fixture';
import { formatBundle } from './formatBundle';
import { readBundleFile } from './readBundleFile';

describe('readBundleFile (in-thread where there is no Worker, as in Node)', () => {
  it('reads a bundle file as parseBundle does', async () => {
    const read = await readBundleFile(new Blob([formatBundle(BUNDLE)]));
    expect(read.ok && read.bundle.tables).toEqual(BUNDLE.tables);
  });

  it('a file the browser cannot read is refused, not thrown', async () => {
    const broken = { text: () => Promise.reject(new Error('NotReadableError')) } as unknown as Blob;
    await expect(readBundleFile(broken)).resolves.toEqual({ ok: false, refusal: { reason: 'not-json', detail: 'NotReadableError' } });
  });

  it('passes on a refusal', async () => {
    const read = await readBundleFile(new Blob(['{"format":"liushou-atlas-bundle","version":3}']));
    expect(!read.ok && read.refusal).toEqual({ reason: 'newer', version: 3, max: 1 });
  });
});
