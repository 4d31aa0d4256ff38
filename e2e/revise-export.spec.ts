import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PALETTE } from '../src/shared/palette';
import { expect, screenshot, test } from './fixtures';
import { annotate, highlight, openArticle } from './support/reader';

test('automatic cards, grade buttons with their intervals, and an honest end of session', async ({ app }) => {
  const { page } = app;
  // Automatic cards are on for Revise: a Revise note or highlight is a card at once; Important is not.
  await openArticle(page, 'Lokpal');
  await annotate(page, 'prescribed format', 'Complaints follow the **prescribed form**', 'revise');
  await highlight(page, 'half of whom are judicial members', 'up to eight members', 'revise');
  await openArticle(page, 'Ramsar');
  await annotate(page, 'India became a party', 'Party since 1982', 'important');

  await page.getByTestId('nav-review').click();
  const view = page.getByTestId('review-view');
  await expect(view.getByTestId('review-due')).toHaveText('2');

  // Settings: add Important; the existing Important note gets its card.
  await page.getByTestId('nav-settings').click();
  const auto = page.getByTestId('settings-auto-cards');
  await expect(auto.getByTestId('settings-auto-cards-on')).toBeChecked();
  await expect(auto.getByTestId('settings-auto-color-revise')).toBeChecked();
  await expect(auto.getByTestId('settings-auto-color-important')).not.toBeChecked();
  await auto.getByTestId('settings-auto-color-important').check();
  await expect(auto.getByTestId('settings-auto-color-important')).toBeChecked();
  await auto.scrollIntoViewIfNeeded();
  await screenshot(app, 'settings-auto-cards');
  await page.getByTestId('nav-review').click();
  await expect(view.getByTestId('review-due')).toHaveText('3');

  // The grade buttons say when each grade brings the card back (from the scheduler itself).
  await view.getByTestId('start-review').click();
  // The session's keys work once its card is on screen.
  await expect(view.getByTestId('review-reveal')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(view.getByTestId('grade-again')).toContainText(/Again · \d+ min/);
  await expect(view.getByTestId('grade-hard')).toContainText(/Hard · \d+ min/);
  await expect(view.getByTestId('grade-good')).toContainText(/Good · 10 min/);
  await expect(view.getByTestId('grade-easy')).toContainText(/Easy · \d+ d/);
  await page.mouse.move(0, 0);
  await screenshot(app, 'review-intervals');

  // Good, Good, Easy: two cards back in ten minutes, none tomorrow; the end says so (not "2 due today").
  const progress = view.getByTestId('review-progress');
  await page.keyboard.press('3');
  await expect(progress).toContainText('Card 2 of 3');
  await page.keyboard.press(' ');
  await expect(view.getByTestId('grade-good')).toBeVisible();
  await page.keyboard.press('3');
  await expect(progress).toContainText('Card 3 of 3');
  await page.keyboard.press(' ');
  await expect(view.getByTestId('grade-easy')).toBeVisible();
  await page.keyboard.press('4');
  const done = view.getByTestId('review-done');
  await expect(done).toBeVisible();
  await expect(done.getByTestId('review-next')).toHaveText(/^Next: 2 cards in 10 min(, .*)?\.$/);
  await screenshot(app, 'review-session-end');
  await page.keyboard.press('Escape');
  await expect(view.getByTestId('start-review')).toBeDisabled();
  await expect(view.getByTestId('review-next-due')).toHaveText(/Next card in \d+ min/);
});

test('the export preview shows each format as it will look, with the notebook’s filters and renamed colours', async ({
  app,
}) => {
  const { page } = app;
  // Writer-made HTML is shown under the strict CSP without breaking it: no violation is reported.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-color-doubt').fill('PYQ link');
  await expect(page.getByTestId('settings-status')).toHaveText('Saved');

  await openArticle(page, 'Ramsar');
  await annotate(page, 'India became a party', `Asked in **Prelims** 2019 ${HOSTILE}`, 'doubt');
  await openArticle(page, 'Capital Expenditure');
  await annotate(page, 'interest-free loans', '50-year loans to states', 'important');

  // The notebook, searched: the export takes the search (and would take the source).
  await page.getByTestId('nav-notes').click();
  await page.getByTestId('notes-query').fill('Prelims');
  await expect(page.getByTestId('notes-count')).toHaveText('1 note match');
  await page.getByTestId('open-export-dialog').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-scope-filter')).toBeChecked();
  await expect(dialog.getByTestId('export-preview-count')).toHaveText('1 article, 1 note');

  // Markdown, rendered: bold is bold, the renamed colour is named, its square is its colour.
  const sample = dialog.getByTestId('export-sample');
  await expect(sample).toHaveAttribute('data-format', 'md');
  const markdown = sample.getByTestId('export-sample-markdown');
  await expect(markdown.locator('strong', { hasText: 'Prelims' })).toHaveCount(1);
  await expect(markdown).toContainText(`${PALETTE.doubt.emoji} PYQ link`);
  await expect(markdown).not.toContainText('**');
  // Imported or typed markup is text in every preview, never HTML.
  await expect(markdown).toContainText(HOSTILE);
  await expect(markdown).not.toContainText('50-year loans');
  await page.mouse.move(0, 0);
  await screenshot(app, 'export-preview-markdown');

  // PDF: the first page, from the HTML the PDF is printed from, with the palette's colours.
  await dialog.getByTestId('export-format-pdf').check();
  await expect(sample).toHaveAttribute('data-format', 'pdf');
  const pageHost = sample.getByTestId('export-sample-page');
  await expect(pageHost.locator('.cover h1')).toBeVisible();
  await expect(pageHost.locator('.note.doubt .note-label')).toHaveText('PYQ link');
  await expect(pageHost.locator('.note.doubt .note-label')).toHaveCSS('color', rgb(PALETTE.doubt.strong));
  await expect(pageHost.locator('mark.doubt')).toHaveCSS('background-color', rgb(PALETTE.doubt.tint));
  await expect(pageHost.locator('.legend i.important')).toHaveCSS(
    'background-color',
    rgb(PALETTE.important.tint),
  );
  await expect(pageHost.locator('.note.doubt .note-text')).toContainText(HOSTILE);
  await expect(pageHost.locator('img')).toHaveCount(0);
  await screenshot(app, 'export-preview-pdf');

  // Anki: the cards, front and back, the colour's label in its colour under its new name.
  await dialog.getByTestId('export-format-anki').check();
  await expect(sample).toHaveAttribute('data-format', 'anki');
  const card = sample.getByTestId('export-sample-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('export-sample-card-front')).toContainText('India became a party');
  const back = card.getByTestId('export-sample-card-back');
  await expect(back).toContainText('PYQ link');
  await expect(back.locator('b')).toHaveCSS('color', rgb(PALETTE.doubt.strong));
  await expect(back).toContainText(HOSTILE);
  await expect(back.locator('img')).toHaveCount(0);
  await screenshot(app, 'export-preview-anki');

  // CSV: a table, with the colour's name.
  await dialog.getByTestId('export-format-csv').check();
  const table = sample.getByTestId('export-sample-table');
  await expect(table.locator('th').first()).toHaveText('note_id');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toContainText('PYQ link');
  await screenshot(app, 'export-preview-csv');

  // The file itself: the search carried, the renamed colour in it.
  const md = join(app.libraryDir, 'prelims.md');
  await dialog.getByTestId('export-format-md').check();
  await app.answerSaveDialog(md);
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-dialog-status')).toContainText(md);
  const text = readFileSync(md, 'utf8');
  expect(text).toContain(`${PALETTE.doubt.emoji} **PYQ link** · Asked in **Prelims** 2019`);
  expect(text).not.toContain('50-year loans');
  expect(text).not.toContain('**Doubt**');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(violations).toEqual([]);
});

/** Markup in a note: it must come out as text. */
const HOSTILE = '<img src=x onerror="window.pwned=1">';

/** `#c2413b` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
