import { classificationNote } from '../view/classificationNote';
import { composePicture, pictureSize, type Ratio } from './composePicture';
import type { PictureInputs } from './exportPicture';
import { captionText, pictureCaption, type PictureCaption } from './pictureCaption';
import { addPngText } from './pngText';

// Loaded on the first export or print (exportPicture), with all it imports: one chunk, which
// start-up prefetches (main.tsx) for a classroom that loses its network.

/** A rendered picture and the words it carries (title, legend, sources, boundaries). */
export interface RenderedPicture {
  canvas: HTMLCanvasElement;
  caption: PictureCaption;
}

/** The composed picture (map, legend, notes, sources) on a canvas, and its caption. */
export async function renderPicture(input: PictureInputs, ratio: Ratio, scale: number): Promise<RenderedPicture> {
  const { vm, lang } = input;
  // The provinces' gap ranking belongs under a map of provinces, not under a region set's.
  const ranking = vm.regionSet ? null : (input.ranking ?? null);
  const size = pictureSize(ratio, ranking?.rows.length ?? 0);
  if (!input.mapImage) throw new Error('the map is not ready');
  const map = await input.mapImage({ width: size.mapWidth, height: size.mapHeight, pixelRatio: scale });
  const caption = pictureCaption(vm, lang, { note: classificationNote(vm, lang), synthetic: input.synthetic, date: input.date, link: input.link });
  return { canvas: composePicture({ caption, map, ratio, scale, ranking }), caption };
}

export function canvasToPng(c: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** The picture as a PNG that carries its caption as text chunks, and the caption. */
export async function picturePng(input: PictureInputs, ratio: Ratio, scale: number): Promise<{ blob: Blob; caption: PictureCaption }> {
  const { canvas, caption } = await renderPicture(input, ratio, scale);
  const png = new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
  return { blob: new Blob([addPngText(png, captionText(caption)) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), caption };
}

