import { ImportProgressPanel } from './ImportProgressPanel';
import { ImportReportPanel } from './ImportReportPanel';
import type { ImportState } from './useImport';
import './import.css';

interface Props {
  importer: ImportState;
  onOpenArticle: (id: number) => void;
}

/** The corner of the window where a folder import shows its progress, and every import its summary. */
export function ImportPanel({ importer, onOpenArticle }: Props) {
  return (
    <div className="toast-region" aria-live="polite">
      {importer.progress ? (
        <ImportProgressPanel progress={importer.progress} onCancel={importer.cancelImport} />
      ) : (
        importer.summary && (
          <ImportReportPanel
            summary={importer.summary}
            onDismiss={importer.dismissReport}
            onOpenArticle={onOpenArticle}
            onRemapped={importer.remapped}
          />
        )
      )}
    </div>
  );
}
