/**
 * Diagnosis, not measurement: the region import of the benchmark (3,000 regions, about 11 MB) on an
 * unminified build, with a CPU profile from Apply to the map coloured (and optionally a reload),
 * and for each main-thread task of 50 ms or more its self and inclusive time by function.
 * `node tests/bench/run.mjs profileRegions` runs it (see run.mjs).
 */
import { join } from 'node:path';
import { preview } from 'vite';
import type { CDPSession, Page } from 'playwright-core';
import { launch } from '../e2e/browser';
import { buildAll } from './build';
import { openInstrumented } from './browserBench';
import { writeRegionsFile } from './regionsBench';
import { TASK_CATEGORIES, tasksFromTrace, type TraceEvent } from './traceTasks';

interface Node {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').at(-1) ?? ''}:${n.callFrame.lineNumber + 1}`;

function analyse(profile: Profile, events: TraceEvent[], mark: string): string[] {
  const traced = tasksFromTrace(events, mark, 40);
  if (!traced) return ['no mark'];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) {
    const child = byId.get(c);
    if (child) child.parent = n.id;
  }
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const out: string[] = [];
  for (const task of traced.tasks) {
    const start = task.start * 1000;
    const end = start + task.ms * 1000;
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const ts = times[i]!;
      if (ts < start || ts > end) return;
      const d = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      total += d;
      const n = byId.get(id);
      if (!n) return;
      self.set(label(n), (self.get(label(n)) ?? 0) + d);
      const seen = new Set<string>();
      for (let p: Node | undefined = n; p; p = p.parent === undefined ? undefined : byId.get(p.parent)) {
        const l = label(p);
        if (seen.has(l)) continue;
        seen.add(l);
        incl.set(l, (incl.get(l) ?? 0) + d);
      }
    });
    // Trace events inside the task (same thread), by name, nested ones counted too.
    const m = events.find((e) => e.name === mark && e.cat.includes('blink.user_timing'))!;
    const names = new Map<string, number>();
    for (const e of events) {
      if (e.pid !== m.pid || e.tid !== m.tid || e.ph !== 'X' || e.name === 'RunTask') continue;
      if (e.ts < start || e.ts + (e.dur ?? 0) > end || (e.dur ?? 0) < 2000) continue;
      names.set(e.name, (names.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = (m: Map<string, number>, k: number) =>
      [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, ms]) => `      ${ms.toFixed(0).padStart(5)}  ${f}`);
    out.push(`  task at ${Math.round(task.start - traced.markTs)} ms: ${task.ms.toFixed(0)} ms = GPU ${task.glWaitMs.toFixed(0)} + own ${task.ownMs.toFixed(0)}; sampled ${total.toFixed(0)} ms`);
    out.push('    trace events:', ...top(names, 8), '    self:', ...top(self, 10), '    inclusive:', ...top(incl, 25));
  }
  return out;
}

async function profiled<T>(cdp: CDPSession, browserTrace: { start(): Promise<void>; stop(): Promise<TraceEvent[]> }, run: () => Promise<T>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await browserTrace.start();
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = await cdp.send('Profiler.stop');
  const events = await browserTrace.stop();
  return { result, profile: profile as unknown as Profile, events };
}

export async function main(root: string): Promise<void> {
  const builds = await buildAll(root, false);
  const file = writeRegionsFile(join(builds.outDir, '..'));
  const server = await preview({ build: { outDir: builds.outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const baseUrl = server.resolvedUrls!.local[0]!;
  const browser = await launch();
  try {
    const { page, context, errors } = await openInstrumented(browser, `${baseUrl}?tab=data`);
    const cdp = await context.newCDPSession(page);
    const trace = (p: Page) => ({
      start: () => browser.startTracing(p, { categories: TASK_CATEGORIES }),
      stop: async () => (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents,
    });
    const apply = await profiled(cdp, trace(page), async () => {
      await page.evaluate(() => performance.mark('diag-apply'));
      const t0 = Date.now();
      await page.setInputFiles('.region-dropzone input[type=file]', file.path);
      await page.locator('.region-review[data-region-report^="r-"]').waitFor({ timeout: 300_000 });
      const report = Date.now() - t0;
      await page.waitForTimeout(500);
      const c0 = Date.now();
      await page.getByRole('button', { name: 'Keep and show these regions' }).click();
      await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.regionColours ?? '0') > 0, null, { timeout: 300_000, polling: 50 });
      return { report, coloured: Date.now() - c0 };
    });
    const id = await page.locator('.region-sets li').first().getAttribute('data-region-set');
    console.log(`file → report ${apply.result.report} ms, Apply → coloured ${apply.result.coloured} ms (wall)`);
    console.log(analyse(apply.profile, apply.events, 'diag-apply').join('\n'));
    if (process.env['DIAG_RELOAD'] === '1') {
      await context.addInitScript(() => performance.mark('diag-reload'));
      const reload = await profiled(cdp, trace(page), async () => {
        const c0 = Date.now();
        await page.goto(`${baseUrl}?tab=data&rs=${id}`);
        await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.regionColours ?? '0') > 0, null, { timeout: 300_000, polling: 50 });
        return Date.now() - c0;
      });
      console.log(`reload → coloured ${reload.result} ms (wall)`);
      console.log(analyse(reload.profile, reload.events, 'diag-reload').join('\n'));
    }
    console.log('errors', errors);
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
