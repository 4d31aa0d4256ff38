import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORY_THREADS } from '../src/main/library/syllabus/related-fixtures';
import { writeSyllabusFixtures } from '../test/support/syllabus-files';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const WETLAND = 'Wetland city accreditation for three Indian cities';
const THREAD = STORY_THREADS[0]!;

/** Opens an article through the search field (the list is long and drawn only near the screen). */
async function openBySearch(page: Page, title: string): Promise<void> {
  await page.getByTestId('search-input').fill(`"${title.split(' ').slice(0, 4).join(' ')}"`);
  await page.getByTestId('search-result').filter({ hasText: title }).first().click();
  await expect(page.getByTestId('reader-title')).toHaveText(title);
  await page.getByTestId('search-input').fill('');
}

test('articles are placed on the syllabus, corrected, covered, and followed as a story', async ({ app }) => {
  const { page } = app;
  const files = writeSyllabusFixtures(mkdtempSync(join(tmpdir(), 'bulletin-syllabus-e2e-')), 3);
  await app.answerOpenDialog(files);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-report')).toContainText(`Imported ${files.length}`);

  await page.getByTestId('dismiss-import-report').click();

  // The reader shows the article's topics under its title, each with where it came from on hover.
  await page.getByTestId('article-item').filter({ hasText: WETLAND }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(WETLAND);
  const chips = page.getByTestId('topic-chips');
  const conservation = chips.locator('[data-topic="gs3.environment.conservation"]');
  await expect(conservation).toHaveAttribute('data-origin', 'source');
  await expect(conservation.locator('.topic-chip__name')).toHaveAttribute(
    'title',
    /Conservation\nfrom the source’s tags · 95% sure\nsource tag “Conservation”/,
  );

  // One click keeps a topic; another removes a guess; a third adds a topic of one's own.
  await conservation.getByRole('button', { name: 'Keep this topic: Conservation' }).click();
  await expect(conservation).toHaveAttribute('data-origin', 'user');
  const guess = chips.locator('[data-origin="keywords"], [data-origin="learned"]').first();
  const guessed = await guess.getAttribute('data-topic');
  if (guessed) {
    await guess.getByRole('button', { name: /^Remove this topic/ }).click();
    await expect(chips.locator(`[data-topic="${guessed}"]`)).toHaveCount(0);
  }
  await chips.getByRole('button', { name: 'Add a topic…' }).click();
  await page.getByTestId('topic-picker').selectOption('gs3.disaster-management');
  await expect(chips.locator('[data-topic="gs3.disaster-management"]')).toHaveAttribute(
    'data-origin',
    'user',
  );
  await page.mouse.move(0, 0);
  await screenshot(app, 'reader-topics');

  // A story: a note on one article, the related articles in date order, the timeline with the note.
  await openBySearch(page, THREAD.articles[1]!.title);
  const block = page.locator('[data-testid="block"]').first();
  await block.hover();
  await block.getByTestId('add-note').click();
  await page.getByTestId('note-editor').fill('Neutral force: CAPF took over the disputed stretch');
  await page.getByTestId('color-important').click();
  await page.getByTestId('save-note').click();
  await expect(block.getByTestId('note-text')).toContainText('Neutral force');

  await openBySearch(page, THREAD.articles[0]!.title);
  const related = page.getByTestId('related-story');
  await related.scrollIntoViewIfNeeded();
  for (const other of THREAD.articles.slice(1)) await expect(related).toContainText(other.title);
  const dates = await related
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeLessThanOrEqual(8);
  expect([...dates].sort()).toEqual(dates);
  await page.getByTestId('open-story').click();
  const story = page.getByTestId('story-view');
  await expect(story.getByTestId('story-entry').first()).toContainText(THREAD.articles[0]!.title);
  await expect(story).toContainText('Neutral force: CAPF took over the disputed stretch');
  await screenshot(app, 'story');
  await story.getByRole('button', { name: THREAD.articles[1]!.title }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(THREAD.articles[1]!.title);

  // The Syllabus view: the tree with its counts and heat, the gaps; a topic opens its articles.
  await page.getByTestId('nav-syllabus').click();
  const view = page.getByTestId('syllabus-view');
  const environment = view.locator('tr[data-topic="gs3.environment"]');
  await expect(environment.locator('td').nth(0)).not.toHaveText('0');
  await expect(environment.locator('td').nth(1)).not.toHaveText('0');
  await expect(view.getByTestId('syllabus-gaps').locator('li')).toHaveCount(8);
  await page.mouse.move(0, 0);
  await screenshot(app, 'syllabus-view');
  await view.getByTestId('syllabus-topic-gs3.environment').click();
  await expect(page.getByTestId('topic-filter')).toContainText('Environment');
  await expect(page.getByTestId('article-item').filter({ hasText: WETLAND })).toHaveCount(1);
  await expect(page.getByTestId('article-item').filter({ hasText: 'one nation one election' })).toHaveCount(
    0,
  );
  // Clearing the topic shows the whole library again.
  await page.getByTestId('topic-filter').getByRole('button').click();
  await expect(page.getByTestId('article-item').filter({ hasText: 'one nation one election' })).toHaveCount(
    1,
  );
});

test('in the Hindi interface the syllabus speaks Hindi: the tree, the gaps, the reader’s chips, the picker, the filter', async ({
  app,
}) => {
  const { page } = app;
  const DEVANAGARI = /[\u0900-\u097F]/;
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('language-settings').getByTestId('settings-language').selectOption('hi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');

  // The reader's topic chips: Hindi names, the Hindi path on hover, the Hindi picker.
  await page.getByTestId('nav-library').click();
  await page.getByTestId('article-item').filter({ hasText: 'Ramsar' }).first().click();
  const chips = page.getByTestId('topic-chips');
  const names = chips.locator('.topic-chip__name');
  await expect(names.first()).toBeVisible();
  for (const name of await names.all()) {
    await expect(name).toHaveText(DEVANAGARI);
    await expect(name).not.toHaveText(/[A-Za-z]/);
    await expect(name).toHaveAttribute('title', /^सामान्य अध्ययन प्रश्नपत्र-\d › |^प्रारंभिक परीक्षा|^निबंध/);
  }
  await page.mouse.move(0, 0);
  await screenshot(app, 'hindi-reader-topics');
  await chips.getByRole('button', { name: 'विषय जोड़ें…' }).click();
  await expect(page.getByTestId('topic-picker').locator('option[value="gs2.polity"]')).toHaveText(
    /संविधान और राजव्यवस्था$/,
  );
  await page.getByTestId('topic-picker').press('Escape');

  // The Syllabus view: papers and topics as the Hindi syllabus words them, the gaps too.
  await page.getByTestId('nav-syllabus').click();
  const view = page.getByTestId('syllabus-view');
  await expect(view.getByTestId('syllabus-topic-gs2')).toHaveText('सामान्य अध्ययन प्रश्नपत्र-2');
  await expect(view.getByTestId('syllabus-topic-gs2')).toHaveAttribute(
    'title',
    'शासन व्यवस्था, संविधान, राजव्यवस्था, सामाजिक न्याय तथा अंतर्राष्ट्रीय संबंध।',
  );
  await expect(view.getByTestId('syllabus-topic-gs2.polity')).toHaveText('संविधान और राजव्यवस्था');
  await expect(view.getByTestId('syllabus-topic-gs3.security')).toHaveText('आंतरिक सुरक्षा');
  await expect(view.getByTestId('syllabus-topic-gs4')).toHaveText('सामान्य अध्ययन प्रश्नपत्र-4');
  await expect(view.getByTestId('syllabus-switcher').locator('option[value="upsc"]')).toHaveText(
    'यूपीएससी सिविल सेवा',
  );
  const gaps = view.getByTestId('syllabus-gaps').locator('.syllabus-gap__name');
  await expect(gaps.first()).toBeVisible();
  for (const gap of await gaps.all()) await expect(gap).not.toHaveText(/[A-Za-z]/);
  // The longer Hindi names wrap inside the table: nothing spills sideways.
  const spill = await view.evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.syllabus-tree, .syllabus-gaps, .syllabus-row__name'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.className),
  );
  expect(spill).toEqual([]);
  await page.mouse.move(0, 0);
  await screenshot(app, 'hindi-syllabus');
  // At the smallest window the longest names (GS-2's) wrap in their column.
  await page.setViewportSize({ width: 1024, height: 700 });
  await view.getByTestId('syllabus-topic-gs2.polity.bodies').scrollIntoViewIfNeeded();
  const column = await view.evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.syllabus-tree, .syllabus-row__name'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.className} ${el.scrollWidth}/${el.clientWidth}`),
  );
  await screenshot(app, 'hindi-syllabus-1024');
  expect(column).toEqual([]);
  await page.setViewportSize({ width: 1400, height: 900 });

  // A topic opens its articles; the list's chip names it in Hindi.
  await view.getByTestId('syllabus-topic-gs3.environment').click();
  await expect(page.getByTestId('topic-filter')).toContainText('पर्यावरण');
});
