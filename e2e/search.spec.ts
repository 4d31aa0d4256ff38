import { expect, screenshot, test } from './fixtures';

test('search finds words in title and body and highlights them', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('search-input').fill('wetlands');
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Ramsar Sites in India');
  await expect(results.first().locator('mark').first()).toHaveText(/wetland/i);
  await page.getByTestId('facets-toggle').click();
  await expect(page.locator('[data-testid="facet-tag"][data-tag="Environment"]')).toContainText('1');
  // Opened from the results, the article shows the hits too.
  await results.first().click();
  await expect(page.getByTestId('reader').getByTestId('search-hit').first()).toBeVisible();
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

test('facets count the matches per tag and month, and one click narrows the results', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('search-input').fill('convention summit budget');
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(3);
  await page.getByTestId('facets-toggle').click();
  const gs3 = page.locator('[data-testid="facet-tag"][data-tag="GS-3"]');
  await expect(gs3).toContainText('2');
  await expect(page.locator('[data-testid="facet-month"][data-month="2022-02"]')).toContainText('2');

  await gs3.click();
  await expect(results).toHaveCount(2);
  await expect(results.filter({ hasText: 'Central Asia' })).toHaveCount(0);
  // The facet and the sidebar's tag filter are the same filter.
  await expect(page.locator('[data-testid="tag"][data-tag="GS-3"]')).toHaveAttribute('aria-pressed', 'true');

  await page.locator('[data-testid="facet-tag"][data-tag="GS-3"]').click();
  await expect(results).toHaveCount(3);
  await page.locator('[data-testid="facet-month"][data-month="2022-01"]').click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('India–Central Asia Summit');
  await expect(page.getByTestId('date-month')).toHaveValue('01-2022');
});

test('results can be sorted newest first', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('search-input').fill('convention summit budget');
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(3);
  await expect(results.first()).toContainText('India–Central Asia Summit');
  await page.getByTestId('search-sort-newest').click();
  await expect(page.getByTestId('search-sort-newest')).toHaveAttribute('aria-pressed', 'true');
  await expect(results.nth(0)).toContainText('Ramsar Sites in India');
  await expect(results.nth(1)).toContainText('Capital Expenditure');
  await expect(results.nth(2)).toContainText('India–Central Asia Summit');
  await page.getByTestId('search-sort-relevance').click();
  await expect(results.first()).toContainText('India–Central Asia Summit');
});

test('an article opened from a search marks every hit and steps from one to the next', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('search-input').fill('india');
  await page.getByTestId('search-result').filter({ hasText: 'India–Central Asia Summit' }).click();
  const reader = page.getByTestId('reader');
  const hits = reader.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  const count = await hits.count();
  expect(count).toBeGreaterThanOrEqual(5);
  await expect(hits.first()).toHaveText(/india/i);
  const position = page.getByTestId('hit-position');
  await expect(position).toHaveText(`1 of ${count}`);
  await expect(hits.nth(0)).toHaveClass(/search-hit--current/);

  await page.getByTestId('hit-next').click();
  await expect(position).toHaveText(`2 of ${count}`);
  await expect(hits.nth(1)).toHaveClass(/search-hit--current/);
  await expect(hits.nth(0)).not.toHaveClass(/search-hit--current/);
  await expect(hits.nth(1)).toBeInViewport();

  await page.getByTestId('hit-prev').click();
  await page.getByTestId('hit-prev').click();
  await expect(position).toHaveText(`${count} of ${count}`);
  await expect(hits.nth(count - 1)).toHaveClass(/search-hit--current/);

  // Opened from the library list, nothing is marked.
  await page.getByTestId('search-clear').click();
  await page.getByTestId('article-item').filter({ hasText: 'Lokpal' }).click();
  await expect(reader).toContainText('Lokpal');
  await expect(reader.getByTestId('search-hit')).toHaveCount(0);
  await expect(page.getByTestId('hit-nav')).toHaveCount(0);
});

test('a saved search appears in the sidebar and runs again with its filters', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('search-input').fill('convention summit budget');
  await page.getByTestId('facets-toggle').click();
  await page.locator('[data-testid="facet-tag"][data-tag="GS-3"]').click();
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(2);
  await page.getByTestId('save-search').click();
  await page.getByTestId('save-search-name').fill('GS-3 this spring');
  await page.getByTestId('save-search-confirm').click();
  const saved = page.getByTestId('saved-search');
  await expect(saved).toHaveCount(1);
  await expect(saved).toHaveText('GS-3 this spring');

  // Start over, then run it from the sidebar.
  await page.getByTestId('search-clear').click();
  await page.locator('[data-testid="tag"][data-tag="GS-3"]').click();
  await expect(page.locator('[data-testid="tag"][data-tag="GS-3"]')).toHaveAttribute('aria-pressed', 'false');
  await saved.click();
  await expect(page.getByTestId('search-input')).toHaveValue('convention summit budget');
  await expect(page.locator('[data-testid="tag"][data-tag="GS-3"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(results).toHaveCount(2);
});
