import type { RegionFile } from '../app/createRegionController';
import type { SlideRegionsResult } from '../app/openSlideRegions';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { Slide } from '../story/story';
import type { SourceRef } from '../view/buildViewModel';
import { lazyComponent } from './lazyComponent';
import { SourceCitation } from './SourceLine';
import type { MissingSlideSet } from './SlideMissingSet';

const M = MESSAGES.story;

// Only a slide naming a region set this browser lacks needs it: not part of the first view.
const SlideMissingSet = lazyComponent(() => import('./SlideMissingSet').then((m) => m.SlideMissingSet));

/** Presentation controls reduced to previous and next, with the slide's caption and its sources. */
export function PresentationBar({
  lang,
  slides,
  index,
  sourceRef,
  onPrevious,
  onNext,
  onExit,
  highContrast,
  onHighContrast,
  onSlide,
  onShowSlide,
  embedded = false,
  missingSet = null,
  onRegionFile,
}: {
  lang: Lang;
  slides: readonly Slide[];
  index: number;
  sourceRef(id: string): SourceRef | null;
  onPrevious(): void;
  onNext(): void;
  onExit(): void;
  /** Projectors wash colours out: one switch to the high-contrast palette. */
  highContrast: boolean;
  onHighContrast(on: boolean): void;
  /** Whether the map shows this slide's figures; if not, the caption says so and offers them. */
  onSlide: boolean;
  onShowSlide(): void;
  /** In a host page's iframe: no Exit (it would leave the story with no way back), compact layout. */
  embedded?: boolean;
  /** The slide names a region set this browser lacks: say which file it needs, and take it. */
  missingSet?: MissingSlideSet | null;
  onRegionFile?(file: RegionFile): Promise<SlideRegionsResult>;
}) {
  const slide = slides[index];
  return (
    <section class="presentation-bar" aria-live="polite" aria-label={M.slideOf[lang](String(index + 1), String(slides.length))}>
      <p class="caption" data-slide={index}>
        {slide?.caption[lang]}
      </p>
      {slide && !onSlide && (
        <p class="off-slide caution">
          {M.offSlide[lang]}{' '}
          <button type="button" class="share-button" data-action="show-slide" onClick={onShowSlide}>
            {M.showSlide[lang]}
          </button>
        </p>
      )}
      {missingSet && onRegionFile && <SlideMissingSet lang={lang} missingSet={missingSet} onRegionFile={onRegionFile} />}
      {slide && slide.sources.length > 0 && (
        <p class="slide-sources">
          {MESSAGES.source[lang]}:{' '}
          {slide.sources.map((id, i) => {
            const ref = sourceRef(id);
            return (
              ref && (
                <span key={id}>
                  {i > 0 && '; '}
                  <SourceCitation s={ref} lang={lang} short />
                </span>
              )
            );
          })}
        </p>
      )}
      <div class="presentation-controls">
        <button type="button" onClick={onPrevious} disabled={index === 0}>
          ← {M.previous[lang]}
        </button>
        <span class="counter" title={M.keys[lang]}>{M.slideOf[lang](String(index + 1), String(slides.length))}</span>
        <button type="button" class="primary" onClick={onNext} disabled={index >= slides.length - 1}>
          {M.next[lang]} →
        </button>
        <button type="button" aria-pressed={highContrast} onClick={() => onHighContrast(!highContrast)}>
          {MESSAGES.highContrast[lang]}
        </button>
        {!embedded && (
          <button type="button" class="exit" onClick={onExit}>
            {M.exit[lang]}
          </button>
        )}
      </div>
      <p class="muted keys">{M.keys[lang]}</p>
    </section>
  );
}
