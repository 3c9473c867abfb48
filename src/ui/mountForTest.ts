import { render, type ComponentChild } from 'preact';

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
