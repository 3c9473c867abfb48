import { useSignal } from '@preact/signals';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { BUILTIN_STORY } from '../story/builtinStory';
import type { Presenter } from '../app/createPresenter';

const M = MESSAGES.story;

/** The built-in story, and the teacher's own slides: add, caption, reorder, delete, present, share. */
export function StoryPanel({ lang, presenter, storyLink, currentTitle }: { lang: Lang; presenter: Presenter; storyLink(): string; currentTitle: { en: string; zh: string } }) {
  const mine = presenter.mine.value;
  const copied = useSignal(false);
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
      {mine.length === 0 && <p class="muted">{M.noSlides[lang]}</p>}
      <ol class="slide-list mine">
        {mine.map((s, i) => (
          <li key={i} data-slide={i}>
            <label class="control wide">
              <span>{M.captionEn[lang]}</span>
              <input type="text" value={s.caption.en} onChange={(e) => presenter.updateMine(mine.map((x, j) => (j === i ? { ...x, caption: { ...x.caption, en: e.currentTarget.value } } : x)))} />
            </label>
            <label class="control wide">
              <span>{M.captionZh[lang]}</span>
              <input type="text" value={s.caption.zh} onChange={(e) => presenter.updateMine(mine.map((x, j) => (j === i ? { ...x, caption: { ...x.caption, zh: e.currentTarget.value } } : x)))} />
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
        <button type="button" data-action="add-slide" onClick={() => presenter.addCurrent(currentTitle)}>
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
                try {
                  await navigator.clipboard.writeText(storyLink());
                  copied.value = true;
                } catch {
                  copied.value = false;
                }
              }}
            >
              {M.copyStory[lang]}
            </button>
            {copied.value && <span role="status">{MESSAGES.share.copied[lang]}</span>}
          </>
        )}
      </div>
    </section>
  );
}
