/**
 * Runs `run` in the first task after the browser's next paint: a frame callback runs just before
 * the frame is drawn, and a timeout set there fires once it has been (the same two steps Preact's
 * plain effects wait for). `cancel` stops it if it has not run yet.
 */
export function afterNextPaint(run: () => void): { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return {
    cancel() {
      cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
    },
  };
}
