import { addDays, localToday } from '../src/shared/dates';
import { expect, screenshot, test } from './fixtures';
import { annotate, openArticle, selectWords } from './support/reader';

test('a review session: make cards, reveal, grade with keys, progress updates', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Lokpal');
  await selectWords(page, 'half of whom are judicial members', 'up to eight members');
  await page.getByTestId('highlight-note').click();
  await page
    .getByTestId('note-editor')
    .fill('Chair + **8**; half of them judicial.\nAppointed on a selection committee’s advice.');
  await page.getByTestId('color-revise').click();
  await page.getByTestId('save-note').click();
  await annotate(page, 'prescribed format', 'Complaints must follow the **prescribed form**', 'important');

  await page.getByTestId('nav-review').click();
  const view = page.getByTestId('review-view');
  // The Revise highlight made its card by itself (automatic cards, on for Revise by default).
  await expect(view.getByTestId('review-due')).toHaveText('1');
  await expect(view.getByTestId('make-cards-cloze')).toBeChecked();
  await view.getByTestId('make-cards').click();
  await expect(view.getByTestId('make-cards-status')).toContainText('2 cards ready');
  await expect(view.getByTestId('review-due')).toHaveText('2');

  await view.getByTestId('start-review').click();
  const card = view.getByTestId('review-card');
  await expect(view.getByTestId('review-progress')).toContainText('Card 1 of 2');
  // The cloze card hides the highlighted words; Space shows them and the back.
  const cloze = card.filter({ has: page.getByTestId('review-blank') });
  const clozeFirst = (await cloze.count()) === 1;
  if (clozeFirst) {
    await expect(card.getByTestId('review-prompt')).not.toContainText('up to eight members');
  }
  await page.keyboard.press(' ');
  await expect(card.getByTestId('review-answer')).toBeVisible();
  await expect(card.getByTestId('review-answer')).toContainText('Lokpal and Lokayuktas');
  await expect(card.getByTestId('review-answer')).toContainText('8 Mar 2022');
  if (clozeFirst) await expect(card.getByTestId('review-cloze-answer')).toHaveText('up to eight members');
  await page.mouse.move(0, 0);
  await screenshot(app, 'review');
  await page.keyboard.press('3');
  await expect(view.getByTestId('review-progress')).toContainText('Card 2 of 2');
  await expect(view.getByTestId('review-progress')).toContainText('1 card graded');

  await expect(card.getByTestId('review-answer')).toHaveCount(0);
  await page.keyboard.press(' ');
  await page.keyboard.press('4');
  await expect(view.getByTestId('review-done')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view.getByTestId('review-reviewed')).toHaveText('2');
  // "Good" on a new card brings it back in minutes (FSRS's learning step): still due today.
  await expect(view.getByTestId('review-due')).toHaveText('1');
  await expect(view.getByTestId('review-forecast').getByTestId('forecast-bar')).toHaveCount(30);
});

test('exam dates pace the forecast, and renamed colours show everywhere', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Ramsar');
  await annotate(page, 'India became a party', 'Party since 1982', 'fact');

  await page.getByTestId('nav-settings').click();
  const prelims = addDays(localToday(), 45);
  await page.getByTestId('settings-prelims').fill(prelims);
  await page.getByTestId('settings-color-fact').fill('Static GK');
  await expect(page.getByTestId('settings-status')).toHaveText('Saved');

  await page.getByTestId('nav-review').click();
  const view = page.getByTestId('review-view');
  await expect(view.getByTestId('exam-countdown')).toContainText('Prelims in 45 days');
  await view.getByTestId('make-cards').click();
  await expect(view.getByTestId('review-due')).toHaveText('1');
  // One bar a day from today until the exam's eve.
  await expect(view.getByTestId('forecast-bar')).toHaveCount(45);
  await expect(view.getByTestId('forecast-bar').first()).toHaveAttribute('data-due', '1');
  await screenshot(app, 'review-overview');

  await openArticle(page, 'Ramsar');
  await expect(page.getByTestId('note-color').first()).toHaveText('Static GK');
  await page.getByTestId('nav-notes').click();
  await expect(page.getByTestId('notes-color').locator('option[value="fact"]')).toHaveText('Static GK');
});
