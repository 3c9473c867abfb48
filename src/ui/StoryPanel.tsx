import { useSignal } from '@preact/signals';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { BUILTIN_STORY } from '../story/builtinStory';
import type { Presenter } from '../app/createPresenter';
import { MAX_CAPTION, MAX_SLIDES } from '../story/story';
import { downloadText } from '../app/download';
import { linkTooLong } from '../app/shareRules';
import { formatStory, parseStory } from '../story/story';
import type { Bilingual } from '../i18n/lang';
import type { RegionSetView } from '../view/buildRegionView';
import type { Unit } from '../geo/units';

const M = MESSAGES.story;
const S = MESSAGES.storage;

/** The built-in story, and the teacher's own slides: add, caption, reorder, delete, present, share. */
export function StoryPanel({
  lang,
  presenter,
  storyLink,
  currentTitle,
  regionSet = null,
  countyUnit = null,
}: {
  lang: Lang;
  presenter: Presenter;
  storyLink(): string;
  currentTitle: Bilingual;
  /** The region set shown, if any: a slide added now is first captioned with its indicator and file. */
  regionSet?: RegionSetView | null;
  /** The province whose county table is open, if any: a slide added now is first captioned with the table's title. */
  countyUnit?: Unit | null;
}) {
  const mine = presenter.mine.value;
  const label = regionSet?.indicator?.label;
  // "<indicator> · <file>": the figure and the boundary file the slide shows, in either language.
  const regionTitle = (l: Lang) => [label?.[l], regionSet?.fileName].filter(Boolean).join(' · ');
  const title: Bilingual = regionSet
    ? { en: regionTitle('en'), zh: regionTitle('zh') }
    : countyUnit
      ? { en: MESSAGES.counties.title.en(countyUnit.en), zh: MESSAGES.counties.title.zh(countyUnit.zhFull) }
      : currentTitle;
  const copied = useSignal(false);
  const tooLong = useSignal<{ kb: string; max: string } | null>(null);
  const unreadableFile = useSignal<string | null>(null);
  const openFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A story file is the story's link text (formatStory); anything else leaves the slides as they are.
    const slides = file.size < 1_000_000 ? parseStory((await file.text()).trim()) : null;
    if (slides) presenter.updateMine(slides);
    unreadableFile.value = slides ? null : file.name;
  };
  return (
    <section class="story-panel" aria-labelledby="story-title">
      <h2 id="story-title">{M.title[lang]}</h2>
      <h3>{M.builtin[lang]}</h3>
      <ol class="slide-list">
        {BUILTIN_STORY.map((s, i) => (
          <li key={i}>{s.caption[lang].split(/[:：]/)[0]}</li>
        ))}
      </ol>
      <div class="row-buttons">
        <button type="button" class="primary" data-action="present-builtin" onClick={() => presenter.start(null)}>
          {M.present[lang]}
        </button>
      </div>
      <h3>{M.mine[lang]}</h3>
      {presenter.aside.value.length > 0 && (
        <div class="notice" role="status" data-story-aside={presenter.aside.value.length}>
          <p>{S.storyUnreadable[lang]}</p>
          <button type="button" onClick={() => downloadText('liushou-atlas-unreadable-slides.txt', presenter.asideText())}>
            {S.downloadUnreadable[lang]}
          </button>
        </div>
      )}
      {mine.length === 0 && <p class="muted">{M.noSlides[lang]}</p>}
      {(mine.length >= MAX_SLIDES || presenter.limit.value === 'slides') && (
        <p class="muted" role="status" data-limit="slides">
          {S.storyLimitSlides[lang](String(MAX_SLIDES))}
        </p>
      )}
      {(presenter.limit.value === 'caption' || mine.some((s) => s.caption.en.length >= MAX_CAPTION || s.caption.zh.length >= MAX_CAPTION)) && (
        <p class="muted" role="status" data-limit="caption">
          {S.captionLimit[lang](String(MAX_CAPTION))}
        </p>
      )}
      <ol class="slide-list mine">
        {mine.map((s, i) => (
          <li key={i} data-slide={i}>
            <label class="control wide">
              <span>{M.captionEn[lang]}</span>
              <input type="text" maxLength={MAX_CAPTION} value={s.caption.en} onChange={(e) => presenter.updateMine(mine.map((x, j) => (j === i ? { ...x, caption: { ...x.caption, en: e.currentTarget.value } } : x)))} />
            </label>
            <label class="control wide">
              <span>{M.captionZh[lang]}</span>
              <input type="text" maxLength={MAX_CAPTION} value={s.caption.zh} onChange={(e) => presenter.updateMine(mine.map((x, j) => (j === i ? { ...x, caption: { ...x.caption, zh: e.currentTarget.value } } : x)))} />
            </label>
            <div class="row-buttons">
              <button type="button" disabled={i === 0} onClick={() => presenter.move(i, i - 1)}>
                {M.up[lang]}
              </button>
              <button type="button" disabled={i === mine.length - 1} onClick={() => presenter.move(i, i + 1)}>
                {M.down[lang]}
              </button>
              <button type="button" onClick={() => presenter.remove(i)}>
                {M.remove[lang]}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div class="row-buttons">
        <button type="button" data-action="add-slide" disabled={mine.length >= MAX_SLIDES} onClick={() => presenter.addCurrent(title)}>
          {M.addCurrent[lang]}
        </button>
        {mine.length > 0 && (
          <>
            <button type="button" data-action="present-mine" onClick={() => presenter.start(mine)}>
              {M.presentMine[lang]}
            </button>
            <button
              type="button"
              onClick={async () => {
                const link = storyLink();
                tooLong.value = linkTooLong(link);
                if (tooLong.value) return;
                try {
                  await navigator.clipboard.writeText(link);
                  copied.value = true;
                } catch {
                  copied.value = false;
                }
              }}
            >
              {M.copyStory[lang]}
            </button>
            {copied.value && <span role="status">{MESSAGES.share.copied[lang]}</span>}
            {tooLong.value && (
              <div class="link-too-long" role="alert" data-too-long={tooLong.value.kb}>
                <p>{S.storyTooLong[lang](tooLong.value.kb, tooLong.value.max)}</p>
                <button type="button" data-action="download-story" onClick={() => downloadText('liushou-atlas-story.txt', formatStory(mine), 'text/plain;charset=utf-8')}>
                  {S.downloadStory[lang]}
                </button>
              </div>
            )}
          </>
        )}
      </div>
      <label class="control wide">
        <span>{S.openStory[lang]}</span>
        <input type="file" accept=".txt,text/plain" data-action="open-story" onChange={(e) => void openFile(e)} />
      </label>
      {unreadableFile.value && (
        <p class="notice error" role="alert">
          {S.storyFileUnreadable[lang](unreadableFile.value)}
        </p>
      )}
    </section>
  );
}
