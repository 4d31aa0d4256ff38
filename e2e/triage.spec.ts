import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, localToday } from '../src/shared/dates';
import type { BulletinApp } from './support/app';
import { expect, screenshot, test } from './fixtures';
import { annotate, block, openArticle, selectWords } from './support/reader';

/** "6 December 2026", as an imported file writes its date. */
function longDate(day: string): string {
  const [year, , date] = day.split('-');
  const month = new Date(`${day}T12:00:00`).toLocaleString('en-GB', { month: 'long' });
  return `${Number(date)} ${month} ${year}`;
}

/** Imports plain-text articles dated `day` through File → Import…. */
async function importDated(app: BulletinApp, articles: Array<{ title: string; day: string; body?: string }>) {
  const paths = articles.map((article, index) => {
    const path = join(app.libraryDir, `triage-${index}.txt`);
    writeFileSync(
      path,
      `${article.title}\n\nDate: ${longDate(article.day)}\n\n${article.body ?? `A paragraph about ${article.title}.`}\n`,
    );
    return path;
  });
  await app.answerOpenDialog(paths);
  await app.page.getByTestId('import-button').click();
  await expect(app.page.getByTestId('import-report')).toContainText(String(articles.length));
}

test('Today, Unread and Starred views show their counts, and a star shows on the rows', async ({ app }) => {
  const { page } = app;
  const today = localToday();
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  await importDated(app, [
    { title: 'Morning Brief on Monsoon', day: today },
    { title: 'Editorial on Federalism', day: today },
    { title: 'Yesterday in Parliament', day: addDays(today, -1) },
  ]);
  await expect(page.getByTestId('view-today-count')).toHaveText('2');
  await expect(page.getByTestId('view-unread-count')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('view-starred-count')).toHaveText('0');

  await page.getByTestId('view-today').click();
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('day-shown')).toHaveAttribute('data-day', today);
  await expect(page.getByTestId('date-fallback')).toHaveCount(0);
  await page.getByTestId('dismiss-import-report').click();
  await screenshot(app, 'today-view');

  // Reading one takes it off the Unread count at once.
  const unreadBefore = Number(await page.getByTestId('view-unread-count').textContent());
  await items.first().click();
  await expect(page.getByTestId('view-unread-count')).toHaveText(String(unreadBefore - 1));

  // Star it and one sample: the Starred view lists exactly those, with a star on each row.
  await page.getByTestId('star-toggle').click();
  await expect(page.getByTestId('view-starred-count')).toHaveText('1');
  await expect(items.first().getByTestId('row-star')).toBeVisible();
  await page.getByTestId('date-filter-all').click();
  await items.filter({ hasText: 'Lokpal' }).click();
  await page.getByTestId('star-toggle').click();
  await expect(page.getByTestId('view-starred-count')).toHaveText('2');
  await page.getByTestId('view-starred').click();
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('row-star')).toHaveCount(2);
  await expect(page.getByTestId('view-starred')).toHaveAttribute('aria-pressed', 'true');
  await screenshot(app, 'starred-view');

  // Unread lists what is not read.
  await page.getByTestId('view-unread').click();
  await expect(items).toHaveCount(unreadBefore - 2);
  await expect(page.getByTestId('article-list')).not.toContainText('Lokpal');
});

test('a day filter steps a day back and on, with buttons and keys', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  await page.getByTestId('date-day').fill('2022-02-15');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Ramsar');
  await page.getByTestId('day-prev').click();
  await expect(page.getByTestId('day-shown')).toHaveAttribute('data-day', '2022-02-14');
  await expect(items).toHaveCount(0);
  await page.getByTestId('day-next').click();
  await expect(items).toHaveCount(1);
  await page.getByTestId('article-list').focus();
  // `[` and Alt+← go back; `]` and Alt+→ go on.
  for (let i = 0; i < 13; i++) await page.keyboard.press('[');
  await expect(page.getByTestId('day-shown')).toHaveAttribute('data-day', '2022-02-02');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Capital Expenditure');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByTestId('day-shown')).toHaveAttribute('data-day', '2022-02-03');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByTestId('day-shown')).toHaveAttribute('data-day', '2022-02-02');
  // Keys typed into a field stay there.
  await page.getByTestId('search-input').focus();
  await page.keyboard.press(']');
  await expect(page.getByTestId('search-input')).toHaveValue(']');
  await page.getByTestId('search-input').fill('');
  await expect(page.getByTestId('day-shown')).toHaveAttribute('data-day', '2022-02-02');
  await screenshot(app, 'day-stepping');
});

test('Today and Last 7 days in an old library show the newest days, and say so', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId('view-today-count')).toHaveText('0');
  await page.getByTestId('view-today').click();
  await expect(page.getByTestId('day-shown')).toHaveAttribute('data-day', '2022-03-08');
  await expect(page.getByTestId('date-fallback')).toContainText('Nothing is dated today');
  await expect(items).toHaveCount(1);
  await page.getByTestId('date-filter-7').click();
  await expect(page.getByTestId('date-fallback')).toContainText('up to 8 Mar 2022');
  await expect(items).toHaveCount(1);
  await screenshot(app, 'last-7-days-fallback');
  await page.getByTestId('date-filter-30').click();
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('date-fallback')).toContainText('30 days');
});

test('the reader resumes where an article was left, and a reload reopens it there', async ({ app }) => {
  const { page } = app;
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) => `Paragraph ${i + 1} on cooperative federalism and the finance commission's devolution formula.`,
  ).join('\n\n');
  await importDated(app, [{ title: 'A Long Read on Federalism', day: '2022-03-01', body: paragraphs }]);
  await page.getByLabel('Dismiss the import report').click();
  const reader = page.locator('.reader-scroll');
  await expect(page.getByTestId('reader-title')).toHaveText('A Long Read on Federalism');
  await expect(reader).toHaveAttribute('data-resumed', 'true');
  // Read down to paragraph 40.
  await page
    .getByText('Paragraph 40 on', { exact: false })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const top = await reader.evaluate((el) => el.scrollTop);
  expect(top).toBeGreaterThan(1000);
  await page.waitForTimeout(900);

  // Another article, then back: the reader is where it was left.
  await page.getByTestId('article-item').filter({ hasText: 'Lokpal' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('Lokpal and Lokayuktas');
  await page.getByTestId('article-item').filter({ hasText: 'A Long Read' }).click();
  await expect(reader).toHaveAttribute('data-resumed', 'true');
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(top - 30);
  await page.waitForTimeout(1200);

  // A reload reopens the same article at the same place.
  await page.reload();
  await expect(page.getByTestId('reader-title')).toHaveText('A Long Read on Federalism');
  await expect(reader).toHaveAttribute('data-resumed', 'true');
  const after = await reader.evaluate((el) => el.scrollTop);
  expect(Math.abs(after - top)).toBeLessThan(30);
  await expect(page.getByTestId('reader-empty')).toHaveCount(0);
});

test('clearing the search clears the reader’s hits and their bar, also after another view', async ({
  app,
}) => {
  const { page } = app;
  const reader = page.getByTestId('reader');
  await page.getByTestId('search-input').fill('lokpal');
  await page.getByTestId('search-result').first().click();
  await expect(reader.getByTestId('search-hit').first()).toBeVisible();
  await expect(page.getByTestId('hit-nav')).toBeVisible();
  await page.getByTestId('search-clear').click();
  await expect(reader.getByTestId('search-hit')).toHaveCount(0);
  await expect(page.getByTestId('hit-nav')).toHaveCount(0);
  await expect(reader).toContainText('Lokpal');

  // Hits marked, then the search cleared by hand while on another view.
  await page.getByTestId('search-input').fill('lokpal');
  await page.getByTestId('search-result').first().click();
  await expect(page.getByTestId('hit-nav')).toBeVisible();
  await page.getByTestId('nav-notes').click();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('search-input').fill('');
  await expect(page.getByTestId('hit-nav')).toHaveCount(0);
  await expect(reader.getByTestId('search-hit')).toHaveCount(0);
});

test('an unbalanced quote is named as a mistake, and facets wait behind a Filters toggle', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('search-input').fill('"collective security');
  await expect(page.getByTestId('search-error')).toContainText('a quote was opened and not closed');
  await expect(page.getByTestId('search-result')).toHaveCount(0);

  await page.getByTestId('search-input').fill('india');
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  const toggle = page.getByTestId('facets-toggle');
  await expect(toggle).toHaveText(/Filters \(\d+\)/);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('facet-tag')).toHaveCount(0);
  await toggle.click();
  await expect(page.getByTestId('facet-tag').first()).toBeVisible();
  await toggle.click();
  await expect(page.getByTestId('facet-tag')).toHaveCount(0);
});

test('the notebook’s search marks what it matched in the quote and the note', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Ramsar');
  await annotate(page, 'India became a party', 'Party since 1982, ratified by India', 'fact');
  await openArticle(page, 'Lokpal');
  await annotate(page, 'prescribed format', 'Why so many rejections?', 'important');
  await page.getByTestId('nav-notes').click();
  const view = page.getByTestId('notes-view');
  await expect(view.getByTestId('note-entry')).toHaveCount(2);
  await view.getByTestId('notes-query').fill('india');
  await expect(view.getByTestId('note-entry')).toHaveCount(1);
  const marks = view.getByTestId('notebook-match');
  await expect(marks.first()).toBeVisible();
  // "India" in the quote and in the note, whatever its case.
  const texts = await marks.allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(2);
  expect(texts.every((text) => text.toLowerCase() === 'india')).toBe(true);
  await expect(view.getByTestId('note-text').getByTestId('notebook-match')).toHaveText('India');
  await screenshot(app, 'notebook-search-marks');
  await view.getByTestId('notes-query').fill('');
  await expect(view.getByTestId('notebook-match')).toHaveCount(0);
});

test('a colour without a note adds no empty card, and the toolbar’s labels fit at 1400 px', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page, 'Lokpal');
  const bullet = block(page, 'was passed in 2013');
  const height = await bullet.evaluate((el) => el.getBoundingClientRect().height);
  await bullet.focus();
  await page.keyboard.press('1');
  await expect(bullet).toHaveAttribute('data-color', 'important');
  await expect(bullet.getByTestId('note-card')).toHaveCount(0);
  const colouredHeight = await bullet.evaluate((el) => el.getBoundingClientRect().height);
  expect(colouredHeight).toBeLessThan(height * 1.3);

  // The selection toolbar at the window's 1400 px: every colour's name shown whole.
  expect(page.viewportSize()?.width).toBe(1400);
  await selectWords(page, 'covered by the Lokpal', 'Prime Minister');
  const toolbar = page.getByTestId('highlight-toolbar');
  await expect(toolbar).toBeVisible();
  const cut = await toolbar
    .locator('.highlight-toolbar__name')
    .evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent));
  expect(cut).toEqual([]);
  await expect(toolbar).toContainText('Important');
  await expect(toolbar).toContainText('Revise');
  const box = await toolbar.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(1400);
  await screenshot(app, 'highlight-toolbar');
});

test('pasting a duplicate names the article already in the library, with an Open button', async ({ app }) => {
  const { page } = app;
  const text =
    'Cooperative Federalism Explained\n\nDate: 3 March 2022\n\nThe finance commission devolves taxes.\n';
  const paste = async () => {
    await page.getByTestId('add-article-button').click();
    await page.getByTestId('add-article-text').fill(text);
    await page.getByTestId('add-article-save').click();
  };
  await paste();
  await expect(page.getByTestId('reader-title')).toHaveText('Cooperative Federalism Explained');
  await page.getByTestId('article-item').filter({ hasText: 'Lokpal' }).click();
  await paste();
  const duplicate = page.getByTestId('import-duplicate');
  await expect(duplicate).toHaveCount(1);
  await expect(duplicate).toContainText('Already in your library: Cooperative Federalism Explained');
  await duplicate.getByTestId('import-duplicate-open').click();
  await expect(page.getByTestId('reader-title')).toHaveText('Cooperative Federalism Explained');
});
