import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { addPngText, crc32, readPngText } from './pngText';

/** A 2×1 PNG from pngjs: a real encoder's file to add chunks to. */
function tinyPng(): Uint8Array {
  const png = new PNG({ width: 2, height: 1 });
  png.data.set([255, 0, 0, 255, 0, 0, 255, 255]);
  return new Uint8Array(PNG.sync.write(png));
}

describe('pngText', () => {
  it.each([
    ['', 0x00000000],
    ['IEND', 0xae426082],
    ['123456789', 0xcbf43926],
  ])('crc32(%j) is the PNG/ISO 3309 check value', (text, crc) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(crc);
  });

  it('round-trips English and Chinese text, and the image still decodes with every chunk checked', () => {
    const entries = {
      Title: 'Children aged 0–14 (county census), 2020',
      Description: '图例（人）\n74.8K – 110K: 0\n无数据: 52',
      Source: 'Boundaries: 阜阳 counties.geojson, imported 2026-12-02',
    };
    const out = addPngText(tinyPng(), entries);
    expect(readPngText(out)).toEqual(entries);
    // pngjs checks each chunk's CRC: a wrong one throws.
    const back = PNG.sync.read(Buffer.from(out), { checkCRC: true } as never);
    expect([back.width, back.height]).toEqual([2, 1]);
    expect([...back.data.subarray(0, 8)]).toEqual([255, 0, 0, 255, 0, 0, 255, 255]);
    // IEND stays last.
    expect(Buffer.from(out.subarray(out.length - 8, out.length - 4)).toString('latin1')).toBe('IEND');
  });

  it('a PNG without text gives none; no entries leave the file as it was', () => {
    const png = tinyPng();
    expect(readPngText(png)).toEqual({});
    expect(addPngText(png, {})).toEqual(png);
  });
});
