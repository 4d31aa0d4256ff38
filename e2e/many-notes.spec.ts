import { join } from 'node:path';
import { Library } from '../src/main/library';
import { launchApp, newLibraryDir, ROOT, type BulletinApp } from './support/app';
import { expect, screenshot, test } from './fixtures';

const NOTES = 160;
const TITLE = 'Lokpal and Lokayuktas';
const SAMPLES = join(ROOT, 'resources', 'samples');

/** A library with the samples, whose Lokpal article carries `NOTES` notes over its blocks, later blocks first. */
function libraryWithManyNotes(): { dir: string; count: number; notes: string[] } {
  const dir = newLibraryDir();
  const library = Library.open(dir);
  library.seedSamples(SAMPLES);
  const article = library.articles.page({}, { limit: 10 }).articles.find((a) => a.title === TITLE)!;
  const blocks = library.articles
    .get(article.id)
    .blocks.filter((b) => b.kind !== 'table' && b.kind !== 'heading' && b.text.length > 40);
  for (let i = NOTES - 1; i >= 0; i--) {
    const block = blocks[i % blocks.length]!;
    const start = (i * 3) % Math.max(1, block.text.length - 6);
    library.notes.saveHighlight({ blockId: block.id, start, end: start + 3, note: `Point ${i + 1}` });
  }
  // Highlights that overlap are merged: count what was kept.
  const notes = library.articles.get(article.id).annotations.map((a) => a.note);
  library.close();
  return { dir, count: notes.length, notes };
}

let app: BulletinApp | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

test('an article with many notes shows its first screen, then every note; the header counts them all', async () => {
  const made = libraryWithManyNotes();
  expect(made.count).toBeGreaterThan(100);
  app = await launchApp(made.dir);
  const { page } = app;
  const row = page.getByTestId('article-item').filter({ hasText: TITLE });
  await expect(row).toBeVisible();
  await expect(page.locator('[data-testid="tag"][data-tag="GS-2"]')).toBeVisible();
  await page.evaluate(() => (window.__bulletinCalls.length = 0));

  await row.click();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  // The count is of every note from the first frame, though the first reply holds only the first blocks'.
  await expect(page.getByTestId('reader')).toContainText(`${made.count} notes`);

  const cards = page.getByTestId('span-note-card');
  await expect(cards).toHaveCount(made.count);
  // Down to the last note: it is there and drawn. Blocks far from view take their real height only when
  // they come near (content-visibility), so the scroll to the last card is repeated until it stays put.
  await expect(async () => {
    await cards.last().scrollIntoViewIfNeeded();
    await expect(cards.last()).toBeInViewport({ timeout: 500 });
  }).toPass();
  for (const note of [made.notes[0]!, made.notes.at(-1)!])
    await expect(page.getByText(note, { exact: true })).toHaveCount(1);
  await screenshot(app, 'many-notes-bottom');

  // The click asked for the article with its first screen, marked it read, and fetched the rest once.
  const calls = await page.evaluate(() => window.__bulletinCalls.filter((c) => c !== 'searchStatus'));
  expect(calls.filter((c) => c === 'getArticle')).toHaveLength(1);
  expect(calls.filter((c) => c === 'listArticleNotesAfter')).toHaveLength(1);
  expect(calls).toContain('setRead');

  // A change fetches the article again, whole: no card vanishes meanwhile.
  await page.evaluate(() => {
    const count = () => document.querySelectorAll('[data-testid="span-note-card"]').length;
    const seen = { fewest: count() };
    (window as unknown as { __fewestCards: typeof seen }).__fewestCards = seen;
    new MutationObserver(() => {
      seen.fewest = Math.min(seen.fewest, count());
    }).observe(document.body, { childList: true, subtree: true });
    window.__bulletinCalls.length = 0;
  });
  await page.getByTestId('star-toggle').click();
  await expect.poll(() => page.evaluate(() => window.__bulletinCalls)).toContain('getArticle');
  await expect(page.getByTestId('star-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(300);
  const fewest = await page.evaluate(
    () => (window as unknown as { __fewestCards: { fewest: number } }).__fewestCards.fewest,
  );
  expect(fewest).toBe(made.count);
  expect(await page.evaluate(() => window.__bulletinCalls)).not.toContain('listArticleNotesAfter');
});
