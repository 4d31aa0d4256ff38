import { useCallback, useState } from 'react';
import type { ImportReport } from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { batchFiles, combineReports, prepareDroppedFiles } from './files';

export interface ImportState {
  /** The last import's report, until dismissed. */
  report: ImportReport | null;
  /** What is importing now: files from the dialog, dropped files, or nothing. */
  busy: 'dialog' | 'drop' | null;
  dismissReport: () => void;
  importWithDialog: () => void;
  importFiles: (files: File[]) => void;
}

/** Imports through the open dialog or from dropped files; `onImported` runs after each import. */
export function useImport(onImported: (report: ImportReport) => void): ImportState {
  const reportError = useReportError();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<ImportState['busy']>(null);

  const run = useCallback(
    (kind: 'dialog' | 'drop', work: () => Promise<ImportReport | null>) => {
      setBusy(kind);
      work()
        .then((result) => {
          if (!result) return; // the dialog was cancelled
          setReport(result);
          onImported(result);
        })
        .catch(reportError)
        .finally(() => setBusy(null));
    },
    [onImported, reportError],
  );

  const importWithDialog = useCallback(() => run('dialog', () => api.importWithDialog({})), [run]);

  const importFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      run('drop', async () => {
        const prepared = await prepareDroppedFiles(files);
        const reports: ImportReport[] = [];
        for (const batch of batchFiles(prepared.files))
          reports.push(await api.importDropped({ files: batch }));
        reports.push({ imported: [], duplicates: [], failed: prepared.failed });
        return combineReports(reports);
      });
    },
    [run],
  );

  const dismissReport = useCallback(() => setReport(null), []);
  return { report, busy, dismissReport, importWithDialog, importFiles };
}
