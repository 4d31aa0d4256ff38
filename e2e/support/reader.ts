/** Steps the notes scenarios share: open an article, find a block, select words in it, write a note. */
import { expect, type Locator, type Page } from '@playwright/test';

export async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByTestId('nav-library').click();
  await page.getByTestId('article-item').filter({ hasText: title }).click();
  await expect(page.getByTestId('reader-title')).toContainText(title);
}

/** The block (bullet, paragraph…) whose text contains `text`. */
export function block(page: Page, text: string): Locator {
  return page.locator('[data-testid="block"]', { hasText: text });
}

/**
 * Selects `words` inside the block containing `blockText`, with a DOM Range as a drag would, even
 * when the block's text is already cut into several nodes by highlights.
 */
export async function selectWords(page: Page, blockText: string, words: string): Promise<void> {
  await page.evaluate(
    ([blockText, words]) => {
      const element = Array.from(document.querySelectorAll('[data-testid="block"] [data-block-text]')).find(
        (e) => e.textContent?.includes(blockText),
      );
      if (!element) throw new Error(`no block with “${blockText}”`);
      const start = element.textContent!.indexOf(words);
      if (start < 0) throw new Error(`“${words}” is not in the block`);
      const end = start + words.length;
      const range = document.createRange();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
        if (end >= seen && end <= seen + length) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [blockText, words] as const,
  );
}

/** Writes a note with a colour on a whole block through its editor, and closes the editor. */
export async function annotate(page: Page, blockText: string, note: string, color: string): Promise<void> {
  const target = block(page, blockText);
  await target.hover();
  await target.getByTestId('add-note').click();
  await page.getByTestId('note-editor').fill(note);
  await page.getByTestId(`color-${color}`).click();
  await page.getByTestId('save-note').click();
  // The note shows rendered: compare with its first line without Markdown's marks.
  const shown = note.split('\n')[0]!.replace(/\*\*|__|\[\[|\]\]|[*_`]/g, '');
  await expect(target.getByTestId('note-text')).toContainText(shown);
}

/** Highlights words in a block in a colour through the floating toolbar. */
export async function highlight(page: Page, blockText: string, words: string, color: string): Promise<void> {
  await selectWords(page, blockText, words);
  await page.getByTestId(`highlight-${color}`).click();
  await expect(
    block(page, blockText).locator('mark[data-testid="span-mark"]', { hasText: words }),
  ).toHaveCount(1);
}
