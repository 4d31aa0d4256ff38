import { launchApp } from './support/app';
import { expect, screenshot, test } from './fixtures';

/**
 * The window's start in two steps (docs/startup.md): the list's first page is the first thing asked,
 * with only the preferences beside it; the tags, the view counts, the trash, the feeds, the saved
 * searches, the index's status and the article read last follow once the rows are painted.
 */

/** Records the page's calls at the moment its first article row is on screen (an init script). */
const CALLS_AT_FIRST_ROW = `
  (() => {
    const look = () => {
      const row = document.querySelector('[data-testid="article-item"]');
      if (row && row.getBoundingClientRect().height > 0) {
        window.__callsAtFirstRow = [...(window.__bulletinCalls ?? [])];
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  })();
`;

test('the first rows are asked for first; the tags, counts and trash follow them', async () => {
  // A library with one article in the trash, so the sidebar has a trash count to show.
  const first = await launchApp();
  await expect(first.page.getByTestId('article-item')).toHaveCount(4);
  await first.page.getByTestId('article-item').filter({ hasText: 'Lokpal' }).click();
  await first.page.getByTestId('delete-article').click();
  await expect(first.page.getByTestId('trash-count')).toHaveText('1');
  await first.close();

  const app = await launchApp(first.libraryDir);
  const { page } = app;
  await page.context().addInitScript({ content: CALLS_AT_FIRST_ROW });
  await page.reload();
  await expect(page.getByTestId('article-item')).toHaveCount(3);

  const atFirstRow = await page.evaluate(
    () => (window as unknown as { __callsAtFirstRow?: string[] }).__callsAtFirstRow,
  );
  // The page first; beside it only the preferences (the first screen's language and theme).
  expect(atFirstRow?.[0]).toBe('listArticlePage');
  expect(new Set(atFirstRow)).toEqual(new Set(['listArticlePage', 'getPreferences']));

  // Then the rest, asked after the rows were painted, and shown.
  await expect(page.getByTestId('trash-count')).toHaveText('1');
  await expect(page.locator('[data-testid="tag"][data-tag="GS-2"]')).toContainText(/\d/);
  await expect(page.getByTestId('view-unread-count')).toHaveText('3');
  const calls = await page.evaluate(() => window.__bulletinCalls);
  for (const later of [
    'listTags',
    'listTagGroups',
    'listArticleTrash',
    'listSamples',
    'listFeeds',
    'listSavedSearches',
    'getStudySettings',
    'lastReadingPosition',
    'startupReport',
    'searchStatus',
  ]) {
    expect(calls, later).toContain(later);
    expect(atFirstRow, later).not.toContain(later);
  }
  await screenshot(app, 'startup-after-first-rows');
  await app.close();
});
