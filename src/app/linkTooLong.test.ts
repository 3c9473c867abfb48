import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../state/appState';
import { BUILTIN_STORY } from '../story/builtinStory';
import { MAX_CAPTION, MAX_SLIDES, type Slide } from '../story/story';
import { linkTooLong, MAX_LINK_CHARS, shareLink } from './shareRules';

const page = { origin: 'https://atlas.example.org', pathname: '/' };

describe('issue #17 finding 6: Share says when a view is too large for a link', () => {
  it('a full story (30 slides of long captions) is over the limit, and says by how much', () => {
    const slide = BUILTIN_STORY[0] as Slide;
    const story = Array.from({ length: MAX_SLIDES }, () => ({ ...slide, caption: { en: 'x'.repeat(MAX_CAPTION), zh: '字'.repeat(MAX_CAPTION) } }));
    const link = shareLink(DEFAULT_STATE, { present: true, story }, page);
    expect(link.length).toBeGreaterThan(MAX_LINK_CHARS);
    expect(linkTooLong(link)).toEqual({ kb: (link.length / 1024).toFixed(1), max: '8' });
  });

  it('an ordinary view and the built-in story fit', () => {
    expect(linkTooLong(shareLink({ ...DEFAULT_STATE, selected: 'SC' }, {}, page))).toBeNull();
    expect(linkTooLong(shareLink(DEFAULT_STATE, { present: true, story: [...BUILTIN_STORY] }, page))).toBeNull();
    expect(linkTooLong('x'.repeat(MAX_LINK_CHARS))).toBeNull();
  });
});
