/**
 * Keyboard everywhere: the command palette, the shortcut help, the focus shortcuts, words selected
 * and coloured from the keyboard, skip links, dialogs that keep and give back the focus, and the
 * first-run tour.
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { launchApp, newLibraryDir } from './support/app';
import { block, openArticle } from './support/reader';

const palette = (page: Page) => page.getByTestId('palette');
const items = (page: Page) => page.getByTestId('palette-item');

async function runInPalette(page: Page, text: string, kind = 'action'): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.keyboard.type(text);
  await expect(items(page).first()).toHaveAttribute('data-kind', kind);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
}

/** Whether the focus is inside the element with `testId`. */
const focusInside = (page: Page, testId: string) =>
  page.evaluate(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement),
    testId,
  );

test('the command palette opens with Ctrl+K, filters, and runs every kind of action', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('article-item').first()).toBeVisible();

  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette(page)).toBeVisible();
  await expect(page.getByTestId('palette-input')).toBeFocused();
  // Every action is there with the key that does the same.
  const notes = items(page).filter({ hasText: 'Go to Notes' });
  await expect(notes.locator('kbd')).toHaveText(['g', 'n']);
  await expect(items(page).filter({ hasText: 'Import files' }).locator('kbd')).toHaveText([/^(Ctrl|⌘)\+O$/]);
  await expect(items(page).filter({ hasText: 'Back up the library now' })).toHaveCount(1);
  await screenshot(app, 'palette');

  // Fuzzy: a few letters in order; arrows move, Enter runs.
  await page.keyboard.type('gtnts');
  await expect(items(page).first()).toContainText('Go to Notes');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(items(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
  await expect(page.getByTestId('nav-notes')).toHaveAttribute('aria-current', 'page');

  // A date typed day first shows that day's articles in the library.
  await runInPalette(page, '15-02-2022', 'date');
  await expect(page.getByTestId('nav-library')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('article-item')).toHaveCount(1);
  await expect(page.getByTestId('article-item')).toContainText('Ramsar');
  await runInPalette(page, 'all articles');
  await expect(page.getByTestId('article-item')).toHaveCount(4);

  // An article by its title, through the search channel.
  await runInPalette(page, 'Lokpal', 'article');
  await expect(page.getByTestId('reader-title')).toContainText('Lokpal');

  // The theme cycles light → dark → paper → system, and is saved.
  await runInPalette(page, 'theme');
  await expect
    .poll(() => page.evaluate(async () => (await window.api.getPreferences({})).theme))
    .toBe('light');
  await runInPalette(page, 'theme');
  await expect
    .poll(() => page.evaluate(async () => (await window.api.getPreferences({})).theme))
    .toBe('dark');

  // Nothing found says so; Esc closes and gives the focus back.
  await page.getByTestId('nav-settings').focus();
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('zzqxv');
  await expect(page.getByTestId('palette-empty')).toContainText('Nothing matches');
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(page.getByTestId('nav-settings')).toBeFocused();
});

test('? lists every shortcut from the table; / focuses search; g then n, l, r go to a view', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.getByTestId('article-item').first()).toBeVisible();
  await page.getByTestId('nav-library').focus();
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcut-help');
  await expect(help).toBeVisible();
  expect(await help.getByTestId('shortcut-row').count()).toBeGreaterThanOrEqual(20);
  await expect(help.locator('[data-shortcut="palette.open"] kbd')).toHaveText([/^(Ctrl|⌘)\+K$/]);
  await expect(help.locator('[data-shortcut="reader.color"] kbd')).toHaveText(['1', '4']);
  await expect(help.locator('[data-shortcut="go.review"] kbd')).toHaveText(['g', 'r']);
  await screenshot(app, 'shortcut-help');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(page.getByTestId('nav-library')).toBeFocused();

  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  // While typing, single keys are text: ? and g n stay in the field.
  await page.keyboard.type('g n?');
  await expect(page.getByTestId('search-input')).toHaveValue('g n?');
  await expect(help).toHaveCount(0);
  await expect(page.getByTestId('nav-library')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-input')).toHaveValue('');

  await page.getByTestId('nav-library').focus();
  await page.keyboard.press('g');
  await page.keyboard.press('n');
  await expect(page.getByTestId('nav-notes')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  await expect(page.getByTestId('nav-review')).toHaveAttribute('aria-current', 'page');
  // / from a view without the search field goes back to the library and focuses it.
  await page.keyboard.press('/');
  await expect(page.getByTestId('nav-library')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.getByTestId('nav-notes').click();
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(page.getByTestId('nav-library')).toHaveAttribute('aria-current', 'page');
});

test('Shift+arrows select words in the focused bullet and 1 colours them', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Lokpal');
  await page.getByTestId('reader-title').click();
  await page.keyboard.press('j');
  const first = block(page, 'completed three years');
  await expect(first).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  // The same toolbar as a mouse selection shows.
  await expect(page.getByTestId('highlight-toolbar')).toBeVisible();
  await screenshot(app, 'keyboard-span');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('1');
  const mark = first.locator('mark[data-testid="span-mark"]');
  await expect(mark).toHaveText('The Lokpal');
  await expect(mark).toHaveAttribute('data-color', 'important');
  // Only the words: the bullet itself has no colour.
  await expect(first).not.toHaveAttribute('data-color', /.+/);
  await expect(page.getByTestId('announcer')).toHaveText('Highlighted as Important');

  // Alt+Shift+→ moves the start: the next span leaves out the first word.
  await page.keyboard.press('j');
  const second = page.locator('[data-testid="block"][tabindex="0"]');
  const text = (await second.locator('[data-block-text]').textContent()) ?? '';
  const words = text.split(/\s+/);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await page.keyboard.press('4');
  await expect(second.locator('mark[data-testid="span-mark"]')).toHaveText(
    words
      .slice(1, 3)
      .join(' ')
      .replace(/[.,;:]$/, ''),
  );
});

test('skip links reach the search, the list and the reader; dialogs keep the focus and give it back', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.getByTestId('article-item').first()).toBeVisible();
  // From the top of the window: the skip links are the first Tab stops.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-search')).toBeFocused();
  await expect(page.getByTestId('skip-search')).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-list')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-item').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader-title')).toBeVisible();
  await page.getByTestId('skip-reader').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="block"]:focus')).toHaveCount(1);
  await page.getByTestId('skip-search').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-input')).toBeFocused();

  // Landmarks: the sidebar's navigation, the list beside, the reader as main, search as a search role.
  await expect(page.locator('nav[aria-label="Bulletin"]')).toHaveCount(1);
  await expect(page.locator('aside.list-pane')).toHaveCount(1);
  await expect(page.locator('main#main')).toHaveCount(1);
  await expect(page.getByRole('search')).toHaveCount(1);

  // A dialog: Tab and Shift+Tab go round inside it; Esc gives the focus back to its opener.
  const opener = page.getByTestId('add-article-button');
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('add-article-dialog')).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, 'add-article-dialog')).toBe(true);
  }
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside(page, 'add-article-dialog')).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('add-article-dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();

  // The same for the shortcut help.
  await page.getByTestId('nav-notes').focus();
  await page.keyboard.press('?');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, 'shortcut-help')).toBe(true);
  }
  await page.getByTestId('shortcut-help-close').click();
  await expect(page.getByTestId('nav-notes')).toBeFocused();
});

test('how many Tab presses reach the search box', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('article-item').first()).toBeVisible();
  await page.locator('body').focus();
  let presses = 0;
  while (presses < 400) {
    await page.keyboard.press('Tab');
    presses++;
    if (await page.getByTestId('search-input').evaluate((e) => e === document.activeElement)) break;
  }
  console.log(`Tab presses to the search box without the skip link: ${presses}`);
  expect(presses).toBeLessThan(400);
});

test('the first-run tour shows once, steps through, and can be skipped', async () => {
  const dir = newLibraryDir();
  let app = await launchApp(dir, { tour: true });
  try {
    const { page } = app;
    const tour = page.getByTestId('tour');
    await expect(tour).toBeVisible();
    await expect(tour).toHaveAttribute('data-step', 'welcome');
    await expect(page.getByTestId('tour-next')).toBeFocused();
    await screenshot(app, 'tour');
    await page.keyboard.press('Enter');
    await expect(tour).toHaveAttribute('data-step', 'places');
    await page.keyboard.press('Enter');
    await expect(tour).toHaveAttribute('data-step', 'keys');
    await expect(tour.locator('kbd').first()).toHaveText(/^(Ctrl|⌘)\+K$/);
    await screenshot(app, 'tour-keys');
    await page.getByTestId('tour-next').click();
    await expect(tour).toHaveAttribute('data-step', 'exam');
    await page.getByTestId('tour-prelims').fill('2027-05-23');
    await expect
      .poll(() => page.evaluate(async () => (await window.api.getStudySettings({})).prelimsDate))
      .toBe('2027-05-23');
    // Keys do not leak out of the tour: g n does nothing behind it.
    await page.getByTestId('tour-next').focus();
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    await expect(page.getByTestId('nav-library')).toHaveAttribute('aria-current', 'page');
    await page.getByTestId('tour-skip').click();
    await expect(tour).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(async () => (await window.api.getPreferences({})).tourDone))
      .toBe(true);
  } finally {
    await app.close();
  }

  // Shown once: the next start goes straight to the library. The palette can bring it back.
  app = await launchApp(dir, { tour: true });
  try {
    const { page } = app;
    await expect(page.getByTestId('article-item').first()).toBeVisible();
    await expect(page.getByTestId('tour')).toHaveCount(0);
    await runInPalette(page, 'take the tour');
    await expect(page.getByTestId('tour')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tour')).toHaveCount(0);
  } finally {
    await app.close();
  }
});
