import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/app';
import { expect, screenshot, test } from './fixtures';

const FIXTURE = join(ROOT, 'src/main/library/import/fixtures/unmapped-news.csv');

/** A CSV export whose headers Bulletin does not recognise (`Topic Name`, `Story`, `Published On`…). */
function unusualCsv(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-dump-'));
  const path = join(dir, 'news-export.csv');
  copyFileSync(FIXTURE, path);
  return { dir, path };
}

test('a CSV with unusual headers: the report offers “Map fields…”, the dialog previews and imports it', async ({
  app,
}) => {
  const { page } = app;
  const { dir, path } = unusualCsv();
  await app.answerOpenDialog([path]);
  await page.getByTestId('import-button').click();

  const report = page.getByTestId('import-report');
  await expect(page.getByTestId('import-failed')).toHaveText('1 file could not be imported');
  const failure = page.getByTestId('import-failure');
  await expect(failure).toContainText(
    'news-export.csv: no title or body field recognised; fields are: Topic Name, Story, Published On, Labels, Source Link.',
  );
  await expect(failure).not.toContainText('--map');

  await page.getByTestId('import-failure-map').click();
  const dialog = page.getByTestId('field-map-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Map the fields of news-export.csv' })).toBeVisible();

  // Every field, with the first record's value.
  const fields = dialog.getByTestId('field-map-field');
  await expect(fields.locator('th')).toHaveText([
    'Topic Name',
    'Story',
    'Published On',
    'Labels',
    'Source Link',
  ]);
  await expect(fields.filter({ hasText: 'Published On' })).toContainText('22 July 2024');
  await expect(fields.filter({ hasText: 'Topic Name' })).toContainText('Monsoon Session of Parliament');

  // The recognised field (Labels → tags) is filled in; choose the others.
  await expect(dialog.getByTestId('field-map-tags')).toHaveValue('Labels');
  await dialog.getByTestId('field-map-title').selectOption('');
  await dialog.getByTestId('field-map-body').selectOption('');
  await expect(dialog.getByTestId('field-map-notice')).toContainText('Body');
  await expect(dialog.getByTestId('field-map-import')).toBeDisabled();

  // A wrong choice shows at once in the preview…
  await dialog.getByTestId('field-map-body').selectOption('Topic Name');
  await expect(dialog.getByTestId('field-map-preview-line')).toHaveText([
    'Monsoon Session of Parliament',
    'Green Hydrogen Mission',
    'Ramsar Sites Added',
  ]);
  // …and the right ones too.
  await dialog.getByTestId('field-map-title').selectOption('Topic Name');
  await dialog.getByTestId('field-map-body').selectOption('Story');
  await dialog.getByTestId('field-map-date').selectOption('Published On');
  await dialog.getByTestId('field-map-url').selectOption('Source Link');
  await expect(dialog.getByTestId('field-map-preview-title')).toHaveText([
    'Monsoon Session of Parliament',
    'Green Hydrogen Mission',
    'Ramsar Sites Added',
  ]);
  await expect(dialog.getByTestId('field-map-preview-date')).toHaveText([
    '22 Jul 2024',
    '23 Jul 2024',
    '24 Jul 2024',
  ]);
  await expect(dialog.getByTestId('field-map-preview-line').first()).toHaveText(
    'The Monsoon Session of Parliament began with a discussion on the new criminal laws.',
  );
  await expect(dialog.getByTestId('field-map-preview-item').first()).toContainText('GS-2');
  await expect(fields.filter({ hasText: 'Story' })).toContainText('Body');
  await expect(dialog.getByTestId('field-map-import')).toBeEnabled();
  await screenshot(app, 'import-mapping');

  await dialog.getByTestId('field-map-import').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-imported')).toHaveText('Imported 3 articles');
  await expect(page.getByTestId('import-failure')).toHaveCount(0);
  await expect(page.getByTestId('import-failed')).toHaveCount(0);
  await expect(page.getByTestId('import-skipped')).toHaveText('1 item skipped');
  await expect(report).toContainText('Ramsar Sites Added');

  await page.getByTestId('date-filter-all').click();
  const items = page.getByTestId('article-item');
  const expected: Array<[string, string]> = [
    ['Monsoon Session of Parliament', '22 Jul 2024'],
    ['Green Hydrogen Mission', '23 Jul 2024'],
    ['Ramsar Sites Added', '24 Jul 2024'],
  ];
  for (const [title, day] of expected) {
    await expect(items.filter({ hasText: title })).toHaveCount(1);
    await expect(items.filter({ hasText: title })).toContainText(day);
  }
  await items.filter({ hasText: 'Green Hydrogen Mission' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('Green Hydrogen Mission');
  await expect(page.getByTestId('reader')).toContainText('SIGHT programme for electrolysers');

  // The mapping is remembered: the next export with the same headers imports without asking.
  const next = join(dir, 'news-export-august.csv');
  writeFileSync(
    next,
    'Topic Name,Story,Published On,Labels,Source Link\nRepo Rate Unchanged,"The Monetary Policy Committee kept the repo rate at 6.5 per cent.",8 August 2024,Economy,\n',
  );
  await app.answerOpenDialog([next]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-imported')).toHaveText('Imported 1 article');
  await expect(page.getByTestId('import-failure')).toHaveCount(0);
  await expect(page.getByTestId('reader-title')).toHaveText('Repo Rate Unchanged');
});
