import { useCallback, useEffect, useState } from 'react';
import { startedImportJob, type ChannelOutput } from '../../../../shared/contract';
import type { ImportReport } from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useT } from '../../i18n';
import { batchFiles, batchPaths, combineReports, prepareDroppedFiles } from './files';
import { nothingImported } from './progress';
import { replaceFileInReport } from './remap';
import { useChanges } from '../../data/changes';

/** Where a folder import running in the main process stands (polled). */
export type FolderProgress = ChannelOutput<'importProgress'>;
export type FeedResult = ChannelOutput<'importFeedUrl'>;

/** The last import's report and what it came from. */
export interface ImportSummary {
  report: ImportReport;
  /** The folder imported, when it was one: paths are shown relative to it. */
  folder: string | null;
  /** Files of a folder import: how many were looked at, of how many. */
  files: { done: number; total: number } | null;
  /** The report's paths are files on disk the main process can show in the file manager. */
  revealable: boolean;
}

export type ImportKind = 'dialog' | 'drop' | 'folder' | 'text' | 'feed';

export interface ImportState {
  /** The last import's summary, until dismissed. */
  summary: ImportSummary | null;
  /** The last import's report (the summary's), until dismissed. */
  report: ImportReport | null;
  /** What is importing now, or nothing. */
  busy: ImportKind | null;
  /** The running folder import, while there is one. */
  progress: FolderProgress | null;
  dismissReport: () => void;
  importWithDialog: () => void;
  importFiles: (files: File[]) => void;
  importFolder: () => void;
  cancelImport: () => void;
  /** Imports pasted text; resolves with the report (shown as the summary unless nothing came in). */
  importText: (text: string) => Promise<ImportReport>;
  /** Fetches a feed; resolves with the report and whether the network could not be reached. */
  importFeed: (url: string) => Promise<FeedResult>;
  /** One file of the summary was imported again (a data dump with a field map): show what it gave. */
  remapped: (path: string, report: ImportReport) => void;
}

/** How often the renderer asks the main process where a folder import stands. */
export const POLL_MS = 200;

/** How often the library is reloaded while a folder import stores articles, so they appear as they come. */
export const REFRESH_DURING_IMPORT_MS = 2_000;

/**
 * Imports through the dialogs, dropped files, pasted text and feeds; `onImported` runs after each
 * import; while a folder import is storing articles, the lists reload now and then.
 */
export function useImport(onImported: (report: ImportReport) => void): ImportState {
  const { t } = useT();
  const reportError = useReportError();
  const { changed } = useChanges();
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState<ImportKind | null>(null);
  const [job, setJob] = useState<{ jobId: number; folder: string } | null>(null);
  const [progress, setProgress] = useState<FolderProgress | null>(null);

  const finish = useCallback(
    (report: ImportReport, extra: Partial<ImportSummary> = {}) => {
      setSummary({ report, folder: null, files: null, revealable: false, ...extra });
      onImported(report);
    },
    [onImported],
  );

  const run = useCallback(
    (kind: 'dialog' | 'drop', work: () => Promise<ImportReport | null>) => {
      setBusy(kind);
      work()
        .then((result) => {
          if (result) finish(result, { revealable: true }); // null: cancelled; a failure with a full path (chosen or dropped from disk) can be shown
        })
        .catch(reportError)
        .finally(() => setBusy(null));
    },
    [finish, reportError],
  );

  const importWithDialog = useCallback(() => run('dialog', () => api.importWithDialog({})), [run]);

  const importFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      run('drop', async () => {
        const prepared = await prepareDroppedFiles(files, api.pathForFile, t);
        const reports: ImportReport[] = [];
        for (const paths of batchPaths(prepared.paths)) reports.push(await api.importDroppedPaths({ paths }));
        for (const batch of batchFiles(prepared.files))
          reports.push(await api.importDropped({ files: batch }));
        reports.push({ imported: [], duplicates: [], failed: prepared.failed });
        return combineReports(reports);
      });
    },
    [run, t],
  );

  const importFolder = useCallback(() => {
    setBusy('folder');
    api
      .importFolderWithDialog({})
      .then((started) => {
        if (!started) {
          setBusy(null); // the dialog was cancelled
          return;
        }
        setSummary(null);
        setProgress(startedImportJob(started.jobId, started.folder));
        setJob(started);
      })
      .catch((error: unknown) => {
        setBusy(null);
        reportError(error);
      });
  }, [reportError]);

  // While a folder import runs in the main process, ask where it stands every POLL_MS.
  useEffect(() => {
    if (!job) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stored = 0;
    let refreshedAt = performance.now();
    const done = () => {
      setJob(null);
      setProgress(null);
      setBusy(null);
    };
    const tick = () => {
      api
        .importProgress({ jobId: job.jobId })
        .then((status) => {
          if (stopped) return;
          if (status.running) {
            setProgress(status);
            const now = performance.now();
            if (status.imported + status.updated > stored && now - refreshedAt >= REFRESH_DURING_IMPORT_MS) {
              stored = status.imported + status.updated;
              refreshedAt = now;
              void changed('library');
            }
            timer = setTimeout(tick, POLL_MS);
            return;
          }
          done();
          if (status.error) reportError(new Error(status.error));
          if (status.report)
            finish(status.report, {
              folder: status.folder,
              files: { done: status.done, total: status.total },
              revealable: true,
            });
        })
        .catch((error: unknown) => {
          if (stopped) return;
          done();
          reportError(error);
        });
    };
    tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [job, finish, reportError, changed]);

  const cancelImport = useCallback(() => {
    if (!job) return;
    setProgress((current) => (current ? { ...current, cancelling: true } : current));
    api.cancelImport({ jobId: job.jobId }).catch(reportError);
  }, [job, reportError]);

  const importText = useCallback(
    async (text: string) => {
      setBusy('text');
      try {
        const report = await api.importText({ text });
        if (!nothingImported(report)) finish(report);
        return report;
      } finally {
        setBusy(null);
      }
    },
    [finish],
  );

  const importFeed = useCallback(
    async (url: string) => {
      setBusy('feed');
      try {
        const result = await api.importFeedUrl({ url });
        if (!nothingImported(result.report)) finish(result.report);
        return result;
      } finally {
        setBusy(null);
      }
    },
    [finish],
  );

  const remapped = useCallback(
    (path: string, again: ImportReport) => {
      setSummary((current) =>
        current ? { ...current, report: replaceFileInReport(current.report, path, again) } : current,
      );
      onImported(again);
    },
    [onImported],
  );

  const dismissReport = useCallback(() => setSummary(null), []);
  return {
    summary,
    report: summary?.report ?? null,
    busy,
    progress,
    dismissReport,
    importWithDialog,
    importFiles,
    importFolder,
    cancelImport,
    importText,
    importFeed,
    remapped,
  };
}
