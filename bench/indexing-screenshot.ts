/**
 * The app while a large library's search index builds: `npx tsx bench/indexing-screenshot.ts
 * [--articles 50000] [--out docs/screenshots/search-indexing-50k.png]`.
 *
 * Opens a copy of the search benchmark's corpus (no index yet, as at the first open of an existing
 * library) in the e2e harness's Chromium mode with indexing in the background, as the app does;
 * searches, opens an article and types while the index builds; saves a screenshot once a fifth of
 * it is done; then, until the index is complete, asks the app for its status every 250 ms. Prints
 * one JSON object: how long the build took, how fast the app answered meanwhile, the main thread's
 * longest stalls at start and while the index builds (the library runs in this process, as in the
 * app's main process), and every library call that took over 50 ms, to tell whose a stall is.
 * Needs the built renderer (`npx electron-vite build`) and Chromium.
 *
 * In this harness the page reaches the library through Playwright's `exposeBinding`, which is slow
 * for large answers: the article list of 50,000 articles takes seconds to arrive, where Electron's
 * IPC takes a fraction of that. Times seen by the page are therefore upper bounds.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeSharedBrowser, launchApp } from '../e2e/support/app';
import { Library } from '../src/main/library/library';
import { cachedCorpus } from './corpus';
import { stallsDuring } from './stalls';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '42' },
    out: {
      type: 'string',
      default: resolve(__dirname, '..', 'docs', 'screenshots', 'search-indexing-50k.png'),
    },
    query: { type: 'string', default: 'china trade' },
    /** Take the screenshot once this share of the index is built. */
    at: { type: 'string', default: '0.2' },
  },
});

const articles = Number(values.articles);
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Library calls that took longer than 50 ms: `[seconds since start, method, ms]`. */
const slowCalls: Array<[number, string, number]> = [];

/** Times every call of the library facade (sync, and async to its end). */
function recordSlowCalls(started: number): void {
  const prototype = Library.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const method = prototype[name];
    if (name === 'constructor' || typeof method !== 'function') continue;
    prototype[name] = function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      const note = (label: string) => {
        const ms = performance.now() - t;
        if (ms > 50) slowCalls.push([Math.round((t - started) / 100) / 10, label, Math.round(ms)]);
      };
      const result = (method as (...a: unknown[]) => unknown).apply(this, args);
      if (result instanceof Promise)
        void result.finally(() => note(`${name} (async)`)).catch(() => undefined);
      else note(name);
      return result;
    };
  }
}

async function main(): Promise<void> {
  const corpus = cachedCorpus(
    { seed: Number(values.seed), articles, annotations: articles * 2 },
    undefined,
    log,
  );
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-indexing-'));
  copyFileSync(corpus.file, join(dir, 'library.sqlite'));
  const roundTrips: number[] = [];
  let screenshotAt: { done: number; total: number } | null = null;
  let buildMs = 0;
  let openArticleMs = 0;
  let firstResultsMs = 0;
  const started = performance.now();
  recordSlowCalls(started);
  // Start: the library opens (with its daily backup), the window loads the article list.
  const { value: app, ...atStart } = await stallsDuring(async () => {
    const app = await launchApp(dir, { searchIndexing: 'background' });
    await app.page.getByTestId('article-item').first().waitFor({ timeout: 120_000 });
    return app;
  });
  const whileIndexing = await stallsDuring(async () => {
    try {
      const { page } = app;
      const status = async () => {
        const t = performance.now();
        const value = await page.evaluate(() => window.api.searchStatus({}));
        roundTrips.push(performance.now() - t);
        return value;
      };
      log(`${articles} articles: the app is open; building the index …`);
      let t = performance.now();
      await page.getByTestId('search-input').fill(values.query!);
      await page.getByTestId('search-result').first().waitFor();
      await page.getByTestId('search-indexing').waitFor();
      firstResultsMs = performance.now() - t;
      t = performance.now();
      await page.getByTestId('search-result').first().click();
      await page.getByTestId('reader-title').waitFor();
      openArticleMs = performance.now() - t;
      for (;;) {
        const now = await status();
        if (now.state !== 'rebuilding' || now.done >= Number(values.at) * now.total) break;
        await sleep(250);
      }
      // Ask again, so the results and the indicator show the progress so far.
      await page.getByTestId('search-input').fill(`${values.query} `);
      await page.locator('[data-testid="result-count"][aria-busy="false"]').waitFor();
      await page.getByTestId('search-indexing').waitFor();
      screenshotAt = await status();
      await page.mouse.move(1, 1); // no hover effect in the picture
      await page.screenshot({ path: values.out });
      log(`screenshot at ${screenshotAt.done} of ${screenshotAt.total}: ${values.out}`);
      for (;;) {
        const now = await status();
        if (now.state === 'ready') break;
        await sleep(250);
      }
      buildMs = performance.now() - started;
    } finally {
      await app.close();
      await closeSharedBrowser();
    }
  });
  rmSync(dir, { recursive: true, force: true });
  const sorted = [...roundTrips].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({
      articles,
      screenshot: values.out,
      screenshotAt,
      buildMs: round(buildMs),
      firstResultsMs: round(firstResultsMs),
      openArticleMs: round(openArticleMs),
      statusRequests: sorted.length,
      statusRoundTripP95Ms: round(sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0),
      statusRoundTripMaxMs: round(sorted.at(-1) ?? 0),
      mainThreadStallAtStartMs: round(atStart.maxStallMs),
      mainThreadOwnStallAtStartMs: round(atStart.ownStallMs),
      mainThreadStallWhileIndexingMs: round(whileIndexing.maxStallMs),
      mainThreadOwnStallWhileIndexingMs: round(whileIndexing.ownStallMs),
      slowCalls,
    })}\n`,
  );
}

void main();
