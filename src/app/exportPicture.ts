import type { Lang } from '../i18n/lang';
import { classificationNote } from '../view/classificationNote';
import type { ViewModel } from '../view/buildViewModel';
import type { Ratio } from './composePicture';
import type { PictureCaption } from './pictureCaption';
import { downloadBlob, safeFileName } from './download';

/** Renders the map alone at a size in CSS px and a pixel ratio (the map adapter's `exportImage`). */
export type MapImage = (size: { width: number; height: number; pixelRatio: number }) => Promise<HTMLCanvasElement>;

export interface PictureInputs {
  vm: ViewModel;
  lang: Lang;
  /** Null until the map is ready. */
  mapImage: MapImage | null;
  /** The view shows demonstration facilities: the picture says SYNTHETIC. */
  synthetic: boolean;
  /** The view's share link, printed in the footer. */
  link: string;
  /** YYYY-MM-DD, printed in the footer. */
  date: string;
  /** The gap ranking, when the gap score is mapped: the same rows as the Gaps tab and its CSV. */
  ranking?: import('./composePicture').PictureRanking | null;
}

/** A rendered picture and the words it carries (title, legend, sources, boundaries). */
export interface RenderedPicture {
  canvas: HTMLCanvasElement;
  caption: PictureCaption;
}

/** The composed picture (map, legend, notes, sources) on a canvas; composePicture loads on first use. */
export async function renderPicture(input: PictureInputs, ratio: Ratio, scale: number): Promise<RenderedPicture> {
  const { composePicture, pictureCaption, pictureSize } = await import('./composePicture');
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
  const [{ canvas, caption }, { addPngText, captionText }] = await Promise.all([renderPicture(input, ratio, scale), import('./composePicture')]);
  const png = new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
  return { blob: new Blob([addPngText(png, captionText(caption)) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), caption };
}

/** `liushou-atlas-<label>-16x9-2x.png`: the English label, so the name is ASCII-safe everywhere. */
export function pictureFileName(labelEn: string, ratio: Ratio, scale: number): string {
  return `liushou-atlas-${safeFileName(labelEn)}-${ratio.replace(':', 'x')}-${scale}x.png`;
}

/** Renders the picture and saves it as a PNG download, named after the indicator it shows. */
export async function exportPng(input: PictureInputs, ratio: Ratio, scale: number): Promise<void> {
  const { blob, caption } = await picturePng(input, ratio, scale);
  downloadBlob(pictureFileName(caption.fileLabel, ratio, scale), blob);
}
