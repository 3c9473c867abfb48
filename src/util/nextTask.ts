/**
 * Resolves in a later task of the event loop, so that the browser can paint and handle input
 * between two pieces of heavy main-thread work. (A microtask, such as `await Promise.resolve()`,
 * would run in the same task.) The benchmark's budget is no main-thread task over 100 ms.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
