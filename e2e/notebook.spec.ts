import { localToday } from '../src/shared/dates';
import { expect, screenshot, test } from './fixtures';
import { annotate, highlight, openArticle } from './support/reader';

test('the notebook filters by colour and free text, groups by day, and maps the study rhythm', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page, 'Ramsar');
  await annotate(page, 'India became a party', 'Party since **1982**', 'fact');
  await highlight(page, 'Montreux Record', 'Montreux Record', 'doubt');
  await openArticle(page, 'Capital Expenditure');
  await annotate(page, 'interest-free loans', '50-year loans to states', 'revise');
  await annotate(page, 'implementation capacity', 'Mains: capacity constraint', 'important');
  await openArticle(page, 'Lokpal');
  await annotate(
    page,
    'prescribed format',
    'Why so many rejections? See [[Ramsar Sites in India]]',
    'important',
  );

  await page.getByTestId('nav-notes').click();
  const view = page.getByTestId('notes-view');
  const entries = view.getByTestId('note-entry');
  await expect(entries).toHaveCount(5);
  await expect(view.getByTestId('notes-count')).toHaveText('5 notes');
  await expect(view.getByTestId('notes-group')).toHaveCount(3);

  // Today's square shows the notes written and the articles read.
  const today = view.locator(`[data-testid="heat-day"][data-day="${localToday()}"]`);
  await expect(today).toHaveAttribute('data-level', '4');
  await today.hover();
  await expect(view.getByTestId('heat-tooltip')).toContainText('5 notes written, 3 articles read');
  await page.mouse.move(0, 0);
  await screenshot(app, 'notebook');

  await view.getByTestId('notes-color').selectOption('important');
  await expect(entries).toHaveCount(2);
  await view.getByTestId('notes-query').fill('capacity');
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText('Mains: capacity constraint');
  await expect(view.getByTestId('notes-count')).toHaveText('1 note match');

  // Free text searches the notes themselves, and the highlighted words.
  await view.getByTestId('notes-clear-filters').click();
  await expect(entries).toHaveCount(5);
  await view.getByTestId('notes-query').fill('montreux');
  await expect(entries).toHaveCount(1);
  await expect(entries.locator('mark.span-mark')).toHaveText('Montreux Record');
  // The search's own match is marked inside the highlight.
  await expect(entries.getByTestId('notebook-match')).toHaveText('Montreux');
  await view.getByTestId('notes-query').fill('');
  await expect(entries).toHaveCount(5);

  // Grouped by the day they were written: all today.
  await view.getByTestId('notes-group-by-day').click();
  await expect(view.getByTestId('notes-group')).toHaveCount(1);
  await expect(view.getByTestId('notes-group')).toHaveAttribute('data-group', localToday());
  // By tag, a note is listed under each tag of its article, tags in order (the list is virtual:
  // the last group is in the page once scrolled to).
  await view.getByTestId('notes-group-by-tag').click();
  await expect(view.getByTestId('notes-group').first()).toHaveText('# Economy');
  await view.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(view.getByTestId('notes-group').last()).toHaveText('# Polity');
  await view.evaluate((element) => element.scrollTo({ top: 0 }));
  await view.getByTestId('notes-group-by-article').click();

  // Clicking a day on the map shows that day's notes; one article's notes only.
  await today.click();
  await expect(view.getByTestId('notes-day-chip')).toBeVisible();
  await expect(entries).toHaveCount(5);
  await view.getByTestId('notes-only-article').first().click();
  await expect(view.getByTestId('notes-article-chip')).toContainText('Lokpal');
  await expect(entries).toHaveCount(1);

  // Notes render their Markdown; [[links]] open the article; a note opens its bullet in context.
  await expect(entries.getByTestId('note-link')).toHaveText('Ramsar Sites in India');
  await entries.getByTestId('open-note').click();
  await expect(page.getByTestId('reader-title')).toHaveText('Lokpal and Lokayuktas');
  await expect(page.locator('[data-testid="block"]', { hasText: 'prescribed format' })).toBeFocused();
});

test('the notebook is a virtual list that pages through a large notebook', async ({ app }) => {
  const { page } = app;
  // 260 highlights on the samples' bullets, written straight through the API.
  const written = await page.evaluate(async () => {
    const articles = await window.api.listArticles({});
    const blocks = [];
    for (const summary of articles) {
      const article = await window.api.getArticle({ id: summary.id });
      blocks.push(...article.blocks.filter((b) => b.kind === 'bullet' && b.text.length > 40));
    }
    let n = 0;
    for (const b of blocks) {
      for (let start = 0; start + 6 < b.text.length && n < 260; start += 3) {
        await window.api.saveHighlight({ blockId: b.id, start, end: start + 6, note: `bulk note ${n}` });
        n++;
      }
    }
    return n;
  });
  expect(written).toBe(260);

  await page.getByTestId('nav-notes').click();
  const view = page.getByTestId('notes-view');
  await expect(view.getByTestId('notes-count')).toHaveText('260 notes');
  const rendered = await view.getByTestId('note-entry').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(60);

  // Scrolling to the end loads the later pages (100 notes each) as it goes.
  const last = view
    .getByTestId('note-entry')
    .filter({ hasText: /bulk note \d+$/ })
    .last();
  for (let i = 0; i < 30; i++) {
    await view.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.waitForTimeout(100);
  }
  await expect(last).toBeVisible();
  const ids = await view
    .getByTestId('note-entry')
    .evaluateAll((nodes) => nodes.map((n) => n.textContent?.match(/bulk note (\d+)/)?.[1]).filter(Boolean));
  expect(ids.length).toBeLessThan(60);
});

test('back in the notebook, its notes show at once from the cache', async ({ app }) => {
  const { page } = app;
  await page.evaluate(async () => {
    const [first] = await window.api.listArticles({});
    const article = await window.api.getArticle({ id: first!.id });
    const block = article.blocks.find((b) => b.text.length > 20)!;
    await window.api.saveHighlight({ blockId: block.id, start: 0, end: 10, note: 'cached note' });
  });
  await page.getByTestId('nav-notes').click();
  const view = page.getByTestId('notes-view');
  await expect(view.getByTestId('note-entry')).toHaveCount(1);
  await page.evaluate(() => (window.__bulletinCalls.length = 0));
  await page.getByTestId('nav-library').click();
  await page.getByTestId('nav-notes').click();
  await expect(view.getByTestId('note-entry')).toContainText('cached note');
  expect(await page.evaluate(() => window.__bulletinCalls)).not.toContain('queryNotebook');
});
