import { options, render, type ComponentChild } from 'preact';

/**
 * Effects run after a frame: Preact's hooks wait for requestAnimationFrame, with a 100 ms timer
 * that then calls cancelAnimationFrame. Under load a test can end, and its jsdom window go (taking
 * cancelAnimationFrame with it), while that timer is pending: an uncaught ReferenceError reported
 * against whichever test runs then. In component tests no frame is drawn, so effects run on the
 * next task instead; nothing is left pending after a test ends.
 */
options.requestAnimationFrame = (flush) => void setTimeout(flush, 0);

/** Renders into a fresh element in the (jsdom) document; `unmount` removes it. For component tests. */
export function mountForTest(node: ComponentChild): { root: HTMLElement; unmount(): void } {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return {
    root,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}
