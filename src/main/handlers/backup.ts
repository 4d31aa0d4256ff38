import { LibraryError } from '../library';
import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Full backups, where they go and how many are kept, and the integrity check. */
export function backupHandlers({ library: { backups }, dialogs }: HandlerContext) {
  const storageSettings = () => {
    const { libraryDir, backupDir, warning } = backups.storageInfo();
    const { daily, rotation } = backups.getSettings();
    return { libraryDir, backupDir, daily, rotation, warning };
  };
  return domainHandlers({
    backupWithDialog: async () => {
      const path = await dialogs.chooseExportPath(
        `bulletin-${new Date().toISOString().slice(0, 10)}.bulletin`,
        'bulletin',
      );
      if (!path) return null;
      const { path: written, manifest } = await backups.backupTo(path);
      const db = manifest.files['library.sqlite']!;
      return {
        path: written,
        schemaVersion: manifest.schemaVersion,
        createdAt: manifest.createdAt,
        size: db.size,
        sha256: db.sha256,
        counts: manifest.counts ?? {},
      };
    },
    backupProgress: ({ jobId }) => {
      const job = backups.backupStatus(jobId);
      return job && { jobId: job.id, running: job.running, phase: job.progress.phase, error: job.error };
    },
    getStorageSettings: () => storageSettings(),
    updateStorageSettings: ({ daily, rotation }) => {
      backups.updateSettings({ daily, rotation });
      return storageSettings();
    },
    // The folder is taken from the dialog's answer only (as imported files are): a page that could
    // name any writable folder could send the daily copy of every note wherever it liked.
    chooseBackupFolder: async () => {
      if (!dialogs.chooseFolder)
        throw new LibraryError('invalid-input', 'Choosing a folder is not available here.');
      const folder = await dialogs.chooseFolder('backups');
      if (!folder) return null;
      backups.updateSettings({ dir: folder });
      return storageSettings();
    },
    // In the check worker, on a read-only connection of its own (1.5 s at 50,000 articles).
    checkLibrary: async () => {
      const { ok, problems } = await backups.checkIntegrityInWorker();
      return { ok, problems };
    },
  });
}
