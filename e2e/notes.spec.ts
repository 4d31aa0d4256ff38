import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp } from './support/app';
import { expect, screenshot, test } from './fixtures';

async function annotate(
  page: import('@playwright/test').Page,
  blockText: string,
  note: string,
  color: string,
) {
  const block = page.locator('[data-testid="block"]', { hasText: blockText });
  await block.hover();
  await block.getByTestId('add-note').click();
  await page.getByTestId('note-editor').fill(note);
  await page.getByTestId(`color-${color}`).click();
  await page.getByTestId('save-note').click();
  await expect(block.getByTestId('note-text')).toContainText(note.split('\n')[0]!);
}

test('a note and colour on a bullet survive a reload and a restart', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('article-item').filter({ hasText: 'Lokpal' }).click();
  await annotate(
    page,
    'half of whom are judicial members',
    'Composition: 1 + 8 members\n50% judicial',
    'important',
  );
  await annotate(page, 'prescribed format', 'Ask: which format is prescribed?', 'doubt');
  await page.getByTestId('reader-title').scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await screenshot(app, 'reader');

  await page.reload();
  await page.getByTestId('article-item').filter({ hasText: 'Lokpal' }).click();
  const block = page.locator('[data-testid="block"]', { hasText: 'half of whom are judicial members' });
  await expect(block.getByTestId('note-text')).toContainText('Composition: 1 + 8 members');
  await expect(block.getByTestId('note-text')).toContainText('50% judicial');

  const dir = app.libraryDir;
  await app.close();
  const again = await launchApp(dir);
  try {
    await again.page.getByTestId('article-item').filter({ hasText: 'Lokpal' }).click();
    const kept = again.page.locator('[data-testid="block"]', {
      hasText: 'half of whom are judicial members',
    });
    await expect(kept.getByTestId('note-text')).toContainText('50% judicial');
    // Editing and deleting.
    await kept.getByTestId('note-text').click();
    await again.page.getByTestId('note-editor').fill('Chair + up to 8 members');
    await again.page.getByTestId('save-note').click();
    await expect(kept.getByTestId('note-text')).toContainText('Chair + up to 8 members');
    const doubt = again.page.locator('[data-testid="block"]', { hasText: 'prescribed format' });
    await doubt.getByTestId('note-text').click();
    await again.page.getByTestId('delete-note').click();
    await expect(doubt.getByTestId('note-text')).toHaveCount(0);
  } finally {
    await again.close();
  }
});

test('the notes view filters by colour and tag, and exports Markdown', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('article-item').filter({ hasText: 'Ramsar' }).click();
  await annotate(page, 'India became a party', 'Party since 1982', 'fact');
  await page.getByTestId('article-item').filter({ hasText: 'Capital Expenditure' }).click();
  await annotate(page, 'interest-free loans', '50-year loans to states', 'revise');
  await annotate(page, 'implementation capacity', 'Mains: capacity constraint', 'important');

  await page.getByTestId('nav-notes').click();
  const view = page.getByTestId('notes-view');
  await expect(view.getByTestId('note-entry')).toHaveCount(3);
  await expect(view.getByTestId('notes-group')).toHaveCount(2);
  await screenshot(app, 'notes');

  await view.getByTestId('notes-color').selectOption('important');
  await expect(view.getByTestId('note-entry')).toHaveCount(1);
  await expect(view.getByTestId('note-entry')).toContainText('Mains: capacity constraint');
  await view.getByTestId('notes-color').selectOption('');
  await view.getByTestId('notes-tag').selectOption('Environment');
  await expect(view.getByTestId('note-entry')).toHaveCount(1);
  await expect(view.getByTestId('note-entry')).toContainText('Party since 1982');
  await view.getByTestId('notes-tag').selectOption('');

  const out = join(app.libraryDir, 'notes-export.md');
  await app.answerSaveDialog(out);
  await view.getByTestId('export-notes').click();
  await expect(view.getByTestId('export-status')).toContainText('3 notes');
  const markdown = readFileSync(out, 'utf8');
  expect(markdown).toContain('## Capital Expenditure in the Union Budget');
  expect(markdown).toContain('- Date: 2022-02-02');
  expect(markdown).toContain(
    '> States will get interest-free loans for fifty years to spend on capital projects.',
  );
  expect(markdown).toContain('50-year loans to states');
  expect(markdown).toContain('## Ramsar Sites in India');
  // Newest article first: Ramsar (15 Feb) before the budget (2 Feb).
  expect(markdown.indexOf('## Ramsar Sites')).toBeLessThan(markdown.indexOf('## Capital Expenditure'));
});
