import { isAbsolute } from 'node:path';
import type { ImportReport } from '../../../shared/domain';
import { LibraryError } from '../errors';
import { addMessageCodes } from './report-codes';

/**
 * The files an import the user chose from disk reported: the only paths the app may show in the file
 * manager, preview as a data dump or import again with a field map. A renderer cannot name others.
 */
export class ReportedPaths {
  private readonly paths = new Set<string>();

  /** Replaces the allowed paths with a new report's (the app shows the last report only). */
  replaceWith(report: ImportReport): ImportReport {
    this.paths.clear();
    return this.add(report);
  }

  /**
   * Adds a report's paths to the allowed ones (a re-import keeps the summary's other files), and gives
   * its sentences their codes for the window.
   */
  add(report: ImportReport): ImportReport {
    for (const path of reportedPaths(report)) if (isAbsolute(path)) this.paths.add(path);
    return addMessageCodes(report);
  }

  /** Returns `path` if a report named it; otherwise refuses, saying what `action` was refused. */
  require(path: string, action: 'shown' | 'mapped'): string {
    if (!this.paths.has(path))
      throw new LibraryError('invalid-input', `Only files named in an import report can be ${action}.`);
    return path;
  }
}

/** Every path one report names: imported, updated, duplicate and failed files. */
function reportedPaths(report: ImportReport): string[] {
  return [...report.imported, ...(report.updated ?? []), ...report.duplicates, ...report.failed].map(
    (item) => item.path,
  );
}
