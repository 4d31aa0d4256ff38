import { expect, screenshot, test } from './fixtures';

test('search finds words in title and body and highlights them', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('search-input').fill('wetlands');
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Ramsar Sites in India');
  await expect(results.first().locator('mark').first()).toHaveText(/wetland/i);
  await screenshot(app, 'search');

  // lunr's syntax: a required and an excluded word.
  await page.getByTestId('search-input').fill('+india -ramsar');
  await expect(results.filter({ hasText: 'Ramsar' })).toHaveCount(0);
  await expect(results.filter({ hasText: 'India–Central Asia Summit' })).toHaveCount(1);
});

test('search combines with the tag and date filters', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('search-input').fill('convention summit budget');
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(3);
  await page.locator('[data-testid="tag"][data-tag="GS-3"]').click();
  await expect(results).toHaveCount(2);
  await page.getByTestId('date-month').fill('2022-02');
  await page.getByTestId('date-from').fill('2022-02-10');
  await page.getByTestId('date-to').fill('2022-02-28');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Ramsar');
});

test('a malformed query gives a friendly message, not an error', async ({ app }) => {
  const { page } = app;
  for (const query of ['title:', '+-', '~']) {
    await page.getByTestId('search-input').fill(query);
    await expect(page.getByTestId('search-error')).toContainText('Search could not understand');
  }
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await page.getByTestId('search-input').fill('lokpal');
  await expect(page.getByTestId('search-result')).toHaveCount(1);
});
