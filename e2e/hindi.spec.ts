import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE } from '../src/main/library';
import { launchApp, ROOT } from './support/app';
import { damageAfterFreshBackup } from './support/damage';
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

test('the library, the reader and Revise in Hindi, with months and days typed as students write them', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page, 'Lokpal');
  await annotate(page, 'prescribed format', 'Why so many rejections?', 'important');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-language').selectOption('hi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.locator('#settings-heading')).toHaveText('सेटिंग');
  await expect(page.locator('#exam-heading')).toHaveText('परीक्षा की तारीखें');

  // The library list and its filters.
  await expect(page.getByTestId('nav-library')).toHaveText('लाइब्रेरी');
  await expect(page.getByTestId('nav-review')).toHaveText('पुनरावृत्ति');
  await page.getByTestId('nav-library').click();
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId('list-count')).toContainText('4 लेख');
  await expect(page.getByTestId('date-filter-all')).toHaveText('सभी तारीखें');
  await expect(items.filter({ hasText: 'Lokpal' })).toContainText('8 मार्च 2022');
  await expect(items.filter({ hasText: 'Lokpal' }).getByTestId('note-count')).toHaveText('1 नोट');
  await page.getByTestId('date-month').fill('फ़रवरी 2022');
  await expect(items).toHaveCount(2);
  await page.getByTestId('date-month').fill('03-2022');
  await expect(items).toHaveCount(1);
  await page.getByTestId('date-month').fill('');
  await expect(items).toHaveCount(4);
  await page.getByTestId('date-day').fill('08-03-2022');
  await expect(items).toHaveCount(1);
  await page.getByTestId('date-filter-all').click();
  await expect(items).toHaveCount(4);

  // The reader.
  await items.filter({ hasText: 'Lokpal' }).click();
  await expect(page.getByTestId('reader-date')).toHaveText('8 मार्च 2022');
  await expect(page.getByTestId('toggle-read')).toHaveText('अपठित चिह्नित करें');
  await expect(page.getByTestId('star-toggle')).toHaveText('तारा');
  await expect(page.getByTestId('user-tag-input')).toHaveAttribute('placeholder', '+ टैग जोड़ें');
  await expect(page.locator('.reader__keys')).toContainText('हाइलाइट करने के लिए शब्द चुनें');
  await page.mouse.move(0, 0);
  await screenshot(app, 'hindi-reader');

  // Revise: make cards, a session, grades.
  await page.getByTestId('nav-review').click();
  const view = page.getByTestId('review-view');
  await expect(view.locator('#review-heading')).toHaveText('पुनरावृत्ति');
  await expect(view.getByTestId('make-cards')).toHaveText('कार्ड बनाएँ');
  await view.getByTestId('make-cards').click();
  await expect(view.getByTestId('make-cards-status')).toContainText('1 कार्ड तैयार');
  await expect(view.getByTestId('start-review')).toHaveText('पुनरावृत्ति शुरू करें · 1 कार्ड');
  await screenshot(app, 'hindi-revise');
  await view.getByTestId('start-review').click();
  await expect(view.getByTestId('review-progress')).toContainText('1 में से कार्ड 1');
  await expect(view.getByTestId('review-reveal')).toContainText('उत्तर दिखाएँ');
  await page.keyboard.press('Space');
  await expect(view.getByTestId('grade-good')).toContainText('ठीक');
  await expect(view.getByTestId('review-answer')).toContainText('स्रोत:');
});

test('import failures, skipped records and warnings are said in Hindi', async ({ app }) => {
  const { page } = app;
  const folder = mkdtempSync(join(tmpdir(), 'bulletin-hindi-errors-'));
  const empty = join(folder, 'empty.txt');
  writeFileSync(empty, '');
  const photo = join(folder, 'photo.txt');
  writeFileSync(photo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const dump = join(folder, 'records.jsonl');
  writeFileSync(
    dump,
    `${JSON.stringify({ title: 'Monsoon session', body: 'Parliament met for the monsoon session and passed four bills on water.' })}\n{not json\n`,
  );
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-language').selectOption('hi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');

  await app.answerOpenDialog([empty, photo, dump]);
  await page.getByTestId('import-button').click();
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('import-imported')).toHaveText('1 लेख आयात हुआ');
  const failures = report.getByTestId('import-failure');
  await expect(failures).toHaveCount(2);
  // The core's sentences, by their codes, in Hindi: the file names stay as they are.
  await expect(failures.filter({ hasText: 'empty.txt' })).toContainText('empty.txt खाली है।');
  await expect(failures.filter({ hasText: 'photo.txt' })).toContainText(
    'photo.txt पाठ दस्तावेज़ नहीं है: यह एक PNG चित्र लगती है।',
  );
  await expect(report).not.toContainText('is empty.');
  await report.getByTestId('import-skipped').click();
  await expect(report.getByTestId('import-skipped-file')).toContainText('पंक्ति 2 मान्य JSON नहीं है');
  await page.mouse.move(0, 0);
  await screenshot(app, 'hindi-import-errors');
  rmSync(folder, { recursive: true, force: true });
});

test('the core’s own sentences are said in Hindi: a tag too long, a dump whose fields are not known', async ({
  app,
}) => {
  const { page } = app;
  const folder = mkdtempSync(join(tmpdir(), 'bulletin-hindi-core-'));
  const dump = join(folder, 'news-export.csv');
  writeFileSync(dump, 'Topic Name,Story\nMonsoon session,Parliament met and passed four bills on water.\n');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-language').selectOption('hi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');

  // The contract's reason for a tag longer than 100 characters, in the reader.
  await openArticle(page, 'Lokpal');
  await page.getByTestId('user-tag-input').fill('क'.repeat(101));
  await page.getByTestId('user-tag-input').press('Enter');
  await expect(page.getByTestId('user-tag-error')).toHaveText('टैग अधिकतम 100 अक्षरों का हो सकता है।');

  // A data dump whose fields are not recognised: the report and the mapping dialog.
  await app.answerOpenDialog([dump]);
  await page.getByTestId('import-button').click();
  const failure = page.getByTestId('import-failure');
  await expect(failure).toContainText(
    'news-export.csv: शीर्षक या मुख्य पाठ का कोई फ़ील्ड नहीं पहचाना गया; फ़ील्ड ये हैं: Topic Name, Story।',
  );
  await expect(failure).not.toContainText('recognised');
  await page.mouse.move(0, 0);
  await screenshot(app, 'hindi-core-sentences');
  await page.getByTestId('import-failure-map').click();
  const dialog = page.getByTestId('field-map-dialog');
  await dialog.getByTestId('field-map-body').selectOption('');
  await expect(dialog.getByTestId('field-map-notice')).toHaveText(
    'वह फ़ील्ड चुनें जिसमें हर लेख का पाठ है (मुख्य पाठ)।',
  );
});

test('the startup notice after a damaged library was restored is said in Hindi', async () => {
  const first = await launchApp();
  const dir = first.libraryDir;
  try {
    await first.page.getByTestId('nav-settings').click();
    await first.page.getByTestId('settings-language').selectOption('hi');
    await expect(first.page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect
      .poll(async () => (await first.page.evaluate(() => window.api.getPreferences({}))).language)
      .toBe('hi');
  } finally {
    await first.close();
  }
  // A backup that holds the Hindi preference, then a database whose header is wiped.
  await damageAfterFreshBackup(dir);

  const again = await launchApp(dir);
  try {
    const notice = again.page.getByTestId('startup-notice');
    await expect(notice).toContainText('लाइब्रेरी ख़राब हो गई थी (लाइब्रेरी का डेटाबेस');
    await expect(notice).toContainText('(फ़ाइल डेटाबेस नहीं है))।');
    await expect(notice).toContainText('के बैकअप से बहाल किया गया; उसके बाद किए गए बदलाव इसमें नहीं हैं।');
    await expect(notice).toContainText(`${DATABASE_FILE}.damaged-`);
    await expect(notice).not.toContainText('restored');
    await again.page.mouse.move(0, 0);
    await screenshot(again, 'hindi-startup-notice');
  } finally {
    await again.close();
  }
});
