import type { ImportReport } from '../../../../shared/domain';
import { countLabel } from '../../format';
import './import.css';
import { Icon } from '../../components/Icon';

interface Props {
  report: ImportReport | null;
  onDismiss: () => void;
  onOpenArticle: (id: number) => void;
}

const SHOWN_TITLES = 5;

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** What the last import did: a dismissible card in the corner, announced politely to screen readers. */
export function ImportReportPanel({ report, onDismiss, onOpenArticle }: Props) {
  return (
    <div className="toast-region" aria-live="polite">
      {report && (
        <section className="import-report" data-testid="import-report" aria-label="Import report">
          <header className="import-report__header">
            <h2 className="import-report__title">Import finished</h2>
            <button
              type="button"
              className="icon-button"
              onClick={onDismiss}
              aria-label="Dismiss the import report"
              data-testid="dismiss-import-report"
            >
              <Icon name="close" size={15} />
            </button>
          </header>

          <p className="import-report__line import-report__line--ok" data-testid="import-imported">
            <span className="import-report__mark">
              <Icon name="check" size={11} />
            </span>
            Imported {countLabel(report.imported.length, 'article')}
          </p>
          {report.imported.length > 0 && (
            <ul className="import-report__titles">
              {report.imported.slice(0, SHOWN_TITLES).map((item) => (
                <li key={item.id}>
                  <button type="button" className="link-button" onClick={() => onOpenArticle(item.id)}>
                    {item.title}
                  </button>
                </li>
              ))}
              {report.imported.length > SHOWN_TITLES && (
                <li className="import-report__more">and {report.imported.length - SHOWN_TITLES} more</li>
              )}
            </ul>
          )}

          {report.duplicates.length > 0 && (
            <p className="import-report__line" data-testid="import-duplicates">
              <span className="import-report__mark">
                <Icon name="copy" size={10} />
              </span>
              {report.duplicates.length} already in the library
            </p>
          )}

          {report.failed.length > 0 && (
            <>
              <p className="import-report__line import-report__line--failed">
                <span className="import-report__mark">
                  <Icon name="close" size={11} />
                </span>
                {countLabel(report.failed.length, 'file')} could not be imported
              </p>
              <ul className="import-report__failures">
                {report.failed.map((failure, index) => (
                  <li key={index} data-testid="import-failure">
                    <span className="import-report__file">{fileName(failure.path)}</span>
                    <span className="import-report__error">{failure.error}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
