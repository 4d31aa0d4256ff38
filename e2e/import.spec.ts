import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/app';
import { expect, screenshot, test } from './fixtures';

const QUAD = join(ROOT, 'src/main/library/import/fixtures/studyiq-quad-2022-03-04.txt');

test('File → Import… reads a StudyIQ article into headings, paragraphs and bullets', async ({ app }) => {
  const { page } = app;
  await app.answerOpenDialog([QUAD]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-report')).toContainText('Imported 1');
  await expect(page.getByTestId('reader-title')).toHaveText('The Quad Leaders’ Summit');
  await expect(page.getByTestId('reader-date')).toContainText('2022');
  const reader = page.getByTestId('reader');
  await expect(reader.locator('[data-testid="block"][data-kind="bullet"]')).toHaveCount(10);
  await expect(reader.locator('[data-testid="block"][data-kind="heading"]')).toHaveText([
    'Vaccine partnership',
    'Maritime domain awareness',
    'India’s position',
  ]);
  await expect(reader).not.toContainText('Call us for Counseling');
  await expect(reader).not.toContainText('Filter By Date');
  await expect(page.locator('[data-testid="tag"][data-tag="International Relations"]')).toContainText('2');

  // The same file again is recognised, not duplicated.
  await app.answerOpenDialog([QUAD]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-report')).toContainText('1 already in the library');
  await page.getByTestId('date-filter-all').click();
  await expect(page.getByTestId('article-item')).toHaveCount(5);
});

test('dropping files on the window imports them and reports the bad ones', async ({ app }) => {
  const { page } = app;
  const files = [
    { name: 'quad.txt', data: readFileSync(QUAD).toString('base64') },
    { name: 'empty.txt', data: '' },
    {
      name: 'photo.txt',
      data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString('base64'),
    },
  ];
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: 'text/plain' }));
    }
    return transfer;
  }, files);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Imported 1');
  await expect(page.getByTestId('import-failure')).toHaveCount(2);
  await expect(report).toContainText('empty.txt is empty');
  await expect(report).toContainText('photo.txt is not a text document');
  await expect(page.getByTestId('reader-title')).toHaveText('The Quad Leaders’ Summit');
  await screenshot(app, 'import-report');
});

test('files dropped from disk go to the main process by path, not as bytes', async ({ app }) => {
  const { page } = app;
  const empty = join(app.libraryDir, 'empty.txt');
  writeFileSync(empty, '');
  // What the preload's webUtils.getPathForFile gives for these files in the app.
  await page.evaluate(
    (paths) => {
      window.__bulletinDroppedPaths = paths;
      window.__bulletinCalls.length = 0;
    },
    { 'quad.txt': QUAD, 'empty.txt': empty },
  );
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    // Content that is not what is on disk: the import must read the file, not these bytes.
    transfer.items.add(new File(['not the file'], 'quad.txt', { type: 'text/plain' }));
    transfer.items.add(new File(['not the file either'], 'empty.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Imported 1');
  await expect(report).toContainText('empty.txt is empty');
  await expect(page.getByTestId('reader-title')).toHaveText('The Quad Leaders’ Summit');
  const calls = await page.evaluate(() => window.__bulletinCalls);
  expect(calls).toContain('importDroppedPaths');
  expect(calls).not.toContain('importDropped');
});

test('a file that cannot be read is named in the report and leaves nothing behind', async ({ app }) => {
  const { page } = app;
  const missing = join(app.libraryDir, 'gone.txt');
  const huge = join(app.libraryDir, 'huge.txt');
  writeFileSync(huge, `Huge\n\nDate: 1 May 2022\n\n${'word '.repeat(1_300_000)}\n`);
  await app.answerOpenDialog([missing, huge]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-failure')).toHaveCount(2);
  await expect(page.getByTestId('import-report')).toContainText('gone.txt could not be found');
  await expect(page.getByTestId('import-report')).toContainText('huge.txt is too long for one article');
  await page.getByTestId('date-filter-all').click();
  await expect(page.getByTestId('article-item')).toHaveCount(4);
});

test('File → Import… in the application menu runs the same import and report', async ({ app }) => {
  const { page } = app;
  await app.answerOpenDialog([QUAD]);
  await app.menu('import');
  await expect(page.getByTestId('import-report')).toContainText('Imported 1');
  await expect(page.getByTestId('reader-title')).toHaveText('The Quad Leaders’ Summit');
});
