/**
 * What the map paints for one unit: its fill colour, whether it is no data (drawn hatched), and
 * whether it is dimmed because another class is highlighted from the legend.
 */
export interface FillState {
  fill: string;
  noData: boolean;
  dim: boolean;
}

export interface FillChange extends FillState {
  id: string;
}

/**
 * The feature-state writes needed to go from `prev` to `next`: only units whose paint changed.
 * Recolouring through feature-state avoids the worker re-layout that a new paint expression costs.
 */
export function diffFills(
  prev: Readonly<Record<string, FillState>>,
  next: Readonly<Record<string, FillState>>,
): FillChange[] {
  const changes: FillChange[] = [];
  for (const [id, s] of Object.entries(next)) {
    const p = prev[id];
    if (!p || p.fill !== s.fill || p.noData !== s.noData || p.dim !== s.dim) changes.push({ id, ...s });
  }
  return changes;
}

/**
 * The units drawn hatched (no data), sorted: the hatch layer's filter. A filter, not a transparent
 * pattern over every unit, because in software rendering each full-size pattern pass costs about
 * 15 ms a frame; sorted, so that an unchanged set is recognised and the layer left alone.
 */
export function noDataIds(fills: Readonly<Record<string, FillState>>): string[] {
  return Object.entries(fills)
    .filter(([, s]) => s.noData)
    .map(([id]) => id)
    .sort();
}
