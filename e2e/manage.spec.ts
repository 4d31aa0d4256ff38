import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './support/app';
import { expect, screenshot, test } from './fixtures';

const QUAD = join(ROOT, 'src/main/library/import/fixtures/studyiq-quad-2022-03-04.txt');
const SAMPLE_COUNT = 4;

function row(page: Page, title: string) {
  return page.getByTestId('article-item').filter({ hasText: title });
}

/** Articles of our own whose source tags include the syllabus's GS-2 and Prelims. */
function syllabusArticles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-manage-e2e-'));
  return [
    ['Monsoon session of Parliament', '12 August 2022', 'GS-2, Polity, Prelims'],
    ['Cheetah reintroduction at Kuno', '17 September 2022', 'GS-3, Environment'],
  ].map(([title, day, tags], i) => {
    const path = join(dir, `own-${i}.txt`);
    writeFileSync(
      path,
      `${title}\n\nDate: ${day} Tags: ${tags}\n\n${title} is the subject of this short test article, written for the end-to-end test.\n`,
    );
    return path;
  });
}

test('delete from the reader goes to the trash; restore brings it back; delete forever asks first', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT);
  await row(page, 'Lokpal').click();
  const block = page.locator('[data-testid="block"]', { hasText: 'half of whom are judicial members' });
  await block.hover();
  await block.getByTestId('add-note').click();
  await page.getByTestId('note-editor').fill('judicial half');
  await page.getByTestId('save-note').click();
  await expect(block.getByTestId('note-text')).toContainText('judicial half');

  await page.getByTestId('delete-article').click();
  await expect(page.getByTestId('reader-empty')).toBeVisible();
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT - 1);
  await expect(page.getByTestId('toast')).toContainText('Moved 1 article to the trash');
  await expect(page.getByTestId('trash-count')).toHaveText('1');
  // Nothing asked for the deleted article: no error.
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  // The notebook forgets its note while it is in the trash.
  await page.getByTestId('nav-notes').click();
  await expect(page.locator('body')).not.toContainText('judicial half');
  await page.getByTestId('nav-library').click();

  await page.getByTestId('open-trash').click();
  const dialog = page.getByTestId('trash-dialog');
  await expect(dialog.getByTestId('trash-item')).toHaveCount(1);
  await expect(dialog.getByTestId('trash-item')).toContainText('Lokpal and Lokayuktas');
  await expect(dialog.getByTestId('trash-item')).toContainText('1 note');
  await screenshot(app, 'trash');
  await dialog.getByTestId('trash-restore').click();
  await expect(dialog.getByTestId('trash-empty')).toBeVisible();
  await dialog.getByTestId('trash-dialog-close').click();
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT);
  await row(page, 'Lokpal').click();
  await expect(
    page
      .locator('[data-testid="block"]', { hasText: 'half of whom are judicial members' })
      .getByTestId('note-text'),
  ).toContainText('judicial half');

  // The toast's Undo puts a deleted article back too.
  await page.getByTestId('delete-article').click();
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT - 1);
  await page.getByTestId('toast-undo').click();
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT);

  // Delete forever asks, then the article is gone from the trash for good.
  await row(page, 'Lokpal').click();
  await page.getByTestId('delete-article').click();
  await page.getByTestId('open-trash').click();
  await dialog.getByTestId('trash-forever').click();
  await expect(dialog).toContainText('cannot be undone');
  await dialog.getByTestId('trash-confirm-forever').click();
  await expect(dialog.getByTestId('trash-empty')).toBeVisible();
});

test('edit an article’s title, date and source; a re-import keeps the edits and says so', async ({ app }) => {
  const { page } = app;
  await app.answerOpenDialog([QUAD]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('reader-title')).toHaveText('The Quad Leaders’ Summit');

  await page.getByTestId('edit-article').click();
  const dialog = page.getByTestId('edit-article-dialog');
  await dialog.getByTestId('edit-title').fill('Quad summit, my title');
  await dialog.getByTestId('edit-date').fill('31/02/2022');
  await expect(dialog.getByTestId('edit-date-hint')).toContainText('is not a day');
  await expect(dialog.getByTestId('edit-article-save')).toBeDisabled();
  await dialog.getByTestId('edit-date').fill('5 Mar 2022');
  await expect(dialog.getByTestId('edit-date-hint')).toContainText('Reads as');
  await dialog.getByTestId('edit-date').fill('05/03/2022');
  await dialog.getByTestId('edit-source').fill('My notes');
  await screenshot(app, 'edit-article');
  await dialog.getByTestId('edit-article-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('reader-title')).toHaveText('Quad summit, my title');
  await expect(page.getByTestId('reader-date')).toContainText('5');
  await expect(page.getByTestId('reader-source')).toHaveText('My notes');

  await app.answerOpenDialog([QUAD]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-kept-edits')).toContainText('Kept your edits of 1 article');
  await expect(row(page, 'Quad summit, my title')).toHaveCount(1);
  await expect(row(page, 'The Quad Leaders’ Summit')).toHaveCount(0);
});

test('tag a selection with your own tag; tags are grouped syllabus, yours, sources', async ({ app }) => {
  const { page } = app;
  await app.answerOpenDialog(syllabusArticles());
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-report')).toContainText('Imported 2');
  await page.getByTestId('dismiss-import-report').click();

  const syllabus = page.getByTestId('tag-group-syllabus');
  const sourceGs2 = syllabus.locator('[data-testid="tag"][data-tag="GS-2"]');
  // The samples' "GS Paper - 2" and our "GS-2": three articles the sources tagged GS-2.
  await expect(sourceGs2.locator('.tag-list__count')).toHaveText('3');

  await row(page, 'Monsoon session').click();
  await row(page, 'Lokpal').click({ modifiers: ['ControlOrMeta'] });
  const bar = page.getByTestId('selection-bar');
  await expect(bar.getByTestId('selection-count')).toHaveText('2 articles selected');
  await bar.getByTestId('selection-tag').fill('GS-2');
  await bar.getByTestId('selection-tag-add').click();

  const yours = page.getByTestId('tag-group-user');
  const sources = page.getByTestId('tag-group-source');
  // The user's GS-2 is counted apart: the source's GS-2 stays 1.
  await expect(yours.locator('[data-testid="tag"][data-tag="GS-2"] .tag-list__count')).toHaveText('2');
  await expect(sourceGs2.locator('.tag-list__count')).toHaveText('3');
  // The syllabus tags in the syllabus's order.
  const order = ['GS-1', 'GS-2', 'GS-3', 'GS-4', 'Prelims', 'Essay'];
  const shown = await syllabus
    .getByTestId('tag')
    .evaluateAll((tags) => tags.map((t) => t.getAttribute('data-tag')));
  expect(shown).toEqual(order.filter((name) => shown.includes(name)));
  expect(shown).toContain('Prelims');
  await expect(sources.locator('[data-testid="tag"][data-tag="Polity"]')).toBeVisible();
  await page.getByTestId('tag-list').scrollIntoViewIfNeeded();
  await screenshot(app, 'tag-groups');

  // Each entry filters by what it counts: your GS-2 lists 2 articles, the sources' GS-2 lists 3.
  await yours.locator('[data-testid="tag"][data-tag="GS-2"]').click();
  await expect(page.getByTestId('article-item')).toHaveCount(2);
  await sourceGs2.click();
  await expect(page.getByTestId('article-item')).toHaveCount(3);
  await sourceGs2.click();
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT + 2);

  // Collapsing a group hides its tags; the search field narrows every group.
  await page.getByTestId('tag-group-toggle-source').click();
  await expect(sources.getByTestId('tag')).toHaveCount(0);
  await page.getByTestId('tag-group-toggle-source').click();
  await page.getByTestId('tag-search').fill('gs-');
  await expect(sources.getByTestId('tag')).toHaveCount(0);
  await expect(yours.getByTestId('tag')).toHaveCount(1);
  await page.getByTestId('tag-search').fill('');

  // Removing it from the selection takes the user's group away.
  await row(page, 'Monsoon session').click();
  await row(page, 'Lokpal').click({ modifiers: ['ControlOrMeta'] });
  await bar.getByTestId('selection-tag').fill('GS-2');
  await bar.getByTestId('selection-tag-remove').click();
  await expect(page.getByTestId('tag-group-user')).toHaveCount(0);

  // Deleting a selection moves both to the trash.
  await row(page, 'Monsoon session').click();
  await row(page, 'Cheetah').click({ modifiers: ['ControlOrMeta'] });
  await bar.getByTestId('selection-delete').click();
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT);
  await expect(page.getByTestId('trash-count')).toHaveText('2');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
});

test('samples carry a badge and go in one step; Undo this import trashes what the import added', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.getByTestId('sample-badge')).toHaveCount(SAMPLE_COUNT);
  await app.answerOpenDialog([QUAD]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT + 1);
  await expect(row(page, 'The Quad').getByTestId('sample-badge')).toHaveCount(0);
  await page.getByTestId('undo-import').click();
  await expect(page.getByTestId('article-item')).toHaveCount(SAMPLE_COUNT);
  await expect(page.getByTestId('undo-import')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText('this import added to the trash');

  await page.getByTestId('remove-samples').click();
  await expect(page.getByTestId('article-item')).toHaveCount(0);
  await expect(page.getByTestId('remove-samples')).toHaveCount(0);
  await expect(page.getByTestId('trash-count')).toHaveText(String(SAMPLE_COUNT + 1));
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
});
