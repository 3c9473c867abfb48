// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../i18n/lang';
import { lazyComponent } from './lazyComponent';
import { mountForTest } from './mountForTest';

/**
 * Waits until `check` passes: the loader's promise settles and Preact re-renders after its effects,
 * which run after the next frame (a timeout where, as in jsdom, no frames are drawn). Polling for
 * the outcome, not sleeping a fixed time, so the test neither races a slow machine nor waits on a
 * fast one; it fails if the outcome never comes (vi.waitFor's 1 s).
 */
const until = (check: () => void) => vi.waitFor(check, { timeout: 1000, interval: 5 });

let root: HTMLElement;
let unmount = () => {};
afterEach(() => unmount());
const mount = (node: preact.ComponentChild) => ({ root, unmount } = mountForTest(node));

describe('lazyComponent', () => {
  it('shows "Loading…", then the component, loading its code once for all instances', async () => {
    let loads = 0;
    let release: () => void = () => {};
    const Lazy = lazyComponent<{ lang: Lang; name: string }>(async () => {
      loads++;
      await new Promise<void>((r) => (release = r));
      return ({ name }) => <b>{name}</b>;
    });
    mount(
      <>
        <Lazy lang="en" name="a" />
        <Lazy lang="zh" name="b" />
      </>,
    );
    // Rendering is synchronous: both say "Loading…" at once, and keep saying it until the code arrives.
    expect(root.textContent).toBe('Loading…加载中…');
    await until(() => expect(loads).toBe(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(root.textContent).toBe('Loading…加载中…');
    release();
    await until(() => expect(root.innerHTML).toBe('<b>a</b><b>b</b>'));
    expect(loads).toBe(1);
  });

  it('says in the UI language that a part could not load, and why', async () => {
    const Lazy = lazyComponent<{ lang: Lang }>(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    mount(<Lazy lang="zh" />);
    await until(() => expect(root.querySelector('[role=alert]')?.textContent).toBe('本功能无法加载（Failed to fetch dynamically imported module）。请刷新页面重试。'));
  });
});
