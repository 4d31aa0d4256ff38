import { expect, test } from './fixtures';
import { openArticle } from './support/reader';

test('a heading takes a note and a colour, and keeps its text', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Lokpal and Lokayuktas');
  const heading = page.locator('[data-testid="block"][data-kind="heading"]', { hasText: 'Concerns' });
  // The note button and cards live in the row around the heading, not in the heading itself.
  const row = page.locator('[data-testid="heading-row"]', { has: heading });
  await expect(heading).toHaveText('Concerns');

  await row.hover();
  await row.getByTestId('add-note').click();
  await page.getByTestId('note-editor').fill('Why prosecutions stalled');
  await page.getByTestId('color-doubt').click();
  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('note-editor')).toHaveCount(0);
  await expect(row.getByTestId('note-text')).toHaveText('Why prosecutions stalled');
  await expect(row).toHaveAttribute('data-color', 'doubt');
  await expect(heading).toHaveText('Concerns');

  await page.reload();
  await openArticle(page, 'Lokpal and Lokayuktas');
  await expect(row.getByTestId('note-text')).toHaveText('Why prosecutions stalled');
  await expect(row).toHaveAttribute('data-color', 'doubt');
  await expect(heading).toHaveText('Concerns');
  await expect(page.locator('[data-testid="block"][data-kind="heading"]')).toHaveText([
    'Background',
    'Concerns',
  ]);
});

test('words in a heading can be highlighted like a paragraph’s', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Lokpal and Lokayuktas');
  const heading = page.locator('[data-testid="block"][data-kind="heading"]', { hasText: 'Background' });
  await heading.evaluate((element) => {
    const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'Back'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.getByTestId('highlight-fact').click();
  await expect(heading.locator('mark[data-testid="span-mark"]')).toHaveText('Back');
  await expect(heading).toHaveText('Background');
  await page.reload();
  await openArticle(page, 'Lokpal and Lokayuktas');
  await expect(heading.locator('mark[data-color="fact"]')).toHaveText('Back');
});
