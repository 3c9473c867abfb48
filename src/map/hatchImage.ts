import { NO_DATA_COLOR } from '../scales/palettes';

/** Size of the repeating hatch tile, in CSS pixels. */
export const HATCH_SIZE = 8;
const LINE = [150, 150, 150, 255];

/**
 * An RGBA tile for the no-data pattern: the no-data grey with a diagonal line, so no data reads as
 * "nothing here" even in greyscale print or for colour-blind viewers, never as a low value.
 * Same look as the legend's CSS pattern (ui/styles.css `.swatch.nodata`).
 */
export function buildHatchImage(): { width: number; height: number; data: Uint8Array } {
  const n = HATCH_SIZE;
  const base = hexToRgba(NO_DATA_COLOR);
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      // Lines run bottom-left to top-right and wrap seamlessly across tiles.
      const on = (x + y) % n === n - 1 || (x + y) % n === 0;
      data.set(on ? LINE : base, (y * n + x) * 4);
    }
  }
  return { width: n, height: n, data };
}

function hexToRgba(hex: string): number[] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255, 255];
}
