/**
 * The window at scale (issue 17), measured in the Chromium harness the e2e suite uses: the built
 * renderer in Debian's Chromium, wired to the real handlers over a real library (see
 * `e2e/support/app.ts`). With a generated library of 50,000 articles it prints, over `--runs` runs:
 *
 * - **first row**: from opening the library (what the main process does first) to the first article
 *   row on screen, on the first start of the day (a daily backup is due) and on a later start;
 * - **list scroll**: scrolling the article list to row 10,000: the longest frame, frames over 50 ms,
 *   and the renderer's JS heap before and after (after a garbage collection);
 * - **notebook scroll**: the same through a notebook of `--notes` notes;
 * - **article open**: click on a row to the reader painted, for an article with 1,000 notes, beside
 *   an article with none (the peer).
 *
 * Electron's own process start (about 0.3 s on a laptop) is not in these figures: nothing here can run
 * Electron. Build first: `npx electron-vite build`.
 *
 *   npm run bench:renderer [-- --articles N --notes N --runs N --json --only list,open --check-replies]
 *
 * `--only` names the scenes to run (startup, list, notebook, open; all by default): without `startup`
 * the app is launched once a run, at a later start, and the first-row figures are not taken.
 * `BULLETIN_BENCH_SUFFIX` names this bench's folders beside the corpus (two benches at once).
 * The replies go out unchecked, as in the packaged app; `--check-replies` checks each against its
 * contract schema, as the e2e run and development do.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Library } from '../src/main/library';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  closeSharedBrowser,
  launchApp,
  type BulletinApp,
} from '../e2e/support/app';
import { cachedCorpus } from './corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    notes: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    json: { type: 'boolean', default: false },
    only: { type: 'string', default: 'startup,list,notebook,open' },
    'check-replies': { type: 'boolean', default: false },
  },
});
const SCENES = new Set(values.only.split(','));
const ARTICLES = Number(values.articles);
const NOTES = Number(values.notes);
const RUNS = Number(values.runs);
const HEAVY_NOTES = 1_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
const median = (samples: readonly number[]) => percentile(samples, 50);
const round = (n: number) => Math.round(n * 10) / 10;

// ---- the library: the corpus, its search index, and one article with 1,000 notes ----

const corpus = cachedCorpus(
  { seed: Number(values.seed), articles: ARTICLES, annotations: NOTES },
  undefined,
  log,
);
const suffix = process.env.BULLETIN_BENCH_SUFFIX ?? '';
const base = join(corpus.dir, `renderer-bench-base${suffix}`);
const prepared = prepareBase();

function prepareBase(): { heavyTitle: string; plainTitle: string } {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  cpSync(corpus.file, join(base, 'library.sqlite'));
  // The index is built once here, so each run opens a library whose index is up to date (as on a laptop).
  const library = Library.open(base, { searchIndexing: 'inline' });
  const [heavy, plain] = library.articles.page({}, { limit: 2 }).articles;
  if (!heavy || !plain) throw new Error('the corpus has fewer than two articles');
  const blocks = library.articles
    .get(heavy.id)
    .blocks.filter((b) => b.kind !== 'table' && b.text.length > 40);
  for (let i = 0; i < HEAVY_NOTES; i++) {
    const block = blocks[i % blocks.length]!;
    const start = (i * 7) % Math.max(1, block.text.length - 12);
    library.notes.saveHighlight({
      blockId: block.id,
      start,
      end: start + 8,
      color: (['important', 'revise', 'doubt', 'fact'] as const)[i % 4],
      note: `Note ${i + 1} on this point`,
    });
  }
  library.close();
  return { heavyTitle: heavy.title, plainTitle: plain.title };
}

function freshCopy(run: number): string {
  const dir = join(corpus.dir, `renderer-bench-run-${run}${suffix}`);
  rmSync(dir, { recursive: true, force: true });
  // Without its backups folder: the first open of the day finds a backup due.
  cpSync(base, dir, { recursive: true, filter: (path) => !path.includes('backups') });
  return dir;
}

// ---- measurements in the page ----

interface FirstRow {
  ms: number;
  /** In the page: from the navigation's start to the first row (its script, calls and drawing). */
  pageMs: number;
  app: BulletinApp;
}

async function firstRow(dir: string): Promise<FirstRow> {
  const started = performance.now();
  const app = await launchApp(dir, { searchIndexing: 'background', checkReplies: values['check-replies'] });
  // Polled in the page, so the time is the page's own (Playwright's waitFor adds its round trips).
  const pageMs = await app.page.evaluate(async () => {
    for (;;) {
      const row = document.querySelector('[data-testid="article-item"]');
      if (row && row.getBoundingClientRect().height > 0) return performance.now();
      await new Promise((done) => requestAnimationFrame(() => done(null)));
    }
  });
  return { ms: performance.now() - started, pageMs, app };
}

/**
 * The harness's fixed cost, without the app: a browser context with the binding and the init script
 * the harness adds, a page, a blank document, and one call over the binding.
 */
async function harnessOnlyMs(): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.exposeBinding('__benchInvoke', async () => ({ ok: true, value: null }));
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.evaluate(() =>
      (window as unknown as { __benchInvoke: () => Promise<unknown> }).__benchInvoke(),
    );
    samples.push(performance.now() - started);
    await context.close();
  }
  await browser.close();
  return median(samples);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

interface ScrollResult {
  longestFrameMs: number;
  framesOver50: number;
  frames: number;
  /** Times the scroll reached the end of the loaded rows and waited for the next page. */
  waits: number;
  /** The page's tasks longer than 50 ms (the Long Tasks API), and the longest. */
  longTasks: number;
  longestTaskMs: number;
  reachedRow: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  /** The page's main-thread CPU over the whole scroll (thread time), in ms. */
  cpuMs: number;
}

/** Scrolls the nearest scrolling ancestor of `selector` down by `step` px a frame until `rows` rows are passed. */
async function scrollThrough(
  page: Page,
  selector: string,
  rowSelector: string,
  rows: number,
): Promise<ScrollResult> {
  const heapBeforeMb = await heapMb(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpuBefore = await taskCpuMs(cdp);
  const result = await page.evaluate(
    async ({ selector, rowSelector, rows }) => {
      const start = document.querySelector(selector);
      let scroller: HTMLElement | null = start as HTMLElement | null;
      while (
        scroller &&
        !(
          scroller.scrollHeight > scroller.clientHeight + 10 &&
          /auto|scroll/.test(getComputedStyle(scroller).overflowY)
        )
      )
        scroller = scroller.parentElement;
      if (!scroller) throw new Error(`nothing scrolls around ${selector}`);
      const row = document.querySelector(rowSelector) as HTMLElement | null;
      const rowHeight = row?.getBoundingClientRect().height || 60;
      const target = rows * rowHeight;
      const frames: number[] = [];
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      let waits = 0;
      let last = performance.now();
      // A fast wheel: 40 rows a frame, as a student flicking through a long list.
      const step = rowHeight * 40;
      const deadline = last + 120_000;
      while (scroller.scrollTop + scroller.clientHeight < target && performance.now() < deadline) {
        const before = scroller.scrollTop;
        scroller.scrollTop = before + step;
        await new Promise((done) => requestAnimationFrame(() => done(null)));
        const now = performance.now();
        frames.push(now - last);
        last = now;
        // The list grows as pages load: wait for it when the end of what is loaded is reached. The wait
        // is the bench's own pause, not a frame: the next frame is timed from after it (the long tasks
        // still catch any work the page does meanwhile).
        if (scroller.scrollTop === before) {
          waits++;
          await new Promise((done) => setTimeout(done, 50));
          await new Promise((done) => requestAnimationFrame(() => done(null)));
          last = performance.now();
        }
      }
      // Let the last page settle, then the frames after it.
      for (let i = 0; i < 10; i++) {
        await new Promise((done) => requestAnimationFrame(() => done(null)));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      const setsize = Number(document.querySelector(rowSelector)?.getAttribute('aria-posinset') ?? 0);
      observer.disconnect();
      return {
        longestFrameMs: Math.max(...frames),
        framesOver50: frames.filter((f) => f > 50).length,
        frames: frames.length,
        waits,
        longTasks: tasks.length,
        longestTaskMs: Math.max(0, ...tasks),
        reachedRow: setsize || Math.round(scroller.scrollTop / rowHeight),
      };
    },
    { selector, rowSelector, rows },
  );
  const cpuMs = (await taskCpuMs(cdp)) - cpuBefore;
  await cdp.detach();
  const heapAfterMb = await heapMb(page);
  return { ...result, heapBeforeMb, heapAfterMb, cpuMs };
}

interface OpenResult {
  ms: number;
  /**
   * The page's main thread's CPU time over the same span (its tasks, in thread time): what the open
   * costs the renderer, which a loaded machine stretches less than the wall-clock figure.
   */
  cpuMs: number;
}

/** The page's main-thread task time so far, in thread time (CPU), in ms. */
async function taskCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * What the reader does after an article is painted: its other notes drawn, the reading position's dwell
 * write (a second after the open), then a scroll down and its pause (the position written again). The
 * longest task of the page over that span: a redraw of the whole article there is a frozen reader.
 */
async function afterOpenLongestTaskMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    await new Promise((done) => setTimeout(done, 1_600));
    const scroller = document.querySelector<HTMLElement>('.reader-scroll');
    if (scroller) scroller.scrollTop += 2_000;
    await new Promise((done) => setTimeout(done, 900));
    observer.disconnect();
    return longest;
  });
}

/** Click on the list row of `title` (near the top of the list) to the reader showing it, painted. */
async function openMs(page: Page, title: string): Promise<OpenResult> {
  await page.evaluate(() => {
    let node: HTMLElement | null = document.querySelector('[data-testid="article-list"]');
    while (node && !(node.scrollHeight > node.clientHeight + 10)) node = node.parentElement;
    if (node) node.scrollTop = 0;
  });
  const row = page.getByTestId('article-item').filter({ hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpuBefore = await taskCpuMs(cdp);
  const ms = await page.evaluate(async (title) => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-item"]'));
    const target = rows.find((r) => r.textContent?.includes(title));
    if (!target) throw new Error(`no row for ${title}`);
    const started = performance.now();
    target.click();
    // A loop, not a named callback: tsx would wrap a named function in a helper the page lacks.
    for (;;) {
      const shown = document.querySelector('[data-testid="reader-title"]')?.textContent === title;
      const blocks = document.querySelectorAll('[data-testid="reader"] [data-testid="block"]').length;
      if (shown && blocks > 0) break;
      await new Promise((done) => requestAnimationFrame(() => done(null)));
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
    return performance.now() - started;
  }, title);
  const cpuMs = (await taskCpuMs(cdp)) - cpuBefore;
  await cdp.detach();
  return { ms, cpuMs };
}

/**
 * Waits for the start's deferred calls (tags, counts, feeds…, sent once the first rows are painted;
 * `data/startup.ts`) to come back, and a moment more: a scene measured right after the first row would
 * otherwise share the page and the main process with them.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  await page.waitForFunction(
    () => ((window as unknown as { __bulletinPending?: number }).__bulletinPending ?? 0) === 0,
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(500);
}

// ---- the runs ----

const firstStart: number[] = [];
const laterStart: number[] = [];
const firstStartPage: number[] = [];
const laterStartPage: number[] = [];
let harnessMs = 0;
const list: ScrollResult[] = [];
const notebook: ScrollResult[] = [];
const heavyOpen: number[] = [];
const plainOpen: number[] = [];
const heavyOpenCpu: number[] = [];
const heavyAfterOpen: number[] = [];
const plainOpenCpu: number[] = [];

async function main(): Promise<void> {
  // A warm-up launch starts the shared browser, so the runs measure the window, not Chromium's start.
  {
    const warm = await firstRow(freshCopy(0));
    await warm.app.close();
  }

  for (let run = 1; run <= RUNS; run++) {
    const dir = freshCopy(run);
    // The first start of the day makes the daily backup (a copy and check of the whole library in a
    // worker, a second after the first rows): without `startup` it is made all the same, unmeasured, so
    // the other scenes run on a later start with nothing of the sort beside them, as in a full run.
    {
      const first = await firstRow(dir);
      if (SCENES.has('startup')) {
        firstStart.push(first.ms);
        firstStartPage.push(first.pageMs);
      }
      await first.app.close();
    }
    const later = await firstRow(dir);
    laterStart.push(later.ms);
    laterStartPage.push(later.pageMs);
    const { page } = later.app;

    if (SCENES.has('list'))
      list.push(
        await scrollThrough(page, '[data-testid="article-list"]', '[data-testid="article-item"]', 10_000),
      );

    if (SCENES.has('open')) await settled(page);
    if (SCENES.has('open'))
      for (const [title, samples, cpu] of [
        [prepared.plainTitle, plainOpen, plainOpenCpu],
        [prepared.heavyTitle, heavyOpen, heavyOpenCpu],
      ] as const) {
        const open = await openMs(page, title);
        samples.push(open.ms);
        cpu.push(open.cpuMs);
        if (title === prepared.heavyTitle) heavyAfterOpen.push(await afterOpenLongestTaskMs(page));
      }

    if (SCENES.has('notebook')) {
      await page.getByTestId('nav-notes').click();
      await page.getByTestId('note-entry').first().waitFor({ state: 'visible', timeout: 60_000 });
      notebook.push(
        await scrollThrough(page, '[data-testid="note-entry"]', '[data-testid="note-entry"]', NOTES),
      );
    }
    await later.app.close();
    rmSync(dir, { recursive: true, force: true });
    log(
      `run ${run}/${RUNS}: first row ${round(firstStart.at(-1) ?? NaN)} ms (first start), ${round(later.ms)} ms (later)`,
    );
  }
  await closeSharedBrowser();
  if (SCENES.has('startup')) harnessMs = await harnessOnlyMs();
  printReport();
}

function printReport(): void {
  const timing = (samples: number[]) => ({
    medianMs: round(median(samples)),
    p95Ms: round(percentile(samples, 95)),
  });
  const scroll = (results: ScrollResult[]) => ({
    longestFrameMs: round(median(results.map((r) => r.longestFrameMs))),
    worstFrameMs: round(Math.max(...results.map((r) => r.longestFrameMs))),
    framesOver50: median(results.map((r) => r.framesOver50)),
    waitsForRows: median(results.map((r) => r.waits)),
    longTasks: median(results.map((r) => r.longTasks)),
    longestTaskMs: round(median(results.map((r) => r.longestTaskMs))),
    heapGrowthMb: round(median(results.map((r) => r.heapAfterMb - r.heapBeforeMb))),
    heapAfterMb: round(median(results.map((r) => r.heapAfterMb))),
    mainThreadCpuMs: round(median(results.map((r) => r.cpuMs))),
  });
  const report = {
    articles: ARTICLES,
    notes: NOTES + HEAVY_NOTES,
    runs: RUNS,
    firstRow: {
      firstStartOfDay: timing(firstStart),
      laterStart: timing(laterStart),
      inThePage: { firstStartOfDay: timing(firstStartPage), laterStart: timing(laterStartPage) },
      harnessOnlyMs: round(harnessMs),
      goalMs: 1_000,
    },
    listScrollTo10000: { ...scroll(list), goal: 'no frame > 50 ms, heap growth ≤ 30 MB' },
    notebookScroll: { ...scroll(notebook), goal: 'no frame > 50 ms' },
    articleOpen: {
      with1000Notes: timing(heavyOpen),
      withNoNotes: timing(plainOpen),
      goalMs: 100,
      mainThreadCpu: { with1000Notes: timing(heavyOpenCpu), withNoNotes: timing(plainOpenCpu) },
      /** The longest task in the 2.5 s after the paint: the rest of the notes, the dwell, a scroll's pause. */
      afterOpenLongestTask1000Notes: timing(heavyAfterOpen),
    },
  };

  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(
      `\nThe window at ${ARTICLES.toLocaleString('en-IN')} articles, ${RUNS} runs (Chromium harness)\n`,
    );
    console.log('| measure | median | p95 / worst | goal |');
    console.log('|---|---|---|---|');
    const r = report;
    const rows: [string, string][] = [
      [
        'startup',
        `| first row, first start of the day | ${r.firstRow.firstStartOfDay.medianMs} ms | ${r.firstRow.firstStartOfDay.p95Ms} ms | ≤ 1,000 ms |`,
      ],
      [
        'startup',
        `| first row, later start | ${r.firstRow.laterStart.medianMs} ms | ${r.firstRow.laterStart.p95Ms} ms | (peer) |`,
      ],
      [
        'startup',
        `| first row, in the page (navigation start to the row), first start / later | ${r.firstRow.inThePage.firstStartOfDay.medianMs} ms | ${r.firstRow.inThePage.laterStart.medianMs} ms | |`,
      ],
      [
        'startup',
        `| the harness alone (context, binding, page, one call; no app) | ${r.firstRow.harnessOnlyMs} ms | | |`,
      ],
      [
        'list',
        `| list scroll to row 10,000: longest frame | ${r.listScrollTo10000.longestFrameMs} ms | ${r.listScrollTo10000.worstFrameMs} ms | ≤ 50 ms |`,
      ],
      ['list', `| list scroll: frames over 50 ms | ${r.listScrollTo10000.framesOver50} | | 0 |`],
      [
        'list',
        `| list scroll: tasks over 50 ms (longest) | ${r.listScrollTo10000.longTasks} | ${r.listScrollTo10000.longestTaskMs} ms | 0 |`,
      ],
      [
        'list',
        `| list scroll: times the end of the loaded rows was reached (a wait for a page) | ${r.listScrollTo10000.waitsForRows} | | |`,
      ],
      [
        'list',
        `| list scroll: JS heap growth (after GC) | ${r.listScrollTo10000.heapGrowthMb} MB | heap ${r.listScrollTo10000.heapAfterMb} MB | ≤ 30 MB |`,
      ],
      [
        'list',
        `| list scroll: the page's main-thread CPU over the scroll | ${r.listScrollTo10000.mainThreadCpuMs} ms | | |`,
      ],
      [
        'notebook',
        `| notebook scroll (${NOTES.toLocaleString('en-IN')} notes): longest frame | ${r.notebookScroll.longestFrameMs} ms | ${r.notebookScroll.worstFrameMs} ms | ≤ 50 ms |`,
      ],
      ['notebook', `| notebook scroll: frames over 50 ms | ${r.notebookScroll.framesOver50} | | 0 |`],
      [
        'notebook',
        `| notebook scroll: tasks over 50 ms (longest) | ${r.notebookScroll.longTasks} | ${r.notebookScroll.longestTaskMs} ms | 0 |`,
      ],
      ['notebook', `| notebook scroll: JS heap growth | ${r.notebookScroll.heapGrowthMb} MB | | ≤ 30 MB |`],
      [
        'open',
        `| open an article with 1,000 notes (click to paint) | ${r.articleOpen.with1000Notes.medianMs} ms | ${r.articleOpen.with1000Notes.p95Ms} ms | ≤ 100 ms |`,
      ],
      [
        'open',
        `| open an article with no notes (peer) | ${r.articleOpen.withNoNotes.medianMs} ms | ${r.articleOpen.withNoNotes.p95Ms} ms | |`,
      ],
      [
        'open',
        `| open: the page's main-thread CPU, click to paint, 1,000 notes / none | ${r.articleOpen.mainThreadCpu.with1000Notes.medianMs} ms | ${r.articleOpen.mainThreadCpu.withNoNotes.medianMs} ms | |`,
      ],
      [
        'open',
        `| after the open (1,000 notes): longest task as the rest is drawn, the position's dwell and a scroll's pause | ${r.articleOpen.afterOpenLongestTask1000Notes.medianMs} ms | ${r.articleOpen.afterOpenLongestTask1000Notes.p95Ms} ms | ≤ 50 ms |`,
      ],
    ];
    for (const [scene, line] of rows) if (SCENES.has(scene)) console.log(line);
  }
}

void main();
