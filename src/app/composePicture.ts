import { THEME_COLOURS as C } from '../scales/themeColours';
import type { PictureCaption } from './pictureCaption';

export const RATIOS = { '16:9': [16, 9], '4:3': [4, 3], a4: [297, 210] } as const;
export type Ratio = keyof typeof RATIOS;

/** Picture width in CSS px; ×2 for "2×". Wide enough to hold the legend beside a readable map. */
const BASE_WIDTH = 1600;
const LEGEND_W = 380;
const HEADER_H = 84;
// Nine lines of 18 px (provinces: definition 2, national line 2, sources 3, boundary note, date and link;
// a region set: definition 2, sources 3, its file 2, the provinces' boundary note, date and link) and the margin.
const FOOTER_H = 186;

/** The gap ranking drawn under the map when the gap score is mapped: a basis line, a header and
 * one row of preformatted cells per province (see buildRankingRows). */
export interface PictureRanking {
  title: string;
  basis: string;
  header: string[];
  rows: string[][];
}

/** The ranking's rows are laid out in this many columns of rows. */
const RANKING_COLUMNS = 3;
const RANKING_LINE = 17;

/** Height of the ranking section, px: title, basis, header and ⌈rows / 3⌉ lines. */
export function rankingHeight(rows: number): number {
  return rows === 0 ? 0 : 24 + 2 * RANKING_LINE + (1 + Math.ceil(rows / RANKING_COLUMNS)) * RANKING_LINE + 12;
}

/** Sizes in CSS px. A ranking takes its height from the map, so the picture keeps its ratio. */
export function pictureSize(ratio: Ratio, rankingRows = 0): { width: number; height: number; mapWidth: number; mapHeight: number; rankingHeight: number } {
  const [a, b] = RATIOS[ratio];
  const width = BASE_WIDTH;
  const height = Math.round((BASE_WIDTH * b) / a);
  const r = rankingHeight(rankingRows);
  return { width, height, mapWidth: width - LEGEND_W, mapHeight: height - HEADER_H - FOOTER_H - r, rankingHeight: r };
}

/**
 * The exported picture: title, map, legend with counts, classification note, definition, sources,
 * boundary note and date, and a SYNTHETIC banner when the view shows demonstration data. Drawn on a
 * 2-D canvas at `scale` (1 or 2) from its caption (pictureCaption: the same view model the screen shows).
 */
export function composePicture(opts: {
  caption: PictureCaption;
  map: HTMLCanvasElement;
  ratio: Ratio;
  scale: number;
  /** The gap ranking, when the gap score is mapped; its rows go under the map. */
  ranking?: PictureRanking | null;
}): HTMLCanvasElement {
  const { caption: cap, map, ratio, scale } = opts;
  const size = pictureSize(ratio, opts.ranking?.rows.length ?? 0);
  const canvas = document.createElement('canvas');
  canvas.width = size.width * scale;
  canvas.height = size.height * scale;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D;
  g.scale(scale, scale);
  const font = (px: number, weight = 400) => `${weight} ${px}px system-ui, 'Noto Sans CJK SC', 'Noto Sans', sans-serif`;
  g.fillStyle = C.paper;
  g.fillRect(0, 0, size.width, size.height);

  // Title
  g.fillStyle = C.ink;
  g.font = font(28, 700);
  g.fillText(fit(g, cap.title, size.width - 48), 24, 40);
  g.font = font(16);
  g.fillStyle = C['ink-soft'];
  g.fillText(fit(g, cap.subtitle, size.width - 48), 24, 66);

  // Map
  g.drawImage(map, 0, HEADER_H, size.mapWidth, size.mapHeight);
  g.strokeStyle = C.line;
  g.strokeRect(0.5, HEADER_H + 0.5, size.mapWidth - 1, size.mapHeight - 1);

  // Legend
  let y = HEADER_H + 30;
  const x = size.mapWidth + 20;
  g.fillStyle = C.ink;
  g.font = font(18, 700);
  g.fillText(fit(g, cap.legendTitle, LEGEND_W - 40), x, y);
  y += 14;
  g.font = font(15);
  for (const e of cap.legend) {
    y += 26;
    if (e.noData) hatch(g, x, y - 14, 30, 18);
    else {
      g.fillStyle = e.color;
      g.fillRect(x, y - 14, 30, 18);
    }
    g.strokeStyle = 'rgba(0,0,0,0.3)';
    g.strokeRect(x + 0.5, y - 13.5, 29, 17);
    g.fillStyle = C.ink;
    g.fillText(fit(g, e.label, LEGEND_W - 110), x + 40, y);
    g.fillText(String(e.count), size.width - 40, y);
  }
  y += 34;
  g.font = font(13);
  g.fillStyle = C['ink-soft'];
  // The classification note (4 lines), then a region set's notes, within the legend column's height.
  const noteLines = cap.notes.flatMap((n, i) => clip(g, wrap(g, n, LEGEND_W - 40), i === 0 ? 4 : 3, LEGEND_W - 40));
  const room = Math.floor((HEADER_H + size.mapHeight - y - (cap.synthetic ? 84 : 0)) / 18);
  for (const line of noteLines.slice(0, Math.max(0, room))) {
    g.fillText(line, x, y);
    y += 18;
  }
  if (cap.synthetic) {
    y += 10;
    g.fillStyle = C['synthetic-bg'];
    g.fillRect(x - 6, y - 16, LEGEND_W - 28, 64);
    g.fillStyle = C['synthetic-ink'];
    g.font = font(13, 700);
    for (const line of wrap(g, cap.synthetic, LEGEND_W - 44).slice(0, 3)) {
      g.fillText(line, x, y);
      y += 18;
    }
  }

  if (opts.ranking && opts.ranking.rows.length > 0) drawRanking(g, opts.ranking, HEADER_H + size.mapHeight, size.width, font);

  // Footer: definition, sources, boundaries, date and link
  let fy = HEADER_H + size.mapHeight + size.rankingHeight + 24;
  g.font = font(13);
  g.fillStyle = C.ink;
  const lines = cap.footer.flatMap((f) => clip(g, wrap(g, f.text, size.width - 48), f.lines, size.width - 48));
  for (const line of lines.slice(0, 9)) {
    g.fillText(fit(g, line, size.width - 48), 24, fy);
    fy += 18;
  }
  return canvas;
}

/** The ranking in three columns of rows: rank, province, score, demand, supply, percentiles. */
function drawRanking(
  g: CanvasRenderingContext2D,
  r: PictureRanking,
  top: number,
  width: number,
  font: (px: number, weight?: number) => string,
): void {
  let y = top + 24;
  g.fillStyle = C.ink;
  g.font = font(15, 700);
  g.fillText(fit(g, r.title, width - 48), 24, y);
  y += RANKING_LINE;
  g.font = font(12);
  g.fillStyle = C['ink-soft'];
  g.fillText(fit(g, r.basis, width - 48), 24, y);
  y += RANKING_LINE + 4;
  const perColumn = Math.ceil(r.rows.length / RANKING_COLUMNS);
  const colWidth = (width - 48) / RANKING_COLUMNS;
  // Rank and province left-aligned; the numbers right-aligned at these fractions of a column.
  const rightEdges = [0.48, 0.64, 0.8, 0.97];
  const drawRow = (cells: readonly string[], x: number, yy: number, bold: boolean) => {
    g.font = font(12, bold ? 700 : 400);
    g.textAlign = 'left';
    g.fillText(fit(g, cells[0] ?? '', 34), x, yy);
    g.fillText(fit(g, cells[1] ?? '', colWidth * rightEdges[0]! - 36 - 48), x + 36, yy);
    g.textAlign = 'right';
    cells.slice(2).forEach((cell, i) => g.fillText(fit(g, cell, colWidth * 0.15), x + colWidth * (rightEdges[i] ?? 1), yy));
    g.textAlign = 'left';
  };
  g.fillStyle = C.ink;
  for (let c = 0; c < RANKING_COLUMNS; c++) {
    const x = 24 + c * colWidth;
    drawRow(r.header, x, y, true);
    r.rows.slice(c * perColumn, (c + 1) * perColumn).forEach((row, k) => drawRow(row, x, y + (k + 1) * RANKING_LINE, false));
  }
}

function hatch(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  g.save();
  g.fillStyle = C.nodata;
  g.fillRect(x, y, w, h);
  g.beginPath();
  g.rect(x, y, w, h);
  g.clip();
  g.strokeStyle = C['nodata-line'];
  for (let i = -h; i < w; i += 5) {
    g.moveTo(x + i, y + h);
    g.lineTo(x + i + h, y);
  }
  g.stroke();
  g.restore();
}

/** Greedy line wrapping; CJK text breaks between any two characters, Latin at spaces. */
export function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const next = line + t;
    if (g.measureText(next).width > width && line.trim() !== '') {
      lines.push(line.trim());
      line = t.trim() === '' ? '' : t;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;

/** At most `n` of the wrapped `lines`; a cut paragraph ends in "…" rather than stopping mid-sentence unmarked. */
function clip(g: CanvasRenderingContext2D, lines: string[], n: number, width: number): string[] {
  if (lines.length <= n) return lines;
  // Rejoined as wrap split them: CJK lines broke between characters, Latin ones at a space.
  const rest = lines.slice(n - 1).reduce((a, b) => (CJK_END.test(a) ? a + b : `${a} ${b}`));
  return [...lines.slice(0, n - 1), fit(g, rest, width)];
}

function fit(g: CanvasRenderingContext2D, text: string, width: number): string {
  if (g.measureText(text).width <= width) return text;
  let t = text;
  while (t.length > 1 && g.measureText(`${t}…`).width > width) t = t.slice(0, -1);
  return `${t}…`;
}
