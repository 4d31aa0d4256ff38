/** Libraries damaged on purpose, for the scenarios where Bulletin restores one at start. */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, Library } from '../../src/main/library';

/**
 * Makes a fresh automatic backup of the library in `dir` (holding everything written so far), then
 * wipes the database's header and leaves no journal to save it: the next start must restore the backup.
 */
export async function damageAfterFreshBackup(dir: string): Promise<void> {
  // Today's automatic backup was made when the app opened, before what the test wrote: a fresh one after it.
  rmSync(join(dir, 'backups', 'auto'), { recursive: true, force: true });
  const library = Library.open(dir);
  try {
    if (!(await library.backupIfDue()).created) throw new Error(`No automatic backup was made in ${dir}`);
  } finally {
    library.close();
  }
  const database = join(dir, DATABASE_FILE);
  const fd = openSync(database, 'r+');
  writeSync(fd, Buffer.alloc(100), 0, 100, 0);
  closeSync(fd);
  for (const journal of ['-wal', '-shm']) rmSync(`${database}${journal}`, { force: true });
}
