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
    updateStorageSettings: ({ backupDir, daily, rotation }) => {
      backups.updateSettings({ dir: backupDir, daily, rotation });
      return storageSettings();
    },
    chooseBackupFolder: async () => {
      if (!dialogs.chooseFolder)
        throw new LibraryError('invalid-input', 'Choosing a folder is not available here.');
      return dialogs.chooseFolder('Choose a folder for backups');
    },
    // In the check worker, on a read-only connection of its own (1.5 s at 50,000 articles).
    checkLibrary: async () => {
      const { ok, problems } = await backups.checkIntegrityInWorker();
      return { ok, problems };
    },
  });
}
