import { buildCorpusLibrary } from '../bench/corpus';
import { expect, screenshot, test } from './fixtures';
import { launchApp, newLibraryDir } from './support/app';

/**
 * A library of a few thousand articles that has no search index yet, as at the first open after an
 * upgrade or when the index file was lost: the app builds the index in the background (a worker
 * thread) and shows how far it has come, answers searches from what is ready, and stays usable.
 */
const ARTICLES = 3_000;
/**
 * A pause after each batch of the build, and batches of 100 articles (a fresh rebuild's are up to
 * 8,000), so the build lasts seconds on any machine.
 */
const PAUSE_MS = '150';
const BATCH = '100';

test('the search index builds in the background with a progress indicator while the app stays usable', async () => {
  test.setTimeout(180_000);
  const dir = newLibraryDir();
  buildCorpusLibrary(dir, { seed: 7, articles: ARTICLES, annotations: ARTICLES });
  process.env.BULLETIN_INDEX_PAUSE_MS = PAUSE_MS; // read by the index's worker thread
  process.env.BULLETIN_REBUILD_BATCH = BATCH;
  const app = await launchApp(dir, { searchIndexing: 'background' });
  try {
    const { page } = app;
    const status = () => page.evaluate(() => window.api.searchStatus({}));

    // Before anything is searched, a line under the search box says the index is being built.
    await expect(page.getByTestId('search-status-line')).toContainText('Indexing for search');
    await expect(page.getByTestId('article-item').first()).toBeVisible();

    // Search answers at once, from the months already indexed, and says so.
    await page.getByTestId('search-input').fill('china trade');
    const results = page.getByTestId('search-result');
    await expect(results.first()).toBeVisible();
    const indexing = page.getByTestId('search-indexing');
    await expect(indexing).toBeVisible();
    await expect(indexing).toContainText('Building the search index');
    await expect(page.getByTestId('search-indexing-detail')).toContainText(
      `of ${ARTICLES.toLocaleString('en-IN')} articles`,
    );

    // The app answers while the index builds: every request comes back promptly, and the build
    // moves on in between.
    const first = await status();
    expect(first.state).toBe('rebuilding');
    const roundTrips: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      await status();
      roundTrips.push(Date.now() - started);
      await page.waitForTimeout(100);
    }
    expect(Math.max(...roundTrips)).toBeLessThan(1_000);

    // Opening an article and typing a new query work meanwhile.
    await results.first().click();
    await expect(page.getByTestId('reader-title')).toBeVisible({ timeout: 2_000 });
    await page.getByTestId('search-input').fill('china trade agreement');
    await expect(page.getByTestId('result-count')).toHaveAttribute('aria-busy', 'false', { timeout: 2_000 });
    await expect(results.first()).toBeVisible();
    await expect(indexing).toBeVisible();
    const later = await status();
    expect(later.state).toBe('rebuilding');
    expect(later.done).toBeGreaterThan(first.done);
    await page.mouse.move(1, 1); // no hover effect in the picture
    await screenshot(app, 'search-indexing');

    // Once the index is complete the indicator goes and the results are asked for again.
    await expect(indexing).toBeHidden({ timeout: 150_000 });
    await expect.poll(async () => (await status()).state, { timeout: 10_000 }).toBe('ready');
    expect(await status()).toEqual({ state: 'ready', done: ARTICLES, total: ARTICLES });
    await expect(results.first()).toBeVisible();
    await page.getByTestId('search-input').fill('');
    await expect(page.getByTestId('search-status-line')).toBeHidden();
  } finally {
    delete process.env.BULLETIN_INDEX_PAUSE_MS;
    delete process.env.BULLETIN_REBUILD_BATCH;
    await app.close();
  }
});
