import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DATABASE_FILE } from '../src/main/library';
import { launchApp } from './support/app';
import { damageAfterFreshBackup } from './support/damage';
import { expect, screenshot, test } from './fixtures';

async function annotate(page: Page, blockText: string, note: string, color: string) {
  const block = page.locator('[data-testid="block"]', { hasText: blockText });
  await block.hover();
  await block.getByTestId('add-note').click();
  await page.getByTestId('note-editor').fill(note);
  await page.getByTestId(`color-${color}`).click();
  await page.getByTestId('save-note').click();
  await expect(block.getByTestId('note-text')).toContainText(note);
}

async function openArticle(page: Page, title: string) {
  await page.getByTestId('article-item').filter({ hasText: title }).click();
  await expect(page.getByTestId('reader-title')).toContainText(title);
}

/** Two notes in two articles with different tags: Ramsar (Environment) and the budget (Economy). */
async function writeTwoNotes(page: Page) {
  await openArticle(page, 'Ramsar');
  await annotate(page, 'India became a party', 'Party since 1982', 'fact');
  await openArticle(page, 'Capital Expenditure');
  await annotate(page, 'interest-free loans', '50-year loans to states', 'important');
}

test('the export dialog previews what it will export, and writes PDF, Anki and CSV', async ({ app }) => {
  const { page } = app;
  await writeTwoNotes(page);
  await page.getByTestId('nav-notes').click();
  await page.getByTestId('open-export-dialog').click();

  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-scope-library')).toBeChecked();
  await expect(dialog.getByTestId('export-scope-library')).toBeFocused();
  const count = dialog.getByTestId('export-preview-count');
  await expect(count).toHaveText('2 articles, 2 notes');
  const preview = dialog.getByTestId('export-preview');
  await expect(preview.getByTestId('export-preview-article')).toHaveCount(2);
  await expect(preview.getByTestId('export-preview-item').first()).toContainText(
    'States will get interest-free loans',
  );
  await expect(preview.getByTestId('export-preview-note')).toContainText([
    '50-year loans to states',
    'Party since 1982',
  ]);

  await dialog.getByTestId('export-format-pdf').check();
  await dialog.getByTestId('export-title').fill('February 2022 — GS-3');
  await expect(preview).toContainText('February 2022 — GS-3');
  await dialog.getByTestId('export-scope-library').focus();
  await page.mouse.move(0, 0);
  await screenshot(app, 'export-dialog');

  // One tag: only the Ramsar article and its note.
  await dialog.getByTestId('export-scope-tag').check();
  await dialog.getByTestId('export-tag').selectOption('Environment');
  await expect(count).toHaveText('1 article, 1 note');
  await expect(preview.getByTestId('export-preview-article')).toHaveCount(1);
  await expect(preview).toContainText('India became a party to the convention in 1982.');
  await expect(preview).toContainText('Party since 1982');
  await expect(preview).not.toContainText('50-year loans');

  // PDF, printed by Chromium and read back.
  const pdf = join(app.libraryDir, 'environment.pdf');
  await app.answerSaveDialog(pdf);
  await dialog.getByTestId('export-run').click();
  const status = dialog.getByTestId('export-dialog-status');
  await expect(status).toContainText(pdf, { timeout: 60_000 });
  await expect(status).toContainText('1 note from 1 article');
  expect(readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Party since 1982');
  expect(text).toContain('February 2022 — GS-3');

  // Anki, for the whole library.
  await dialog.getByTestId('export-scope-library').check();
  await dialog.getByTestId('export-format-anki').check();
  await expect(count).toHaveText('2 articles, 2 notes');
  const anki = join(app.libraryDir, 'cards.txt');
  await app.answerSaveDialog(anki);
  await dialog.getByTestId('export-run').click();
  await expect(status).toContainText(anki);
  await expect(status).toContainText('2 cards');
  const cards = readFileSync(anki, 'utf8').split('\n');
  expect(cards).toContain('#separator:tab');
  expect(cards).toContain('#guid column:1');
  expect(cards.filter((line) => line.startsWith('bltn-'))).toHaveLength(2);

  // CSV, only one colour.
  await dialog.getByTestId('export-scope-color').check();
  await dialog.getByTestId('export-color-important').check();
  await expect(count).toHaveText('1 article, 1 note');
  await dialog.getByTestId('export-format-csv').check();
  const csv = join(app.libraryDir, 'important.csv');
  await app.answerSaveDialog(csv);
  await dialog.getByTestId('export-run').click();
  await expect(status).toContainText(csv);
  const rows = readFileSync(csv, 'utf8');
  expect(rows).toContain('50-year loans to states');
  expect(rows).not.toContain('Party since 1982');

  // A cancelled save dialog says nothing and writes nothing.
  await app.answerSaveDialog(null);
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-run')).toBeEnabled();
  await expect(dialog.getByTestId('export-dialog-error')).toHaveCount(0);

  // Esc closes it and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('open-export-dialog')).toBeFocused();
});

test('the reader opens the dialog on its article; File → Export Notes… opens it on the library', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page, 'Lokpal');
  await annotate(page, 'half of whom are judicial members', '50% judicial', 'revise');
  await page.getByTestId('open-export-dialog-article').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-scope-article')).toBeChecked();
  await expect(dialog.getByTestId('export-preview-count')).toHaveText('1 article, 1 note');
  await expect(dialog.getByTestId('export-preview-note')).toHaveText(/50% judicial/);

  // The whole article, every bullet, with the note under its own.
  await dialog.getByTestId('export-content-articles').check();
  await expect(dialog.getByTestId('export-preview-item').filter({ hasText: 'Prime Minister' })).toHaveCount(
    1,
  );
  await expect(dialog.getByTestId('export-preview-note')).toHaveCount(1);

  // Word, with contents by tag.
  await dialog.getByTestId('export-format-docx').check();
  await dialog.getByTestId('export-grouping-tag').check();
  const docx = join(app.libraryDir, 'lokpal.docx');
  await app.answerSaveDialog(docx);
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-dialog-status')).toContainText(docx);
  expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');

  await dialog.getByTestId('export-dialog-close').click();
  await expect(dialog).toHaveCount(0);

  await app.menu('export-notes');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-scope-library')).toBeChecked();
  await expect(dialog.getByTestId('export-preview-count')).toHaveText('1 article, 1 note');
  await dialog.getByTestId('export-dialog-cancel').click();
  await expect(dialog).toHaveCount(0);
});

test('Back up now writes a .bulletin file and Check library says the library is healthy', async ({ app }) => {
  const { page } = app;
  const file = join(app.libraryDir, 'my-backup.bulletin');
  await app.answerSaveDialog(file);
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-status')).toContainText(file);
  expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');

  await page.getByTestId('check-library').click();
  await expect(page.getByTestId('check-status')).toHaveText('Library is healthy');
  await expect(page.getByTestId('startup-notice')).toHaveCount(0);
});

test('a damaged library is restored from its backup at start, and the user is told', async () => {
  const first = await launchApp();
  const dir = first.libraryDir;
  try {
    await openArticle(first.page, 'Lokpal');
    await annotate(first.page, 'half of whom are judicial members', 'Chair + 8 members', 'important');
  } finally {
    await first.close();
  }

  // A fresh backup after the note, then the database's header wiped with no journal left to save it.
  await damageAfterFreshBackup(dir);

  const again = await launchApp(dir);
  try {
    const notice = again.page.getByTestId('startup-notice');
    await expect(notice).toContainText('restored from the backup of');
    await expect(notice).toContainText(`${DATABASE_FILE}.damaged-`);
    await openArticle(again.page, 'Lokpal');
    const block = again.page.locator('[data-testid="block"]', {
      hasText: 'half of whom are judicial members',
    });
    await expect(block.getByTestId('note-text')).toContainText('Chair + 8 members');
    const damaged = (await notice.textContent())?.match(/kept at (\S+?)\.(?:\s|$)/)?.[1];
    expect(damaged && existsSync(damaged)).toBe(true);

    await again.page.getByTestId('dismiss-startup-notice').click();
    await expect(notice).toHaveCount(0);
  } finally {
    await again.close();
  }
});

test('Markdown can go to a folder with one file per article, ready for an Obsidian vault', async ({
  app,
}) => {
  const { page } = app;
  await writeTwoNotes(page);
  await page.getByTestId('nav-notes').click();
  await page.getByTestId('open-export-dialog').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format-md').check();
  await dialog.getByTestId('export-md-folder').check();
  const folder = join(app.libraryDir, 'vault');
  mkdirSync(folder);
  await app.answerFolderDialog(folder);
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-dialog-status')).toContainText('2 notes from 2 articles');
  const files = readdirSync(folder).filter((f) => f.endsWith('.md'));
  expect(files).toHaveLength(2);
  const ramsar = readFileSync(
    join(
      folder,
      files.find((f) => /ramsar/i.test(f))!,
    ),
    'utf8',
  );
  expect(ramsar.startsWith('---\n')).toBe(true);
  expect(ramsar).toMatch(/^title: .*Ramsar Sites in India/m);
  expect(ramsar).toContain('Party since 1982');
});
