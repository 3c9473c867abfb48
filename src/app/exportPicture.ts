import type { Lang } from '../i18n/lang';
import { classificationNote } from '../view/classificationNote';
import type { ViewModel } from '../view/buildViewModel';
import type { Ratio } from './composePicture';
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

/** The composed picture (map, legend, notes, sources) on a canvas; composePicture loads on first use. */
export async function renderPicture(input: PictureInputs, ratio: Ratio, scale: number): Promise<HTMLCanvasElement> {
  const { composePicture, pictureSize } = await import('./composePicture');
  const size = pictureSize(ratio, input.ranking?.rows.length ?? 0);
  if (!input.mapImage) throw new Error('the map is not ready');
  const map = await input.mapImage({ width: size.mapWidth, height: size.mapHeight, pixelRatio: scale });
  const { vm, lang } = input;
  return composePicture({ vm, lang, map, ratio, scale, note: classificationNote(vm, lang), synthetic: input.synthetic, date: input.date, link: input.link, ranking: input.ranking ?? null });
}

export function canvasToPng(c: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** `liushou-atlas-<label>-16x9-2x.png`: the English label, so the name is ASCII-safe everywhere. */
export function pictureFileName(labelEn: string, ratio: Ratio, scale: number): string {
  return `liushou-atlas-${safeFileName(labelEn)}-${ratio.replace(':', 'x')}-${scale}x.png`;
}

/** Renders the picture and saves it as a PNG download. */
export async function exportPng(input: PictureInputs, ratio: Ratio, scale: number): Promise<void> {
  const blob = await canvasToPng(await renderPicture(input, ratio, scale));
  downloadBlob(pictureFileName(input.vm.indicator.label.en, ratio, scale), blob);
}
