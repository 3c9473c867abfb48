import { useSignal } from '@preact/signals';
import type { RegionFile } from '../app/createRegionController';
import type { SlideRegionsResult } from '../app/openSlideRegions';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { REGION_PICTURE_MESSAGES as P } from '../i18n/regionPictureMessages';
import { RegionFileInput } from './RegionImport';

/** The region set the slide names and this browser lacks: its id, the file the link names, the size limit. */
export interface MissingSlideSet {
  id: string;
  fileName: string | null;
  maxBytes: number;
}

/**
 * In the presentation bar: the slide names a region set this browser lacks. Says which file it
 * needs (the rest of the slide is shown on the provinces) and takes that file without leaving the
 * presentation; another file changes nothing and is named.
 */
export function SlideMissingSet({ lang, missingSet, onRegionFile }: { lang: Lang; missingSet: MissingSlideSet; onRegionFile(file: RegionFile): Promise<SlideRegionsResult> }) {
  const opened = useSignal<SlideRegionsResult | null>(null);
  return (
    <div class="slide-missing-set caution" role="status" data-missing-set={missingSet.id}>
      <p>{missingSet.fileName !== null ? P.slideMissing[lang](missingSet.fileName) : P.slideMissingId[lang](missingSet.id)}</p>
      <RegionFileInput
        lang={lang}
        label={MESSAGES.regionImport.missing.open[lang]}
        maxBytes={missingSet.maxBytes}
        onFile={(f) => void onRegionFile(f).then((r) => (opened.value = r))}
      />
      {opened.value?.type === 'other' && <p role="alert">{P.slideOtherFile[lang](opened.value.fileName, missingSet.fileName ?? missingSet.id)}</p>}
      {opened.value?.type === 'unreadable' && <p role="alert">{P.slideFileUnreadable[lang](opened.value.fileName)}</p>}
    </div>
  );
}
