// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/lang';
import { lazyComponent } from './lazyComponent';
import { mountForTest } from './mountForTest';

/** Lets the loader's promise settle and Preact re-render: its effects run after the next frame
 * (a timeout of up to 100 ms where, as in jsdom, no frames are drawn). */
const settle = () => new Promise((r) => setTimeout(r, 150));

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
    await settle();
    expect(root.textContent).toBe('Loading…加载中…');
    release();
    await settle();
    expect(root.innerHTML).toBe('<b>a</b><b>b</b>');
    expect(loads).toBe(1);
  });

  it('says in the UI language that a part could not load, and why', async () => {
    const Lazy = lazyComponent<{ lang: Lang }>(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    mount(<Lazy lang="zh" />);
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('本功能无法加载（Failed to fetch dynamically imported module）。请刷新页面重试。');
  });
});
