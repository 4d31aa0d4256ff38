import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('backup folder and rotation are saved in the library and kept after a reload', async ({ app }) => {
  const { page } = app;
  const backups = mkdtempSync(join(tmpdir(), 'bulletin-e2e-backups-'));

  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('storage-settings');
  await expect(section.getByTestId('library-folder')).toHaveValue(app.libraryDir);
  await expect(section.getByTestId('backup-folder')).toHaveValue(join(app.libraryDir, 'backups'));
  await expect(section).toContainText('BULLETIN_LIBRARY');
  await expect(section.getByTestId('storage-warning')).toHaveCount(0);
  await expect(section.getByTestId('backup-daily')).toBeChecked();
  await expect(section.getByTestId('rotation-daily')).toHaveValue('7');

  // The page cannot name a folder itself: only the dialog's answer is kept (issue 14, #8).
  const planted = mkdtempSync(join(tmpdir(), 'bulletin-e2e-planted-'));
  const refused = await page.evaluate(
    (dir) =>
      (window.api.updateStorageSettings as (input: unknown) => Promise<unknown>)({ backupDir: dir }).then(
        () => 'accepted',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      ),
    planted,
  );
  expect(refused).toContain('can only be chosen in the folder dialog');
  expect((await page.evaluate(() => window.api.getStorageSettings({}))).backupDir).toBe(
    join(app.libraryDir, 'backups'),
  );

  await app.answerFolderDialog(backups);
  await section.getByTestId('backup-folder-change').click();
  await expect(section.getByTestId('backup-folder')).toHaveValue(backups);
  await expect(section.getByTestId('storage-status')).toHaveText('Backup folder changed');
  await section.getByTestId('rotation-daily').fill('3');
  await section.getByTestId('rotation-weekly').fill('2');
  await section.getByTestId('rotation-monthly').fill('12');
  await section.getByTestId('backup-daily').uncheck();
  await section.getByTestId('storage-save').click();
  await expect(section.getByTestId('storage-status')).toHaveText('Saved');

  await page.reload();
  await page.getByTestId('nav-settings').click();
  await expect(section.getByTestId('backup-folder')).toHaveValue(backups);
  await expect(section.getByTestId('rotation-daily')).toHaveValue('3');
  await expect(section.getByTestId('rotation-weekly')).toHaveValue('2');
  await expect(section.getByTestId('rotation-monthly')).toHaveValue('12');
  await expect(section.getByTestId('backup-daily')).not.toBeChecked();

  // A bad rotation is refused with a sentence, and nothing changes.
  const message = await page.evaluate(() =>
    window.api.updateStorageSettings({ rotation: { daily: -1 } }).then(
      () => 'accepted',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    ),
  );
  expect(message).toContain('0 to 100');
  const kept = await page.evaluate(() => window.api.getStorageSettings({}));
  expect(kept.rotation).toEqual({ daily: 3, weekly: 2, monthly: 12 });
  expect(kept.backupDir).toBe(backups);
});
