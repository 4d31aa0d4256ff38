import { expect, screenshot, test } from './fixtures';
import { annotate, block, highlight, openArticle, selectWords } from './support/reader';

const CHAIR = 'half of whom are judicial members';

test('selecting words in a bullet highlights just that span, and it survives a reload', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Lokpal');
  await selectWords(page, CHAIR, 'up to eight members');
  const toolbar = page.getByTestId('highlight-toolbar');
  await expect(toolbar).toBeVisible();
  await toolbar.getByTestId('highlight-important').click();
  await expect(toolbar).toHaveCount(0);

  const bullet = block(page, CHAIR);
  const mark = bullet.locator('mark[data-testid="span-mark"]');
  await expect(mark).toHaveText('up to eight members');
  await expect(mark).toHaveAttribute('data-color', 'important');
  // Its label names the colour and the words (a template made once per language, memo-text.ts).
  await expect(mark).toHaveAttribute('aria-label', 'Important: up to eight members. Open its note');
  // Only the words are highlighted: the bullet has no note of its own.
  await expect(bullet).not.toHaveClass(/block--annotated/);
  await expect(page.getByTestId('announcer')).toHaveText('Highlighted as Important');

  // A second span in another colour, with a note written through the toolbar's "Note".
  await selectWords(page, CHAIR, 'judicial members');
  await page.getByTestId('highlight-note').click();
  await page.getByTestId('note-editor').fill('**Half** must be judges — see [[Ramsar Sites in India]]');
  await page.getByTestId('color-doubt').click();
  await expect(page.getByTestId('note-save-state')).toHaveText('Saved');
  await page.getByTestId('save-note').click();
  await expect(bullet.locator('mark[data-color="doubt"]')).toHaveText('judicial members');
  const spanNote = bullet.getByTestId('span-note-text');
  await expect(spanNote.locator('strong')).toHaveText('Half');
  await expect(spanNote.getByTestId('note-link')).toHaveText('Ramsar Sites in India');
  await expect(
    bullet
      .getByTestId('span-note-card')
      .filter({ has: page.getByTestId('span-note-text') })
      .getByTestId('edit-note'),
  ).toHaveAttribute('aria-label', 'Edit the note on “judicial members”');

  // A note on a whole bullet sits beside it as before.
  await annotate(page, 'prescribed format', 'Filing rules were too strict', 'revise');
  await page.getByTestId('article-note-toggle').click();
  await page.getByTestId('article-note-edit').click();
  await page.getByTestId('article-note-editor').fill('Mains GS-2: **institutional** checks on corruption');
  await page.getByTestId('article-note-done').click();
  await expect(page.getByTestId('article-note-text').locator('strong')).toHaveText('institutional');
  await page.getByTestId('star-toggle').click();
  await expect(page.getByTestId('star-toggle')).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('reader-title').scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await screenshot(app, 'reader-highlights');

  await page.reload();
  await openArticle(page, 'Lokpal');
  await expect(bullet.locator('mark[data-color="important"]')).toHaveText('up to eight members');
  await expect(bullet.locator('mark[data-color="doubt"]')).toHaveText('judicial members');
  await expect(page.getByTestId('article-note-text')).toContainText('institutional checks on corruption');
  await expect(page.getByTestId('star-toggle')).toHaveAttribute('aria-pressed', 'true');

  // Clicking a highlight opens its note; its [[link]] opens the other article.
  await bullet.locator('mark[data-color="doubt"]').click();
  await expect(page.getByTestId('note-editor')).toHaveValue(/Half/);
  await page.keyboard.press('Escape');
  await bullet.getByTestId('note-link').click();
  await expect(page.getByTestId('reader-title')).toHaveText('Ramsar Sites in India');
});

test('a note autosaves while typing: a reload without saving keeps it', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Ramsar');
  const bullet = block(page, 'India became a party');
  await bullet.hover();
  await bullet.getByTestId('add-note').click();
  await page.getByTestId('note-editor').pressSequentially('Party since 1982 — before the Montreux Record', {
    delay: 15,
  });
  await expect(page.getByTestId('note-save-state')).toHaveText('Saved');
  // No Save, no Esc: the page goes away with the editor open.
  await page.reload();
  await openArticle(page, 'Ramsar');
  await expect(bullet.getByTestId('note-text')).toHaveText('Party since 1982 — before the Montreux Record');
});

test('the reader is keyboard driven and says what it did', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Lokpal');
  const announcer = page.getByTestId('announcer');
  await page.getByTestId('reader-title').click();
  await page.keyboard.press('j');
  await expect(block(page, 'completed three years')).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const first = block(page, 'was passed in 2013');
  await expect(first).toBeFocused();

  await page.keyboard.press('1');
  await expect(first).toHaveAttribute('data-color', 'important');
  await expect(announcer).toHaveText('Marked Important');
  await page.keyboard.press('4');
  await expect(first).toHaveAttribute('data-color', 'fact');

  await page.keyboard.press('n');
  await expect(page.getByTestId('note-editor')).toBeFocused();
  await page.keyboard.type('Act of 2013');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('note-editor')).toHaveCount(0);
  await expect(first.getByTestId('note-text')).toHaveText('Act of 2013');
  await expect(first).toBeFocused();

  // Delete, then Undo from the toast.
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('toast')).toContainText('Note deleted');
  await expect(announcer).toHaveText('Note deleted — Undo');
  await expect(first.getByTestId('note-text')).toHaveCount(0);
  await page.getByTestId('toast-undo').click();
  await expect(first.getByTestId('note-text')).toHaveText('Act of 2013');
  await expect(first).toHaveAttribute('data-color', 'fact');

  // With words selected, a number key highlights them.
  await selectWords(page, 'covered by the Lokpal', 'Prime Minister');
  await page.keyboard.press('2');
  await expect(block(page, 'covered by the Lokpal').locator('mark[data-color="revise"]')).toHaveText(
    'Prime Minister',
  );
});

test('deleting a note can be undone, from the toast or from Recently deleted', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Capital Expenditure');
  await annotate(page, 'interest-free loans', '50-year loans to states', 'revise');
  await highlight(page, 'PM Gati Shakti', 'seven engines of growth', 'fact');
  const bullet = block(page, 'interest-free loans');

  await bullet.getByTestId('note-text').click();
  await page.getByTestId('delete-note').click();
  await expect(bullet.getByTestId('note-text')).toHaveCount(0);
  await page.getByTestId('toast-undo').click();
  await expect(bullet.getByTestId('note-text')).toHaveText('50-year loans to states');

  // Deleted again, the note waits in Recently deleted and comes back from there.
  await bullet.getByTestId('note-text').click();
  await page.getByTestId('delete-note').click();
  await expect(bullet.getByTestId('note-text')).toHaveCount(0);
  await page.getByTestId('nav-notes').click();
  await expect(page.getByTestId('note-entry')).toHaveCount(1);
  await page.getByTestId('notes-tab-deleted').click();
  const deleted = page.getByTestId('deleted-note');
  await expect(deleted).toHaveCount(1);
  await expect(deleted).toContainText('50-year loans to states');
  await expect(deleted).toContainText('kept until');
  await deleted.getByTestId('restore-note').click();
  await expect(page.getByTestId('deleted-empty')).toBeVisible();
  await page.getByTestId('notes-tab-all').click();
  await expect(page.getByTestId('note-entry')).toHaveCount(2);

  // From the notebook, and then for good.
  await page
    .getByTestId('note-entry')
    .filter({ hasText: 'seven engines' })
    .getByTestId('delete-entry')
    .click();
  await expect(page.getByTestId('note-entry')).toHaveCount(1);
  await page.getByTestId('notes-tab-deleted').click();
  await deleted.getByTestId('purge-note').click();
  await expect(deleted.getByTestId('purge-note')).toHaveText('Click again to delete forever');
  await deleted.getByTestId('purge-note').click();
  await expect(page.getByTestId('deleted-empty')).toBeVisible();
});
