/**
 * Where the renderer's time goes in one of `bench/renderer.ts`'s scenes: a CPU profile of the page while
 * it scrolls the list, scrolls the notebook or opens an article, summed by function (self time) and by
 * source file. A tool for finding the long frames, not a measure for the README. The `start` scene
 * reloads the page under the profiler (a later start: the library is open, the files are warm) and
 * also lists the calls the page made before its first article row, with when each was sent and answered.
 *
 *   npm run bench:renderer-profile -- --scene list|notebook|open|start [--articles N --notes N]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { Library } from '../src/main/library';
import { closeSharedBrowser, launchApp } from '../e2e/support/app';
import { cachedCorpus } from './corpus';

const { values } = parseArgs({
  options: {
    scene: { type: 'string', default: 'list' },
    articles: { type: 'string', default: '50000' },
    notes: { type: 'string', default: '2000' },
    out: { type: 'string' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function and by file, in ms, the largest first. */
function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.split('/').pop() || '(native)';
    const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('self time by file:\n' + top(byFile, 12).join('\n'));
  console.log('\nself time by function:\n' + top(byFunction, 30).join('\n'));
}

/**
 * The start scene's init script: the harness's api records each channel in `__bulletinCalls` just
 * before it calls the binding, so each record wraps the binding once, for that call, to see when it is
 * answered. The harness's own script may run before this one or after it.
 */
const RECORD_CALLS = `
  window.__startCalls = [];
  const patch = (calls) => {
    calls.push = (channel) => {
      const entry = { channel, sent: performance.now() };
      window.__startCalls.push(entry);
      const invoke = window.__bulletinInvoke;
      window.__bulletinInvoke = (c, input) => {
        window.__bulletinInvoke = invoke;
        return invoke(c, input).finally(() => { entry.answered = performance.now(); });
      };
      return Array.prototype.push.call(calls, channel);
    };
  };
  let recorded = window.__bulletinCalls;
  if (recorded) patch(recorded);
  else
    Object.defineProperty(window, '__bulletinCalls', {
      configurable: true,
      get: () => recorded,
      set: (value) => { recorded = value; patch(value); },
    });
`;

async function main(): Promise<void> {
  const corpus = cachedCorpus(
    { seed: 42, articles: Number(values.articles), annotations: Number(values.notes) },
    undefined,
    log,
  );
  // `BULLETIN_BENCH_SUFFIX`: the folders of a `bench:renderer` run with the same suffix (two benches at once).
  const suffix = process.env.BULLETIN_BENCH_SUFFIX ?? '';
  const dir = join(corpus.dir, `renderer-profile${suffix}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const base = join(corpus.dir, `renderer-bench-base${suffix}`);
  cpSync(base, dir, { recursive: true });
  const library = Library.open(dir, { searchIndexing: 'inline' });
  const [heavy] = library.articles.page({}, { limit: 1 }).articles;
  library.close();

  // As the packaged app answers: replies unchecked.
  const app = await launchApp(dir, { searchIndexing: 'background', checkReplies: false });
  const { page } = app;
  if (values.scene === 'start') {
    // Each call's channel, and when it was sent and answered (ms since the navigation's start).
    // A string, not a function: tsx would wrap the function's named parts in a helper the page lacks.
    await page.context().addInitScript({ content: RECORD_CALLS });
  }
  await page.getByTestId('article-item').first().waitFor({ state: 'visible', timeout: 120_000 });
  await page.waitForTimeout(1500);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  if (values.scene === 'list' || values.scene === 'notebook') {
    if (values.scene === 'notebook') {
      await page.getByTestId('nav-notes').click();
      await page.getByTestId('note-entry').first().waitFor({ state: 'visible', timeout: 60_000 });
    }
    const row = values.scene === 'list' ? '[data-testid="article-item"]' : '[data-testid="note-entry"]';
    const rows = values.scene === 'list' ? 3000 : Number(values.notes);
    await page.evaluate(
      async ({ row, rows }) => {
        let scroller = document.querySelector(row) as HTMLElement | null;
        while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 10))
          scroller = scroller.parentElement;
        if (!scroller) return;
        const height = (document.querySelector(row) as HTMLElement).getBoundingClientRect().height || 60;
        const deadline = performance.now() + 60_000;
        while (scroller.scrollTop + scroller.clientHeight < rows * height && performance.now() < deadline) {
          const before = scroller.scrollTop;
          scroller.scrollTop = before + height * 40;
          await new Promise((done) => requestAnimationFrame(() => done(null)));
          if (scroller.scrollTop === before) await new Promise((done) => setTimeout(done, 50));
        }
      },
      { row, rows },
    );
  } else if (values.scene === 'start') {
    await page.reload();
    const firstRowMs = await page.evaluate(async () => {
      for (;;) {
        const row = document.querySelector('[data-testid="article-item"]');
        if (row && row.getBoundingClientRect().height > 0) return performance.now();
        await new Promise((done) => requestAnimationFrame(() => done(null)));
      }
    });
    const calls = await page.evaluate(
      () =>
        (window as unknown as { __startCalls: Array<{ channel: string; sent: number; answered?: number }> })
          .__startCalls,
    );
    if (!calls) throw new Error('the calls were not recorded (the init script failed?)');
    console.log(`first row at ${firstRowMs.toFixed(0)} ms after the navigation's start; calls:`);
    for (const call of calls)
      console.log(
        `${call.sent.toFixed(0).padStart(6)} → ${(call.answered?.toFixed(0) ?? '…').padStart(6)} ms  ${call.channel}${call.sent > firstRowMs ? '  (after the first row)' : ''}`,
      );
  } else if (values.scene === 'open') {
    for (let i = 0; i < 3; i++) {
      for (const title of [heavy!.title]) {
        await page.getByTestId('article-item').filter({ hasText: title }).first().click();
        await page.getByTestId('reader-title').filter({ hasText: title }).waitFor();
        await page.waitForTimeout(800);
        await page.getByTestId('nav-notes').click();
        await page.getByTestId('nav-library').click();
      }
    }
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  log(`profiled ${Date.now() - started} ms`);
  if (values.out) writeFileSync(values.out, JSON.stringify(profile));
  summarise(profile);
  await app.close();
  await closeSharedBrowser();
  rmSync(dir, { recursive: true, force: true });
}

void main();
