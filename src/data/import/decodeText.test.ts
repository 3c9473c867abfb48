import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}
function utf16be(s: string): Uint8Array {
  const le = utf16le(s);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [out[i], out[i + 1]] = [le[i + 1]!, le[i]!];
  return out;
}

// "四川省,765000" in GB18030/GBK, by hand: 四 CB C4, 川 B4 A8, 省 CA A1, then ASCII.
const GB_SICHUAN = concat([0xcb, 0xc4, 0xb4, 0xa8, 0xca, 0xa1], utf8(',765000'));

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('省份,值\n四川省,765000'))).toEqual({ text: '省份,值\n四川省,765000', encoding: 'utf-8', issues: [] });
  });

  it('reads UTF-8 with a BOM and strips it', () => {
    const r = decodeText(concat([0xef, 0xbb, 0xbf], utf8('省份,值')));
    expect(r).toEqual({ text: '省份,值', encoding: 'utf-8', issues: [] });
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const r = decodeText(concat([0xff, 0xfe], utf16le('省份\t值\r\n四川省\t765000')));
    expect(r).toEqual({ text: '省份\t值\r\n四川省\t765000', encoding: 'utf-16le', issues: [] });
  });

  it('reads UTF-16BE with a BOM', () => {
    const r = decodeText(concat([0xfe, 0xff], utf16be('四川省,765000')));
    expect(r).toEqual({ text: '四川省,765000', encoding: 'utf-16be', issues: [] });
  });

  it('recognises BOM-less UTF-16LE by its NUL pattern, with a warning', () => {
    const r = decodeText(utf16le('province,value\nSichuan,765000\n'));
    expect(r.text).toBe('province,value\nSichuan,765000\n');
    expect(r.encoding).toBe('utf-16le');
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['decoded-as-utf16', 'warning']]);
  });

  it('falls back to GB18030 for Chinese Excel CSVs, with a warning', () => {
    const r = decodeText(GB_SICHUAN);
    expect(r.text).toBe('四川省,765000');
    expect(r.encoding).toBe('gb18030');
    expect(r.issues).toEqual([{ code: 'decoded-as-gb18030', severity: 'warning', row: null, field: null }]);
  });

  it('has a GB18030 decoder here (full ICU)', () => {
    expect(new TextDecoder('gb18030').decode(new Uint8Array([0xcb, 0xc4]))).toBe('四');
    expect(new TextDecoder('gbk').encoding).toBe('gbk');
  });

  it('rejects a zip (.xlsx) as binary', () => {
    const xlsx = concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00], utf8('[Content_Types].xml'), new Uint8Array(64));
    const r = decodeText(xlsx);
    expect(r.text).toBe('');
    expect(r.issues).toEqual([{ code: 'binary-file', severity: 'error', row: null, field: null }]);
  });

  it('rejects a file with a single NUL among text as binary, not UTF-16', () => {
    const r = decodeText(concat(utf8('a,b\n1,2\n'), [0], utf8('3,4\n')));
    expect(r.issues.map((i) => i.code)).toEqual(['binary-file']);
  });

  it('replaces undecodable bytes after a UTF-8 BOM and says so', () => {
    const r = decodeText(concat([0xef, 0xbb, 0xbf], utf8('a,'), [0xff], utf8('b')));
    expect(r.text).toBe('a,\ufffdb');
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['bad-encoding', 'warning']]);
  });

  it('reports bytes that are neither UTF-8 nor GB18030, replacing them', () => {
    const r = decodeText(concat(utf8('a,b\n1,'), [0xff], utf8('2')));
    expect(r.text).toBe('a,b\n1,\ufffd2');
    expect(r.encoding).toBe('utf-8');
    expect(r.issues.map((i) => [i.code, i.severity, i.row])).toEqual([['bad-encoding', 'warning', null]]);
  });

  it('returns empty text for no bytes, without issues (the caller reports empty-file)', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', issues: [] });
  });
});
