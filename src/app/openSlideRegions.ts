import type { RegionController, RegionFile } from './createRegionController';

/** What opening a file for a presented slide did: shown, another set's file, or a file that cannot be read. */
export type SlideRegionsResult = { type: 'shown' } | { type: 'other'; fileName: string } | { type: 'unreadable'; fileName: string };

/**
 * A presented slide names a region set this browser lacks, and the presenter opens a file for it.
 * The set's id is a hash of its content, so a file that gives the same id is the very set the
 * slide was made with: it is kept and shown without the review (which the side panel, hidden while
 * presenting, would hold), and the slide is shown again whole (its selected region, its camera).
 * Any other file changes nothing: its review is dropped and the caller says which file is needed.
 */
export async function openSlideRegions(
  regions: Pick<RegionController, 'missing' | 'open' | 'phase' | 'apply' | 'cancel'>,
  file: RegionFile,
  showSlideAgain: () => void,
): Promise<SlideRegionsResult> {
  const wanted = regions.missing.peek();
  await regions.open(file);
  const phase = regions.phase.peek();
  if (phase.type !== 'review') {
    regions.cancel();
    return { type: 'unreadable', fileName: file.name };
  }
  if (wanted === null || phase.report.id !== wanted) {
    regions.cancel();
    return { type: 'other', fileName: file.name };
  }
  const set = await regions.apply();
  if (!set) return { type: 'unreadable', fileName: file.name };
  showSlideAgain();
  return { type: 'shown' };
}
