import type { Region } from './parseRegions';

export interface SimplifiedRegions {
  regions: Region[];
  /** Positions kept. */
  vertices: number;
}

/** Placeholder until the topology-preserving simplification lands: regions as read. */
export function simplifyRegions(regions: Region[]): SimplifiedRegions {
  return { regions, vertices: regions.reduce((n, r) => n + r.vertices, 0) };
}
