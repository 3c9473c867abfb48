import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle';

/**
 * The bundle as file text: compact JSON (geometry makes up most of it; indentation would double it),
 * `format` and `version` first, so the first bytes say what the file is. Pure.
 */
export function formatBundle(content: Omit<Bundle, 'format' | 'version'>): string {
  const doc: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: content.createdAt,
    view: content.view.replace(/^\?/, ''),
    // Label points are found again from the regions on arrival (readRegionSet keeps the file's fields only).
    regionSets: content.regionSets.map((set) => ({ ...set, regions: set.regions.map(({ anchor, ...r }) => r) })),
    tables: content.tables,
    facilitySets: content.facilitySets,
  };
  return JSON.stringify(doc);
}

/** Whether a file's first bytes are a bundle's (its `format` comes first): a dropped file goes to the bundle review, not the table import. */
export function looksLikeBundle(head: string): boolean {
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"liushou-atlas-bundle"/.test(head);
}
