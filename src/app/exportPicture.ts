import type { Lang } from '../i18n/lang';
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

/** `liushou-atlas-<label>-16x9-2x.png`: the English label, so the name is ASCII-safe everywhere. */
export function pictureFileName(labelEn: string, ratio: Ratio, scale: number): string {
  return `liushou-atlas-${safeFileName(labelEn)}-${ratio.replace(':', 'x')}-${scale}x.png`;
}

/** The picture as a PNG carrying its caption as text, and the caption; the drawing code loads on first use. */
export async function picturePng(input: PictureInputs, ratio: Ratio, scale: number): Promise<{ blob: Blob; caption: PictureCaption }> {
  return (await import('./renderPicture')).picturePng(input, ratio, scale);
}

/** Renders the picture and saves it as a PNG download, named after the indicator it shows. */
export async function exportPng(input: PictureInputs, ratio: Ratio, scale: number): Promise<void> {
  const { blob, caption } = await picturePng(input, ratio, scale);
  downloadBlob(pictureFileName(caption.fileLabel, ratio, scale), blob);
}
