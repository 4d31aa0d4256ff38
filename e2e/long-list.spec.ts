import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** 350 articles in one JSON Lines dump, one a day from 1 January 2023, beside the four samples. */
function writeDump(dir: string): string {
  const lines = Array.from({ length: 350 }, (_, i) => {
    const day = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
    return JSON.stringify({
      title: `Daily brief ${String(i + 1).padStart(3, '0')}`,
      date: day,
      tags: ['GS-2'],
      body: `Brief number ${i + 1} for ${day}.`,
    });
  });
  const path = join(dir, 'daily-briefs.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

test('a list longer than a page loads the rest on demand, and select-all takes every article', async ({
  app,
}) => {
  const { page } = app;
  await app.answerOpenDialog([writeDump(app.libraryDir)]);
  await page.getByTestId('import-button').click();

  await expect(page.getByTestId('list-count')).toContainText('354 articles');
  const rows = page.getByTestId('article-item');
  await expect(rows.first()).toContainText('Daily brief 350');
  // A virtual list: 300 rows are loaded, only those near the screen are in the page.
  const inPage = await rows.count();
  expect(inPage).toBeGreaterThan(5);
  expect(inPage).toBeLessThan(60);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '354');
  const more = page.getByRole('button', { name: 'Show 54 more of 54' });
  await expect(more).toHaveCount(1);
  const focused = page.locator('[data-testid="article-item"]:focus');

  // Select-all reaches the rows that are not loaded yet.
  await rows.first().focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByTestId('selection-count')).toHaveText('354 articles selected');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);

  // The arrows go on past the rows in the page: the next one is drawn, scrolled to and focused.
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  await expect(focused).toContainText('Daily brief 310');
  await expect(focused).toHaveAttribute('aria-posinset', '41');
  await expect(focused).toBeInViewport();

  // End goes to the last loaded row; moving down past it loads the next page and goes on.
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('aria-posinset', '300');
  await expect(focused).toContainText('Daily brief 051');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toContainText('Daily brief 050');
  await expect(focused).toHaveAttribute('aria-posinset', '301');
  await expect(more).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(focused).toContainText('India–Central Asia Summit');
  await expect(focused).toBeInViewport();

  // Home goes back to the top; Shift+Down selects a range from there.
  await page.keyboard.press('Home');
  await expect(focused).toContainText('Daily brief 350');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('selection-count')).toHaveText('3 articles selected');
});

test('the open article is scrolled into view in a long list', async ({ app }) => {
  const { page } = app;
  await app.answerOpenDialog([writeDump(app.libraryDir)]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('list-count')).toContainText('354 articles');
  // Opening from elsewhere (here, a search result) brings the row into the list's view.
  await page.getByTestId('search-input').fill('brief 100');
  await page.getByTestId('search-result').filter({ hasText: 'Daily brief 100' }).first().click();
  await expect(page.getByTestId('reader-title')).toHaveText('Daily brief 100');
  await page.getByTestId('search-input').fill('');
  const open = page.locator('[data-testid="article-item"][aria-current="true"]');
  await expect(open).toContainText('Daily brief 100');
  await expect(open).toBeInViewport();
});
