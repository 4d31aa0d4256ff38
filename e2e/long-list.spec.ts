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
  await expect(rows).toHaveCount(300);
  await expect(rows.first()).toContainText('Daily brief 350');
  const more = page.getByRole('button', { name: 'Show 54 more of 54' });
  await expect(more).toBeVisible();

  // Select-all reaches the rows that are not loaded yet.
  await rows.first().focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByTestId('selection-count')).toHaveText('354 articles selected');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);

  // Moving down past the last loaded row loads the next page and goes on.
  await rows.nth(299).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows).toHaveCount(354);
  await expect(rows.nth(300)).toBeFocused();
  await expect(rows.nth(300)).toContainText('Daily brief 050');
  await expect(more).toHaveCount(0);
  await expect(rows.last()).toContainText('India–Central Asia Summit');
});
