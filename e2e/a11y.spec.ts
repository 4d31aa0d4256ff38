/**
 * axe-core on every main screen and dialog, in the light and dark themes (issue 13): the suite
 * fails on any serious or critical violation, and names each one with the screen it was found on.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ROOT } from './support/app';
import { expect, screenshot, test } from './fixtures';
import { annotate, openArticle } from './support/reader';

const QUAD = join(ROOT, 'src/main/library/import/fixtures/studyiq-quad-2022-03-04.txt');

interface Found {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** Runs axe on the page as it is and returns its serious and critical violations. */
async function audit(page: Page, screen: string): Promise<Found[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      rule: `${violation.id}: ${violation.help}`,
      impact: violation.impact ?? '',
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

// Light and dark, as issue 13 asks; the paper theme's colours are checked by test/theme-contrast.test.ts
// (each axe pass over every screen costs about a minute of the suite).
for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any screen (${theme})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    // Dialogs fade in (140 ms): axe must measure the settled screen, not a half-transparent frame.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate((theme) => window.api.updatePreferences({ theme }), theme);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const found: Found[] = [];
    const check = async (screen: string) => {
      found.push(...(await audit(page, screen)));
      // The dark theme's pictures, to look at every screen in it.
      if (theme === 'dark') await screenshot(app, `dark-${screen.replaceAll(' ', '-')}`);
    };

    await expect(page.getByTestId('article-item').first()).toBeVisible();
    await check('library');

    await openArticle(page, 'Lokpal');
    await annotate(page, 'prescribed format', 'Complaints must follow the **prescribed form**', 'important');
    await annotate(page, 'half of whom', 'Chair + 8; half judicial', 'revise');
    await check('reader with notes');

    await page.getByTestId('reading-quick').click();
    await expect(page.getByTestId('reading-popover')).toBeVisible();
    await check('reading settings popover');
    await page.keyboard.press('Escape');

    await page.getByTestId('open-export-dialog-article').click();
    const exportDialog = page.getByTestId('export-dialog');
    await expect(exportDialog).toBeVisible();
    await expect(exportDialog.getByTestId('export-preview-count')).toContainText('note');
    // Its scrolling preview takes the focus, so a keyboard user can scroll it.
    await expect(exportDialog.getByTestId('export-preview-body')).toHaveAttribute('tabindex', '0');
    await check('export dialog');
    await exportDialog.getByTestId('export-dialog-cancel').click();

    await page.getByTestId('search-input').fill('lokpal');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    await check('search results');
    await page.getByTestId('search-input').fill('');

    await page.getByTestId('nav-notes').click();
    await expect(page.getByText('prescribed form').first()).toBeVisible();
    await check('notebook');

    await page.getByTestId('nav-review').click();
    const review = page.getByTestId('review-view');
    await review.getByTestId('make-cards').click();
    await expect(review.getByTestId('make-cards-status')).toContainText('ready');
    await check('revise');
    await review.getByTestId('start-review').click();
    await expect(review.getByTestId('review-card')).toBeVisible();
    await check('review session');

    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('reading-settings')).toBeVisible();
    await check('settings');

    await page.getByTestId('nav-library').click();
    await app.answerOpenDialog([QUAD]);
    await page.getByTestId('import-button').click();
    await expect(page.getByTestId('import-report')).toContainText('Imported 1');
    await check('import report');

    await page.getByTestId('add-article-button').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('add article dialog');
    await page.keyboard.press('Escape');

    await app.answerSaveDialog(join(app.libraryDir, 'a11y.bulletin'));
    await page.getByTestId('backup-now').click();
    await expect(page.getByTestId('backup-status')).toContainText('a11y.bulletin');
    await check('backup');

    expect(found, JSON.stringify(found, null, 2)).toEqual([]);
  });
}
