import { MAX_CLASSES } from './classification';

/**
 * Custom class breaks from text, for the breaks field and the link's `br=` alike: numbers separated
 * by commas, semicolons (also full-width ，；) or spaces, e.g. "1000, 5000 20000". Returns them
 * ascending without repeats; [] for empty text; null when a part is not a finite number, a part is
 * empty ("1,,3"), or there are more than MAX_CLASSES − 1 distinct breaks.
 */
export function parseBreaks(text: string): number[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parts = trimmed.split(/\s*[,;，；]\s*|\s+/);
  const nums = parts.map((p) => (p === '' ? Number.NaN : Number(p)));
  if (!nums.every(Number.isFinite)) return null;
  const distinct = [...new Set(nums)].sort((a, b) => a - b);
  return distinct.length > MAX_CLASSES - 1 ? null : distinct;
}
