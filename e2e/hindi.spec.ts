import { join } from 'node:path';
import { ROOT } from './support/app';
import { expect, screenshot, test } from './fixtures';
import { annotate, openArticle } from './support/reader';

const QUAD = join(ROOT, 'src/main/library/import/fixtures/studyiq-quad-2022-03-04.txt');

test('the interface speaks Hindi: import, notebook, day-first Hindi dates, Devanagari numerals, kept after a reload', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page, 'Ramsar');
  await annotate(page, 'India became a party', 'Party since **1982**', 'fact');
  await openArticle(page, 'Lokpal');
  await annotate(page, 'prescribed format', 'Why so many rejections?', 'important');

  // Settings → Language: हिन्दी. The change is immediate and <html lang> follows it.
  await page.getByTestId('nav-settings').click();
  const settings = page.getByTestId('language-settings');
  await expect(settings).toContainText('Language and dates');
  await settings.getByTestId('settings-language').selectOption('hi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(settings).toContainText('भाषा और तारीखें');
  await expect(settings.getByTestId('language-example')).toContainText('1,00,000 लेख');

  // The import controls and dialogs.
  await expect(page.getByTestId('import-button')).toHaveText('आयात करें…');
  await expect(page.getByTestId('add-article-button')).toHaveText('लेख जोड़ें');
  await page.getByTestId('add-article-button').click();
  const paste = page.getByTestId('add-article-dialog');
  await expect(paste.locator('.modal__title')).toHaveText('लेख जोड़ें');
  await expect(paste).toContainText('पहली पंक्ति शीर्षक बनेगी।');
  await expect(paste.getByTestId('add-article-save')).toHaveText('लाइब्रेरी में जोड़ें');
  await screenshot(app, 'hindi-interface');
  await page.keyboard.press('Escape');
  await expect(paste).toHaveCount(0);

  await app.answerOpenDialog([QUAD]);
  await page.getByTestId('import-button').click();
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('आयात पूरा हुआ');
  await expect(report.getByTestId('import-imported')).toHaveText('1 लेख आयात हुआ');
  await page.getByTestId('dismiss-import-report').click();

  // The notebook: headings, counts and day-first dates with Hindi month names.
  await page.getByTestId('nav-notes').click();
  const view = page.getByTestId('notes-view');
  await expect(view.locator('#notes-heading')).toHaveText('नोटबुक');
  await expect(view.getByTestId('notes-count')).toHaveText('2 नोट्स');
  await expect(view.getByTestId('notes-tab-all')).toHaveText('सभी नोट्स');
  const groups = view.getByTestId('notes-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.filter({ hasText: 'Ramsar' })).toContainText('15 फ़र॰ 2022');
  await expect(groups.filter({ hasText: 'Lokpal' })).toContainText('8 मार्च 2022');
  await expect(view.getByTestId('notes-from-hint')).toHaveText('दिन-माह-वर्ष (DD-MM-YYYY)');

  // A day typed as students write it, day first: 01-03-2022 is the 1st of March.
  await view.getByTestId('notes-from').fill('01-03-2022');
  await expect(view.getByTestId('note-entry')).toHaveCount(1);
  await expect(view.getByTestId('notes-count')).toHaveText('1 नोट मेल खाता है');
  await view.getByTestId('notes-from').fill('1 मार्च 2022');
  await view.getByTestId('notes-from').blur();
  await expect(view.getByTestId('notes-from')).toHaveValue('01-03-2022');
  await expect(view.getByTestId('note-entry')).toHaveCount(1);
  // A day that does not exist is refused with a sentence, and the filter stays as it was.
  await view.getByTestId('notes-to').fill('31-02-2022');
  await view.getByTestId('notes-to').blur();
  await expect(view.getByTestId('notes-to-hint')).toHaveText('“31-02-2022” नाम की कोई तारीख नहीं होती।');
  await expect(view.getByTestId('notes-to')).toHaveAttribute('aria-invalid', 'true');
  await expect(view.getByTestId('note-entry')).toHaveCount(1);
  await view.getByTestId('notes-to').fill('');
  await view.getByTestId('notes-clear-filters').click();
  await expect(view.getByTestId('note-entry')).toHaveCount(2);
  await expect(view.getByTestId('notes-from')).toHaveValue('');

  // Devanagari numerals, and numeric day-first dates.
  await page.getByTestId('nav-settings').click();
  await settings.getByTestId('settings-numerals').selectOption('devanagari');
  await expect(settings.getByTestId('language-example')).toContainText('१,००,००० लेख');
  await page.getByTestId('nav-notes').click();
  await expect(view.getByTestId('notes-count')).toHaveText('२ नोट्स');
  await expect(groups.filter({ hasText: 'Lokpal' })).toContainText('८ मार्च २०२२');
  await page.getByTestId('nav-settings').click();
  await settings.getByTestId('settings-date-style').selectOption('numeric');
  await page.getByTestId('nav-notes').click();
  await expect(groups.filter({ hasText: 'Lokpal' })).toContainText('०८/०३/२०२२');

  // The choice is stored in the library: a reload keeps it.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByTestId('import-button')).toHaveText('आयात करें…');
  await page.getByTestId('nav-settings').click();
  await expect(settings.getByTestId('settings-language')).toHaveValue('hi');
  await settings.getByTestId('settings-date-style').selectOption('short');
  await page.getByTestId('nav-notes').click();
  await expect(groups.filter({ hasText: 'Lokpal' })).toContainText('८ मार्च २०२२');
  await view.getByTestId('heat-map').scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await screenshot(app, 'hindi-notebook');

  // Back to English, with Latin digits.
  await page.getByTestId('nav-settings').click();
  await settings.getByTestId('settings-language').selectOption('en');
  await settings.getByTestId('settings-numerals').selectOption('latin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('import-button')).toHaveText('Import…');
  await page.getByTestId('nav-notes').click();
  await expect(view.getByTestId('notes-count')).toHaveText('2 notes');
  await expect(groups.filter({ hasText: 'Lokpal' })).toContainText('8 Mar 2022');
});
