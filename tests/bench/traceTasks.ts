/**
 * Long main-thread tasks from a Chromium trace, each split into the time the main thread waited
 * for the GPU process and the rest (script, style, layout, message copies: the page's own work).
 *
 * Why: on this machine WebGL runs on SwiftShader, in software, and a page without GPU compositing
 * reads every map frame back (GLES2::ReadPixels in the frame's Commit). The main thread waits for
 * that rendering inside CommandBufferProxyImpl::WaitForGetOffset, often 100–300 ms a frame, on the
 * bare-MapLibre baseline page as well. The Long Tasks API cannot tell such a wait from our code.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface TracedTask {
  /** Trace clock, ms. */
  start: number;
  ms: number;
  /** Time inside CommandBufferProxyImpl::WaitForGetOffset: waiting for the (software) GPU. */
  glWaitMs: number;
  /** ms − glWaitMs. */
  ownMs: number;
}

/** Categories to record for tasksFromTrace. */
export const TASK_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'gpu', 'blink.user_timing'];

const GL_WAIT = 'CommandBufferProxyImpl::WaitForGetOffset';

/** Complete events of one thread that no other event of `events` contains, in time order. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  for (const e of sorted) {
    const last = out.at(-1);
    if (last && e.ts + (e.dur ?? 0) <= last.ts + (last.dur ?? 0)) continue;
    out.push(e);
  }
  return out;
}

/**
 * Tasks of at least `minMs` on the thread that recorded the user-timing mark `mark` (the page's
 * main thread), starting no earlier than that mark.
 */
export function tasksFromTrace(events: TraceEvent[], mark: string, minMs = 50): { markTs: number; tasks: TracedTask[] } | null {
  const m = events.find((e) => e.name === mark && e.cat.includes('blink.user_timing'));
  if (!m) return null;
  const thread = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.dur !== undefined);
  const runs = outermost(thread.filter((e) => e.name === 'RunTask' && e.ts >= m.ts - 1000 && (e.dur ?? 0) >= minMs * 1000));
  const waits = outermost(thread.filter((e) => e.name === GL_WAIT));
  const tasks = runs.map((r): TracedTask => {
    const end = r.ts + (r.dur ?? 0);
    const glWait = waits.filter((w) => w.ts >= r.ts && w.ts + (w.dur ?? 0) <= end).reduce((s, w) => s + (w.dur ?? 0), 0);
    const ms = (r.dur ?? 0) / 1000;
    return { start: r.ts / 1000, ms, glWaitMs: glWait / 1000, ownMs: ms - glWait / 1000 };
  });
  return { markTs: m.ts / 1000, tasks };
}
