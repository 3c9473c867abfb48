import { inflateSync } from 'node:zlib';

/** An image XObject in a PDF: its size and how many distinct colours a sample of its pixels has. */
export interface PdfImage {
  width: number;
  height: number;
  colours: number;
}

/**
 * The Flate-compressed RGB images in a PDF (what Chromium writes for canvases and pictures), read
 * without a PDF library: enough to tell a printed map (hundreds of colours) from a blank canvas (one).
 */
export function pdfImages(pdf: Buffer): PdfImage[] {
  const text = pdf.toString('latin1');
  const out: PdfImage[] = [];
  const header = /<<([^>]*?\/Subtype\s*\/Image[^>]*?)>>\s*stream\r?\n/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const dict = m[1]!;
    if (!/FlateDecode/.test(dict) || /DeviceGray/.test(dict)) continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    let data: Buffer;
    try {
      data = inflateSync(pdf.subarray(start, end));
    } catch {
      continue;
    }
    const colours = new Set<number>();
    for (let i = 0; i + 2 < data.length; i += 3 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    out.push({ width: Number(/\/Width (\d+)/.exec(dict)?.[1]), height: Number(/\/Height (\d+)/.exec(dict)?.[1]), colours: colours.size });
  }
  return out;
}
