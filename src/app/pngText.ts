/**
 * PNG international text chunks (iTXt, UTF-8, uncompressed; PNG specification §11.3.4.5): the
 * exported picture carries its caption (title, legend, sources, boundary file) as words, which file
 * viewers show and tests read. Written before IEND, the last 12 bytes of every PNG.
 */

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309, as PNG uses) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = (table[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A PNG with one iTXt chunk per entry (keyword: Latin-1, 1–79 characters; text: any UTF-8). */
export function addPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  const enc = new TextEncoder();
  const chunks = Object.entries(entries).map(([keyword, text]) => {
    const k = enc.encode(keyword.slice(0, 79));
    const t = enc.encode(text);
    // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text.
    const data = new Uint8Array(k.length + 5 + t.length);
    data.set(k, 0);
    data.set(t, k.length + 5);
    return chunk('iTXt', data);
  });
  const iend = png.length - 12;
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, iend), 0);
  let at = iend;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(iend), at);
  return out;
}

/** The iTXt chunks of a PNG, keyword → text (uncompressed ones; what addPngText writes). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const z1 = data.indexOf(0);
      const z2 = data.indexOf(0, z1 + 3);
      const z3 = data.indexOf(0, z2 + 1);
      if (z1 > 0 && data[z1 + 1] === 0) out[String.fromCharCode(...data.subarray(0, z1))] = dec.decode(data.subarray(z3 + 1));
    }
    at += 12 + length;
  }
  return out;
}
