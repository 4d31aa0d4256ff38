import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localToday } from '../src/shared/dates';
import { expect, screenshot, test } from './fixtures';

test('first run shows the bundled samples newest first, with tags and counts', async ({ app }) => {
  const items = app.page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toContainText('Lokpal and Lokayuktas');
  await expect(items.nth(3)).toContainText('India–Central Asia Summit');
  await expect(app.page.locator('[data-testid="tag"][data-tag="GS-2"]')).toContainText('2');
  await expect(app.page.locator('[data-testid="tag"][data-tag="Environment"]')).toContainText('1');
  await expect(items.nth(0)).toHaveAttribute('data-read', 'false');
  await items.nth(0).click();
  await expect(app.page.getByTestId('reader-title')).toHaveText('Lokpal and Lokayuktas');
  await expect(items.nth(0)).toHaveAttribute('data-read', 'true');
  await screenshot(app, 'library');
});

test('opening an article makes only the calls it needs: its text and marking it read', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId('list-count')).toContainText('4 unread');
  // Every query of the first screen has answered: count from here.
  await expect(page.locator('[data-testid="tag"][data-tag="GS-2"]')).toBeVisible();
  await page.evaluate(() => (window.__bulletinCalls.length = 0));
  await items.nth(1).click();
  await expect(page.getByTestId('reader-title')).toHaveText(/./);
  await expect(items.nth(1)).toHaveAttribute('data-read', 'true');
  await expect(page.getByTestId('list-count')).toContainText('3 unread');
  // Anything a change would fetch again has had time to be asked for.
  await page.waitForTimeout(500);
  // searchStatus is the sidebar's poll while the first index builds, not the click's doing. The article
  // is asked for first; setRead goes once it is painted.
  const calls = await page.evaluate(() => window.__bulletinCalls.filter((c) => c !== 'searchStatus'));
  expect(calls).toEqual(['getArticle', 'setRead']);
});

test('an open shows the article read from its first frame, and the library keeps it read', async ({
  app,
}) => {
  const { page } = app;
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  await expect(page.locator('[data-testid="tag"][data-tag="GS-2"]')).toBeVisible();
  await page.evaluate(() => (window.__bulletinCalls.length = 0));
  // In the frame that first draws the reader: the row, the header's button and the calls sent so far.
  const first = await page.evaluate(async () => {
    const row = document.querySelectorAll<HTMLElement>('[data-testid="article-item"]')[2]!;
    row.click();
    for (;;) {
      const button = document.querySelector('[data-testid="toggle-read"]');
      if (button)
        return {
          rowRead: row.getAttribute('data-read'),
          button: button.textContent,
          calls: window.__bulletinCalls.filter((c) => c !== 'searchStatus'),
        };
      await new Promise((done) => requestAnimationFrame(() => done(null)));
    }
  });
  expect(first.rowRead).toBe('true');
  expect(first.button).toBe('Mark as unread');
  expect(first.calls).toEqual(['getArticle']);
  await expect(page.getByTestId('list-count')).toContainText('3 unread');
  await expect.poll(() => page.evaluate(() => window.__bulletinCalls)).toContain('setRead');
  await screenshot(app, 'library-open-read');

  // Marked unread at once by the student: that wins over the open's own mark.
  await items.nth(3).click();
  await page.getByTestId('toggle-read').click();
  await expect(page.getByTestId('toggle-read')).toHaveText('Mark as read');
  await expect(items.nth(3)).toHaveAttribute('data-read', 'false');

  // What the library holds, after a reload: the first read, the second not.
  await page.waitForTimeout(300);
  await page.reload();
  await expect(items).toHaveCount(4);
  await expect(items.nth(2)).toHaveAttribute('data-read', 'true');
  await expect(items.nth(3)).toHaveAttribute('data-read', 'false');
  await expect(page.getByTestId('list-count')).toContainText('3 unread');
});

test('the article is asked for as the mouse button goes down on its row, and only once', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  await expect(page.locator('[data-testid="tag"][data-tag="GS-2"]')).toBeVisible();
  const callsAtClick = () =>
    page.evaluate(() => {
      window.__bulletinCalls.length = 0;
      const seen = { calls: [] as string[] };
      (window as unknown as { __atClick: typeof seen }).__atClick = seen;
      document.addEventListener('click', () => (seen.calls = [...window.__bulletinCalls]), {
        capture: true,
        once: true,
      });
    });
  const read = () =>
    page.evaluate(() => (window as unknown as { __atClick: { calls: string[] } }).__atClick.calls);

  await callsAtClick();
  await items.nth(2).click();
  await expect(page.getByTestId('reader-title')).toHaveText('Capital Expenditure in the Union Budget');
  expect(await read()).toEqual(['getArticle']);
  await page.waitForTimeout(300);
  const calls = await page.evaluate(() => window.__bulletinCalls.filter((c) => c !== 'searchStatus'));
  expect(calls).toEqual(['getArticle', 'setRead']);

  // Ctrl+click selects without opening, and a press on the check box toggles: neither asks for the text.
  await callsAtClick();
  await items.nth(3).click({ modifiers: ['ControlOrMeta'] });
  await items.nth(1).getByTestId('article-check').click({ force: true });
  await expect(page.getByTestId('selection-bar')).toBeVisible();
  expect(await page.evaluate(() => window.__bulletinCalls)).not.toContain('getArticle');
});

test('back from another view, the list shows at once from the cache, without asking again', async ({
  app,
}) => {
  const { page } = app;
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  // The start's deferred calls (tags, view counts, …) have come back: what follows is the visit's own.
  await expect(page.getByTestId('view-unread-count')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__bulletinPending)).toBe(0);
  await page.evaluate(() => (window.__bulletinCalls.length = 0));
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('nav-library').click();
  await expect(items).toHaveCount(4);
  await expect(items.first()).toBeVisible();
  const calls = await page.evaluate(() => window.__bulletinCalls);
  expect(calls).not.toContain('listArticlePage');
  expect(calls).not.toContain('listTags');
});

test('the date filter narrows by month, range, recent days and undated', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);

  await page.getByTestId('date-month').fill('Feb 2022');
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('article-list')).toContainText('Ramsar Sites in India');
  await expect(page.getByTestId('article-list')).toContainText('Capital Expenditure in the Union Budget');

  await page.getByTestId('date-filter-all').click();
  await expect(items).toHaveCount(4);
  await page.getByTestId('date-from').fill('01-01-2022');
  await page.getByTestId('date-to').fill('31-01-2022');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('India–Central Asia Summit');

  await page.getByTestId('date-day').fill('08-03-2022');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Lokpal');

  // Today's article and an undated one, imported through the dialog.
  const [year, , day] = localToday().split('-');
  const month = new Date(`${localToday()}T12:00:00`).toLocaleString('en-GB', { month: 'long' });
  const today = join(app.libraryDir, 'today.txt');
  writeFileSync(
    today,
    `Daily Brief\n\nDate: ${Number(day)} ${month} ${year}\n\nA short paragraph for today.\n`,
  );
  const undated = join(app.libraryDir, 'no-date.txt');
  writeFileSync(undated, 'Notes Without a Date\n\nThis copied text carries no date anywhere.\n');
  await app.answerOpenDialog([today, undated]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-report')).toContainText('2');

  await page.getByTestId('date-filter-7').click();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Daily Brief');
  await page.getByTestId('date-filter-30').click();
  await expect(items).toHaveCount(1);
  await page.getByTestId('date-filter-undated').click();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Notes Without a Date');
  await page.getByTestId('date-filter-all').click();
  await expect(items).toHaveCount(6);
});

test('clicking a tag shows its articles; user tags are kept apart from source tags', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('article-item');
  await page.locator('[data-testid="tag"][data-tag="GS-3"]').click();
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('article-list')).not.toContainText('Lokpal');
  await page.locator('[data-testid="tag"][data-tag="GS-3"]').click();
  await expect(items).toHaveCount(4);

  await items.filter({ hasText: 'Lokpal' }).click();
  await page.getByTestId('user-tag-input').fill('Prelims');
  await page.getByTestId('user-tag-input').press('Enter');
  await expect(page.getByTestId('user-tag')).toHaveText(/Prelims/);
  const prelims = page.locator('[data-testid="tag"][data-tag="Prelims"]');
  await expect(prelims).toContainText('1');
  await prelims.click();
  await expect(items).toHaveCount(1);
  await page.getByTestId('remove-tag').click();
  await expect(page.getByTestId('user-tag')).toHaveCount(0);
  await expect(prelims).toHaveCount(0);
});
