/**
 * A child process for the restore fault test: restores BACKUP into LIBRARY_DIR and kills itself with
 * SIGKILL right after STEP (see `RestoreStep`), as a power cut or a crash would stop it there.
 *
 *   restore-child BACKUP LIBRARY_DIR STEP
 */
import { join } from 'node:path';
import { placeBackup, type RestoreStep } from '../../src/main/library/backup/archive';

const [backup, dir, step] = process.argv.slice(2) as [string, string, RestoreStep];
void placeBackup(backup, join(dir, 'library.sqlite'), {
  replace: true,
  now: new Date(2024, 4, 1, 9, 0, 0),
  onStep: (reached) => {
    if (reached === step) process.kill(process.pid, 'SIGKILL');
  },
}).then(() => process.stdout.write('restored without being killed\n'));
