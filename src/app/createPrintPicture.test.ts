import { describe, expect, it } from 'vitest';
import { createPrintPicture, type PrintHost } from './createPrintPicture';

function fakeHost() {
  const log: string[] = [];
  let afterPrint: (() => void) | null = null;
  let n = 0;
  const host: PrintHost = {
    createObjectURL: () => `blob:${++n}`,
    revokeObjectURL: (u) => log.push(`revoke ${u}`),
    print: () => log.push('print'),
    onAfterPrint: (f) => {
      afterPrint = f;
      return () => (afterPrint = null);
    },
    afterPaint: (f) => f(),
  };
  return { host, log, afterPrint: () => afterPrint?.() };
}

describe('createPrintPicture', () => {
  it('shows the picture, prints, and drops it after printing', () => {
    const h = fakeHost();
    const p = createPrintPicture(h.host);
    expect(p.url.value).toBeNull();
    p.print(new Blob(['png']), 'Children aged 0–14 (county census), 2020');
    expect(p.url.value).toBe('blob:1');
    expect(p.alt.value).toBe('Children aged 0–14 (county census), 2020');
    expect(h.log).toEqual(['print']);
    h.afterPrint();
    expect(p.url.value).toBeNull();
    expect(h.log).toEqual(['print', 'revoke blob:1']);
  });

  it('a second print revokes the first picture; dispose revokes the last and stops listening', () => {
    const h = fakeHost();
    const p = createPrintPicture(h.host);
    p.print(new Blob(['a']), 'a');
    p.print(new Blob(['b']), 'b');
    expect(p.url.value).toBe('blob:2');
    expect(h.log).toEqual(['print', 'revoke blob:1', 'print']);
    p.dispose();
    expect(p.url.value).toBeNull();
    expect(h.log.at(-1)).toBe('revoke blob:2');
    h.afterPrint();
    expect(h.log.filter((l) => l.startsWith('revoke'))).toHaveLength(2);
  });
});
