import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp, type BulletinApp } from './support/app';
import { expect, screenshot, test } from './fixtures';
import { openArticle, selectWords } from './support/reader';

const TITLE = 'Southern States and Their Capitals';

function article(rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    '---',
    `title: ${TITLE}`,
    'date: 2022-11-01',
    'tags: [Polity, States]',
    '---',
    '',
    'The States Reorganisation Act, 1956 redrew the map of the south along linguistic lines.',
    '',
    line(['State', 'Capital', 'Formed']),
    '| --- | --- | --- |',
    ...rows.map(line),
    '',
    'Andhra Pradesh has since named Amaravati its capital; Hyderabad went to Telangana in 2014.',
    '',
  ].join('\n');
}

const ROWS = [
  ['Kerala', 'Thiruvananthapuram', '1 November 1956'],
  ['Karnataka', 'Bengaluru', '1 November 1956'],
  ['Tamil Nadu', 'Chennai', '26 January 1950'],
  ['Telangana', 'Hyderabad', '2 June 2014'],
];

/** The row of the table whose first cell is `state`. */
function row(page: Page, state: string) {
  return page.locator('[data-testid="table-row"]', {
    has: page.locator(':is(td,th):first-child', { hasText: new RegExp(`^${state}$`) }),
  });
}

/** The line under a row holding its note. */
async function rowNotes(page: Page, state: string) {
  const index = await row(page, state).getAttribute('data-row');
  return page.locator(`[data-testid="table-row-notes"][data-row="${index}"]`);
}

async function importFile(app: BulletinApp, rows: readonly string[][]): Promise<void> {
  const file = join(app.libraryDir, 'southern-states.md');
  writeFileSync(file, article(rows));
  await app.answerOpenDialog([file]);
  await app.page.getByTestId('import-button').click();
  await expect(app.page.getByTestId('reader-title')).toHaveText(TITLE);
  await app.page.getByTestId('dismiss-import-report').click();
}

async function expectRowMarks(page: Page): Promise<void> {
  await expect(row(page, 'Karnataka')).toHaveAttribute('data-color', 'fact');
  await expect(await rowNotes(page, 'Karnataka')).toContainText('Silicon Valley of India');
  await expect(row(page, 'Tamil Nadu')).toHaveAttribute('data-color', 'revise');
  await expect(await rowNotes(page, 'Tamil Nadu')).toContainText('Madras State until 1969');
  // Only those rows: not their neighbours, not the table as a whole.
  await expect(page.locator('[data-testid="table-row"][data-color]')).toHaveCount(2);
  await expect(page.getByTestId('table-row-notes')).toHaveCount(2);
  const table = page.locator('[data-testid="block"][data-kind="table"]');
  await expect(table).not.toHaveAttribute('data-color', /.+/);
  await expect(table.locator('.block__aside')).toHaveCount(0);
}

test('a table row takes its own note and colour, by keyboard and by mouse, and keeps them after a restart', async ({
  app,
}) => {
  const { page } = app;
  await importFile(app, ROWS);

  // Keyboard: j steps through the paragraph, then the table's rows one by one (its header skipped).
  await page.keyboard.press('j');
  await expect(page.locator('[data-testid="block"][data-kind="paragraph"]').first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(row(page, 'Kerala')).toBeFocused();
  await page.keyboard.press('j');
  await expect(row(page, 'Karnataka')).toBeFocused();
  await page.keyboard.press('4');
  await expect(row(page, 'Karnataka')).toHaveAttribute('data-color', 'fact');
  await expect(row(page, 'Kerala')).not.toHaveAttribute('data-color', /.+/);
  await page.keyboard.press('n');
  const editor = page.getByTestId('note-editor');
  await expect(editor).toBeFocused();
  await editor.fill('**Silicon Valley of India**; renamed from Mysore State in 1973');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(row(page, 'Karnataka')).toBeFocused();
  await expect((await rowNotes(page, 'Karnataka')).getByTestId('note-text')).toContainText(
    'Silicon Valley of India',
  );
  // k goes back up a row; Enter on a row opens its note too.
  await page.keyboard.press('k');
  await expect(row(page, 'Kerala')).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(row(page, 'Tamil Nadu')).toBeFocused();

  // Mouse: the row's own Note button, a colour in the editor.
  await row(page, 'Tamil Nadu').hover();
  await row(page, 'Tamil Nadu').getByTestId('row-note-button').click();
  await page.getByTestId('note-editor').fill('Madras State until 1969');
  await page.getByTestId('color-revise').click();
  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('note-editor')).toHaveCount(0);

  // Words inside a cell are highlighted like a bullet's, without colouring the row.
  await selectWords(page, 'Thiruvananthapuram', 'Thiruvananthapuram');
  await page.getByTestId('highlight-important').click();
  await expect(row(page, 'Kerala').locator('mark[data-testid="span-mark"]')).toHaveText('Thiruvananthapuram');
  await expect(row(page, 'Kerala')).not.toHaveAttribute('data-color', /.+/);
  await expectRowMarks(page);

  // j/k from Karnataka's row back to Kerala's: the keyboard focus shows on the row.
  await row(page, 'Karnataka').focus();
  await page.keyboard.press('k');
  await expect(row(page, 'Kerala')).toBeFocused();
  await page.mouse.move(0, 0);
  await page.getByTestId('reader-title').scrollIntoViewIfNeeded();
  await screenshot(app, 'table-row-note');

  const dir = app.libraryDir;
  await app.close();
  const again = await launchApp(dir);
  try {
    await openArticle(again.page, TITLE);
    await expectRowMarks(again.page);
    await expect(row(again.page, 'Kerala').locator('mark[data-color="important"]')).toHaveText(
      'Thiruvananthapuram',
    );
    // Removing the colour of a row with a note keeps the note.
    await row(again.page, 'Karnataka').focus();
    await again.page.keyboard.press('4');
    await expect(row(again.page, 'Karnataka')).not.toHaveAttribute('data-color', /.+/);
    await expect(await rowNotes(again.page, 'Karnataka')).toContainText('Silicon Valley of India');
  } finally {
    await again.close();
  }
});

test('row notes follow their rows through a re-import, and the notebook shows them as rows', async ({
  app,
}) => {
  const { page } = app;
  await importFile(app, ROWS);
  await row(page, 'Karnataka').hover();
  await row(page, 'Karnataka').getByTestId('row-note-button').click();
  await page.getByTestId('note-editor').fill('Silicon Valley of India');
  await page.getByTestId('color-fact').click();
  await page.getByTestId('save-note').click();
  await row(page, 'Tamil Nadu').focus();
  await page.keyboard.press('2');
  await expect(row(page, 'Tamil Nadu')).toHaveAttribute('data-color', 'revise');
  await page.keyboard.press('n');
  await page.getByTestId('note-editor').fill('Madras State until 1969');
  await page.getByTestId('save-note').click();
  await row(page, 'Telangana').focus();
  await page.keyboard.press('3');
  await expect(row(page, 'Telangana')).toHaveAttribute('data-color', 'doubt');
  await page.keyboard.press('n');
  await page.getByTestId('note-editor').fill('Youngest state');
  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('table-row-notes')).toHaveCount(3);

  // The corrected article: rows in a new order, Karnataka's date made precise, Telangana's row gone.
  await importFile(app, [
    ['Tamil Nadu', 'Chennai', '26 January 1950'],
    ['Karnataka', 'Bengaluru', '1 Nov 1956 (as Mysore State)'],
    ['Kerala', 'Thiruvananthapuram', '1 November 1956'],
  ]);
  await expect(row(page, 'Karnataka')).toHaveAttribute('data-color', 'fact');
  await expect(row(page, 'Karnataka')).toHaveAttribute('data-row', '2');
  await expect(await rowNotes(page, 'Karnataka')).toContainText('Silicon Valley of India');
  await expect(row(page, 'Tamil Nadu')).toHaveAttribute('data-color', 'revise');
  await expect(row(page, 'Tamil Nadu')).toHaveAttribute('data-row', '1');
  await expect(await rowNotes(page, 'Tamil Nadu')).toContainText('Madras State until 1969');
  await expect(row(page, 'Kerala')).not.toHaveAttribute('data-color', /.+/);
  // The row that went is not lost: its note waits with the row's text.
  const orphan = page.getByTestId('orphan-note');
  await expect(orphan).toHaveCount(1);
  await expect(orphan).toContainText('Note on the table row');
  await expect(orphan.getByTestId('orphan-quote')).toHaveText('Telangana | Hyderabad | 2 June 2014');
  await expect(orphan).toContainText('Youngest state');

  // The notebook lists each row note as its row's cells.
  await page.getByTestId('nav-notes').click();
  const entry = page.getByTestId('note-entry').filter({ hasText: 'Silicon Valley of India' });
  await expect(entry.getByTestId('note-row')).toHaveText(
    /Karnataka\s*Bengaluru\s*1 Nov 1956 \(as Mysore State\)/,
  );
  await expect(entry).toContainText('Table row');
  // The orphaned one too, though its table lost the row.
  const orphaned = page.getByTestId('note-entry').filter({ hasText: 'Youngest state' });
  await expect(orphaned).toContainText('Orphaned');
  await expect(orphaned.getByTestId('note-row')).toHaveText(/Telangana\s*Hyderabad\s*2 June 2014/);
  await entry.getByTestId('open-note').click();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  await expect(await rowNotes(page, 'Karnataka')).toContainText('Silicon Valley of India');
  // "Show in article" goes to the row itself, not just its table.
  await expect(row(page, 'Karnataka')).toBeFocused();
  await expect(row(page, 'Karnataka')).toHaveClass(/table-row--flash/);

  // An orphaned row note is re-attached to the row the user picks.
  await page.getByTestId('orphan-note').getByTestId('reattach-note').click();
  await expect(page.getByTestId('pick-banner')).toContainText('Telangana');
  await row(page, 'Kerala').getByTestId('attach-row-here').click();
  await expect(page.getByTestId('orphan-note')).toHaveCount(0);
  await expect(await rowNotes(page, 'Kerala')).toContainText('Youngest state');
  await expect(row(page, 'Kerala')).toHaveAttribute('data-color', 'doubt');
});
