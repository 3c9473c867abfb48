/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, each edit 1),
 * counted in code points so a Chinese character or an astral symbol is one unit.
 * Transpositions count 1 because "Sichaun" is the commonest kind of typo in a name.
 * Note OSA is not a metric (no triangle inequality); it only ranks aliases against one key.
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  // Three rolling rows: the transposition step looks two rows back.
  let before = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let curr = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      curr[j] = d;
    }
    [before, prev, curr] = [prev, curr, before];
  }
  return prev[t.length]!;
}
