import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BulletinApp } from './support/app';
import { expect, screenshot, test } from './fixtures';

/** Two more articles beside the four samples: six in the list, newest first. */
const EXTRA = [
  {
    file: 'semiconductor.txt',
    text: `India Semiconductor Mission

Date: 20 February 2022 Tags: Economy, GS Paper - 3

The mission supports chip fabrication, display fabs and design start-ups.

  • Outlay of 76,000 crore rupees over six years.
  • Fiscal support of up to half the project cost for fabs.
`,
  },
  {
    file: 'heatwave.txt',
    text: `Heat Action Plans for Indian Cities

Date: 1 March 2022 Tags: Disaster Management, GS Paper - 3

Cities are adopting heat action plans modelled on Ahmedabad's.

  • Early warnings reach people through SMS and local radio.
  • Cool roofs and shaded bus stops reduce exposure.
`,
  },
];

const LIST_ORDER = [
  'Lokpal and Lokayuktas',
  'Heat Action Plans for Indian Cities',
  'India Semiconductor Mission',
  'Ramsar Sites in India',
  'Capital Expenditure in the Union Budget',
  'India–Central Asia Summit',
];

async function importExtra(app: BulletinApp): Promise<void> {
  const paths = EXTRA.map(({ file, text }) => {
    const path = join(app.libraryDir, file);
    writeFileSync(path, text);
    return path;
  });
  await app.answerOpenDialog(paths);
  await app.page.getByTestId('import-button').click();
  await expect(app.page.getByTestId('article-item')).toHaveCount(6);
  await expect(app.page.getByTestId('article-item')).toContainText(LIST_ORDER);
}

function row(page: Page, title: string) {
  return page.getByTestId('article-item').filter({ hasText: title });
}

async function selectedTitles(page: Page): Promise<string[]> {
  const rows = page.locator('[data-testid="article-item"][aria-selected="true"]');
  return (await rows.locator('.article-item__title').allTextContents()).sort();
}

test('select three articles with Ctrl+click and Shift+click, and export exactly those to Markdown', async ({
  app,
}) => {
  const { page } = app;
  await importExtra(app);
  const list = page.getByTestId('article-list');
  await expect(list).toHaveAttribute('role', 'listbox');
  await expect(list).toHaveAttribute('aria-multiselectable', 'true');

  // A note on the Lokpal article, so "only annotated bullets" has something to say about the others.
  await row(page, 'Lokpal').click();
  const block = page.locator('[data-testid="block"]', { hasText: 'half of whom are judicial members' });
  await block.hover();
  await block.getByTestId('add-note').click();
  await page.getByTestId('note-editor').fill('50% judicial members');
  await page.getByTestId('save-note').click();
  await expect(block.getByTestId('note-text')).toContainText('50% judicial members');

  // A click opens one article and makes it the selection; Shift+click takes the range to another.
  await row(page, 'India Semiconductor Mission').click();
  await expect(page.getByTestId('reader-title')).toHaveText('India Semiconductor Mission');
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);
  await row(page, 'Capital Expenditure').click({ modifiers: ['Shift'] });
  const bar = page.getByTestId('selection-bar');
  await expect(bar.getByTestId('selection-count')).toHaveText('3 articles selected');
  expect(await selectedTitles(page)).toEqual([
    'Capital Expenditure in the Union Budget',
    'India Semiconductor Mission',
    'Ramsar Sites in India',
  ]);
  // Ctrl/Cmd+click takes one out and adds another, without opening it.
  await row(page, 'Ramsar').click({ modifiers: ['ControlOrMeta'] });
  await expect(bar.getByTestId('selection-count')).toHaveText('2 articles selected');
  await row(page, 'Lokpal').click({ modifiers: ['ControlOrMeta'] });
  await expect(bar.getByTestId('selection-count')).toHaveText('3 articles selected');
  await expect(page.getByTestId('selection-status')).toHaveText('3 articles selected');
  await expect(page.getByTestId('reader-title')).toHaveText('India Semiconductor Mission');
  const chosen = [
    'Capital Expenditure in the Union Budget',
    'India Semiconductor Mission',
    'Lokpal and Lokayuktas',
  ];
  expect(await selectedTitles(page)).toEqual(chosen);
  await expect(row(page, 'Ramsar')).toHaveAttribute('aria-selected', 'false');
  await page.getByTestId('dismiss-import-report').click();
  await page.mouse.move(1000, 700);
  await screenshot(app, 'export-selection');

  // Export…: the dialog starts on the selection.
  await bar.getByTestId('selection-export').click();
  const dialog = page.getByTestId('export-dialog');
  const scope = dialog.getByTestId('export-scope-selection');
  await expect(scope).toBeChecked();
  await expect(scope).toBeFocused();
  await expect(dialog.locator('label:has([data-testid="export-scope-selection"])')).toContainText(
    'Selected articles (3)',
  );
  const preview = dialog.getByTestId('export-preview');
  const count = dialog.getByTestId('export-preview-count');

  // Only annotated bullets: the two articles without notes are left out, and the preview says so.
  await expect(count).toHaveText('1 article, 1 note');
  const leftOut = dialog.getByTestId('export-preview-left-out');
  await expect(leftOut).toContainText('1 of the 3 selected articles has notes; the other 2 are left out.');
  await page.mouse.move(0, 0);
  await screenshot(app, 'export-selection-dialog');
  await leftOut.getByRole('button', { name: 'Export whole articles instead' }).click();
  await expect(dialog.getByTestId('export-content-articles')).toBeChecked();
  await expect(count).toHaveText('3 articles, 1 note');
  await expect(leftOut).toHaveCount(0);
  const titles = preview.locator('.export-preview__article-title');
  await expect(titles).toHaveCount(3);
  // Oldest first, as every compilation reads.
  await expect(titles).toHaveText([
    'Capital Expenditure in the Union Budget',
    'India Semiconductor Mission',
    'Lokpal and Lokayuktas',
  ]);
  await expect(preview).toContainText('Articles and notes: 3 selected articles');

  // Markdown through the save dialog, read back: those three and no other.
  const file = join(app.libraryDir, 'selection.md');
  await app.answerSaveDialog(file);
  await dialog.getByTestId('export-run').click();
  const status = dialog.getByTestId('export-dialog-status');
  await expect(status).toContainText(file);
  await expect(status).toContainText('1 note from 3 articles');
  const markdown = readFileSync(file, 'utf8');
  const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
  expect(headings).toEqual(chosen.map((title) => `## ${title}`));
  for (const title of chosen) expect(markdown).toContain(title);
  for (const title of LIST_ORDER.filter((t) => !chosen.includes(t))) expect(markdown).not.toContain(title);
  expect(markdown).toContain('> 50% judicial members');

  // Closing the dialog gives the focus back to the bar's Export… button; the selection is still there.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(bar.getByTestId('selection-export')).toBeFocused();
  await expect(bar.getByTestId('selection-count')).toHaveText('3 articles selected');

  // File → Export Notes… also starts on the selection.
  await app.menu('export-notes');
  await expect(dialog.getByTestId('export-scope-selection')).toBeChecked();
  await expect(dialog.getByTestId('export-preview-count')).toHaveText('1 article, 1 note');
  await page.keyboard.press('Escape');
});

test('the keyboard selects too; a filter keeps the selected articles it shows; Mark read and Clear', async ({
  app,
}) => {
  const { page } = app;
  await importExtra(app);
  const bar = page.getByTestId('selection-bar');
  const selectionCount = bar.getByTestId('selection-count');

  // Shift+Down/Up grow and shrink a range from the focused row.
  await row(page, 'Ramsar').click();
  await expect(row(page, 'Ramsar')).toBeFocused();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(selectionCount).toHaveText('3 articles selected');
  await expect(row(page, 'India–Central Asia Summit')).toBeFocused();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(selectionCount).toHaveText('2 articles selected');
  expect(await selectedTitles(page)).toEqual([
    'Capital Expenditure in the Union Budget',
    'Ramsar Sites in India',
  ]);

  // Ctrl/Cmd+A takes every article in the list; Esc goes back to the open one.
  await page.keyboard.press('ControlOrMeta+a');
  await expect(selectionCount).toHaveText('6 articles selected');
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  expect(await selectedTitles(page)).toEqual(['Ramsar Sites in India']);

  // The arrows alone move the focus (from Capital Expenditure); Enter opens, and makes it the selection.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(row(page, 'India Semiconductor Mission')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader-title')).toHaveText('India Semiconductor Mission');
  expect(await selectedTitles(page)).toEqual(['India Semiconductor Mission']);

  // Everything, then February only: the selection keeps the three articles the list still shows.
  await row(page, 'Lokpal').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(selectionCount).toHaveText('6 articles selected');
  await page.getByTestId('date-month').fill('2022-02');
  await expect(page.getByTestId('article-item')).toHaveCount(3);
  await expect(selectionCount).toHaveText('3 articles selected');
  await page.getByTestId('date-filter-all').click();
  await expect(page.getByTestId('article-item')).toHaveCount(6);
  await expect(selectionCount).toHaveText('3 articles selected');
  expect(await selectedTitles(page)).toEqual([
    'Capital Expenditure in the Union Budget',
    'India Semiconductor Mission',
    'Ramsar Sites in India',
  ]);

  // Mark read marks the three (two were opened, so read already), then offers to mark them unread.
  await expect(row(page, 'Capital Expenditure')).toHaveAttribute('data-read', 'false');
  await bar.getByTestId('selection-mark-read').click();
  for (const title of ['Ramsar', 'Capital Expenditure', 'Semiconductor'])
    await expect(row(page, title)).toHaveAttribute('data-read', 'true');
  await expect(row(page, 'Lokpal')).toHaveAttribute('data-read', 'false');
  await expect(bar.getByTestId('selection-mark-read')).toHaveText('Mark unread');

  // The check box on a row toggles it; Clear leaves the open article alone and the focus in the list.
  await row(page, 'Lokpal').getByTestId('article-check').click();
  await expect(selectionCount).toHaveText('4 articles selected');
  await bar.getByTestId('selection-clear').click();
  await expect(bar).toHaveCount(0);
  expect(await selectedTitles(page)).toEqual(['India Semiconductor Mission']);
  await expect(page.locator('[data-testid="article-item"]:focus')).toHaveCount(1);
});
