import { expect, screenshot, test } from './fixtures';
import { annotate, block, openArticle } from './support/reader';

/** The note: 5,000 `*`, an x, 5,000 `*` (it once blanked the whole window). */
const NESTED = `${'*'.repeat(5000)}x${'*'.repeat(5000)}`;

test('a 10,001-character note of nested emphasis leaves the reader and the notebook working, and can be deleted', async ({
  app,
}) => {
  const { page } = app;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await openArticle(page, 'Ramsar');
  await annotate(page, 'India became a party', NESTED, 'fact');
  const card = block(page, 'India became a party').getByTestId('note-card');
  await expect(card.getByTestId('note-text')).toContainText('x');
  await expect(page.getByTestId('note-broken')).toHaveCount(0);

  // The notebook shows it, and the window still answers: its filters, another view.
  await page.getByTestId('nav-notes').click();
  const entries = page.getByTestId('note-entry');
  await expect(entries).toHaveCount(1);
  await expect(entries.getByTestId('note-text')).toContainText('x');
  await expect(page.getByTestId('notes-count')).toHaveText('1 note');
  await screenshot(app, 'nested-note-notebook');
  await entries.getByTestId('delete-entry').click();
  await expect(entries).toHaveCount(0);

  await openArticle(page, 'Capital Expenditure');
  expect(errors).toEqual([]);
});

test('a note that cannot be rendered shows a sentence in its place, is logged, and can still be edited and deleted', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page, 'Ramsar');
  await annotate(page, 'Montreux Record', 'A note that renders', 'doubt');
  await annotate(page, 'India became a party', 'See [[crash-this-note]] later', 'fact');

  // A fault injected into this page: rendering that link's title now throws, as a renderer bug would.
  await page.evaluate(() => {
    const lower = String.prototype.toLowerCase;
    String.prototype.toLowerCase = function (this: string) {
      if (String(this) === 'crash-this-note') throw new RangeError('injected rendering failure');
      return lower.call(this);
    };
  });
  await page.getByTestId('nav-notes').click();
  const entries = page.getByTestId('note-entry');
  await expect(entries).toHaveCount(2);
  const broken = entries.filter({ has: page.getByTestId('note-broken') });
  await expect(broken).toHaveCount(1);
  await expect(broken.getByTestId('note-broken')).toHaveText('This note could not be displayed');
  // The other note, the view around them and the rest of the window are untouched.
  await expect(entries.filter({ hasText: 'A note that renders' })).toHaveCount(1);
  await expect(page.getByTestId('view-error')).toHaveCount(0);

  // The boundary sent the error (not the note) to the main log.
  const calls = await page.evaluate(() => window.__bulletinCalls);
  expect(calls).toContain('logRendererError');

  // In the reader too; its Edit opens the editor with the note's text, which can be saved.
  await entries
    .filter({ has: page.getByTestId('note-broken') })
    .getByTestId('open-note')
    .click();
  const target = block(page, 'India became a party');
  await expect(target.getByTestId('note-broken')).toHaveText('This note could not be displayed');
  await screenshot(app, 'broken-note-reader');
  await target.getByTestId('edit-note').click();
  await expect(page.getByTestId('note-editor')).toHaveValue('See [[crash-this-note]] later');
  await page.getByTestId('note-editor').fill('Fixed: no more link');
  await page.getByTestId('save-note').click();
  await expect(target.getByTestId('note-text')).toHaveText('Fixed: no more link');
  await expect(target.getByTestId('note-broken')).toHaveCount(0);

  // Broken again, and deleted from the notebook.
  await target.getByTestId('edit-note').click();
  await page.getByTestId('note-editor').fill('[[crash-this-note]]');
  await page.getByTestId('save-note').click();
  await expect(target.getByTestId('note-broken')).toHaveCount(1);
  await page.getByTestId('nav-notes').click();
  await entries
    .filter({ has: page.getByTestId('note-broken') })
    .getByTestId('delete-entry')
    .click();
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText('A note that renders');
  const left = await page.evaluate(() => window.api.listNotes({}));
  expect(left.map((n) => n.note)).toEqual(['A note that renders']);
});
