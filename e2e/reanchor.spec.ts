import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { annotate, block, highlight } from './support/reader';

const HEAD = `Monsoon Session Highlights

Date: 12 July 2022 Tags: Polity

Parliament's monsoon session passed several bills and referred others to committees.
`;

const FIRST = `${HEAD}
  • The Lok Sabha passed the Forest Conservation Amendment Bill after a short debate.
  • The Rajya Sabha referred the Data Protection Bill to a joint committee.
  • A new bill on the Central Vigilance Commission was introduced for discussion.
`;

// The corrected text: the Lok Sabha bullet is edited and moved last; the CVC bullet is gone.
const CORRECTED = `${HEAD}
  • The Rajya Sabha referred the Data Protection Bill to a joint committee.
  • The Lok Sabha passed the Forest Conservation Amendment Bill after a brief debate on its second day.
`;

test('re-importing a corrected article moves notes with their words and keeps the lost one as an orphan', async ({
  app,
}) => {
  const { page } = app;
  const file = join(app.libraryDir, 'monsoon.txt');
  writeFileSync(file, FIRST);
  await app.answerOpenDialog([file]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('reader-title')).toHaveText('Monsoon Session Highlights');

  await highlight(page, 'Lok Sabha passed', 'Forest Conservation Amendment Bill', 'important');
  await annotate(page, 'Data Protection Bill', 'JPC — watch the report', 'revise');
  await annotate(page, 'Central Vigilance Commission', 'CVC: statutory since 2003', 'doubt');

  writeFileSync(file, CORRECTED);
  await page.getByTestId('dismiss-import-report').click();
  await app.answerOpenDialog([file]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-updated')).toContainText('Updated 1 article');

  // The highlight follows its words to the edited bullet, now the last one.
  const bullets = page.locator('[data-testid="block"][data-kind="bullet"]');
  await expect(bullets).toHaveCount(2);
  await expect(bullets.nth(1)).toContainText('after a brief debate on its second day');
  await expect(bullets.nth(1).locator('mark[data-color="important"]')).toHaveText(
    'Forest Conservation Amendment Bill',
  );
  await expect(block(page, 'Data Protection Bill').getByTestId('note-text')).toHaveText(
    'JPC — watch the report',
  );

  // The note on the deleted bullet is not lost: it is listed with its words.
  const orphan = page.getByTestId('orphan-note');
  await expect(orphan).toHaveCount(1);
  await expect(orphan.getByTestId('orphan-quote')).toHaveText(
    'A new bill on the Central Vigilance Commission was introduced for discussion.',
  );
  await expect(orphan).toContainText('CVC: statutory since 2003');

  // The notebook lists it too; re-attaching it there opens the article to choose its new passage.
  await page.getByTestId('nav-notes').click();
  await expect(page.getByTestId('notes-tab-orphaned')).toContainText('1');
  await page.getByTestId('notes-tab-orphaned').click();
  await expect(page.getByTestId('orphan-entry')).toContainText('Central Vigilance Commission');
  await page.getByTestId('orphan-reattach').click();
  await expect(page.getByTestId('pick-banner')).toContainText('Central Vigilance Commission');
  await block(page, 'monsoon session passed several bills').getByTestId('attach-here').click();
  await expect(page.getByTestId('pick-banner')).toHaveCount(0);
  await expect(page.getByTestId('orphan-note')).toHaveCount(0);
  await expect(block(page, 'monsoon session passed several bills').getByTestId('note-text')).toHaveText(
    'CVC: statutory since 2003',
  );
});
