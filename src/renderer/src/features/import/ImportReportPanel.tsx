import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { ImportReport } from '../../../../shared/domain';
import { api } from '../../api';
import { errorMessage } from '../../components/errors';
import { DuplicateList } from '../triage/DuplicateList';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
import { useFormat } from '../../i18n/useFormat';
import { useDeleteArticles } from '../manage/useManage';
import { FieldMapDialog } from './FieldMapDialog';
import { fileName, shownPath, skippedByFile } from './progress';
import { failureText, isMappable } from './remap';
import type { ImportSummary } from './useImport';
import './import.css';

interface Props {
  summary: ImportSummary;
  onDismiss: () => void;
  onOpenArticle: (id: number) => void;
  /** A data dump of the summary was imported again with a field map. */
  onRemapped?: (path: string, report: ImportReport) => void;
}

const SHOWN_TITLES = 5;

function TitleList({ items, onOpen }: { items: ImportReport['imported']; onOpen: (id: number) => void }) {
  const { t } = useT();
  const f = useFormat();
  if (items.length === 0) return null;
  return (
    <ul className="import-report__titles">
      {items.slice(0, SHOWN_TITLES).map((item) => (
        <li key={item.id}>
          <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
            {item.title}
          </button>
        </li>
      ))}
      {items.length > SHOWN_TITLES && (
        <li className="import-report__more">
          {t('import.report.more', { n: f.number(items.length - SHOWN_TITLES) })}
        </li>
      )}
    </ul>
  );
}

interface LineProps {
  tone?: 'ok' | 'failed' | 'warn' | 'info';
  mark: ReactNode;
  testId: string;
  /** `span` inside a `<summary>`, which holds phrasing content only. */
  as?: 'p' | 'span';
  children: ReactNode;
}

function Line({ tone, mark, testId, as: Tag = 'p', children }: LineProps) {
  return (
    <Tag
      className={tone ? `import-report__line import-report__line--${tone}` : 'import-report__line'}
      data-testid={testId}
    >
      <span className="import-report__mark">{mark}</span>
      <span>{children}</span>
    </Tag>
  );
}

type FailureProps = ImportReport['failed'][number] & {
  folder: string | null;
  revealable: boolean;
  /** Opens the field-mapping dialog (data dumps whose fields were not recognised). */
  onMap?: () => void;
};

/** One file that could not be imported: its name, where it is, why, and a way to find it (or map it). */
function Failure(props: FailureProps) {
  const { t } = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const name = fileName(props.path);
  const shown = shownPath(props.path, props.folder);
  // The sub-folder inside the imported folder, when the file was not at its top.
  const where = shown.length > name.length ? shown.slice(0, shown.length - name.length - 1) : '';
  const show = () => {
    setProblem(null);
    api.showImportedFile({ path: props.path }).catch((e: unknown) => setProblem(errorMessage(e)));
  };
  return (
    <li data-testid="import-failure" data-path={props.path}>
      <div className="import-report__failure-head">
        <span className="import-report__file" title={props.path}>
          {name}
        </span>
        {props.revealable && (
          <button
            type="button"
            className="import-report__reveal"
            data-testid="import-failure-show"
            onClick={show}
            title={t('import.report.showTitle', { path: props.path })}
          >
            <Icon name="reveal" size={12} />
            {t('import.report.show')}
          </button>
        )}
      </div>
      {where && <span className="import-report__where">{t('import.report.in', { where })}</span>}
      <span className="import-report__error">
        {isMappable(props)
          ? coreMessage(t, { fallback: failureText(props) })
          : coreMessage(t, { code: props.code, params: props.params, fallback: props.error })}
      </span>
      {isMappable(props) &&
        (props.onMap ? (
          <span className="import-report__map">
            <button
              type="button"
              className="button button--small import-report__map-button"
              data-testid="import-failure-map"
              onClick={props.onMap}
            >
              {t('import.report.map')}
            </button>
            <span className="import-report__map-hint">{t('import.report.mapHint')}</span>
          </span>
        ) : (
          <span className="import-report__where">{t('import.report.mapWithImport')}</span>
        ))}
      {problem && <span className="import-report__error">{problem}</span>}
    </li>
  );
}

/** What the last import did: a dismissible card in the corner, announced politely to screen readers. */
export function ImportReportPanel({ summary, onDismiss, onOpenArticle, onRemapped }: Props) {
  const { t } = useT();
  const f = useFormat();
  const { report, folder, files, revealable } = summary;
  // The data dump whose fields are being mapped, if any.
  const [mapping, setMapping] = useState<string | null>(null);
  const deleteArticles = useDeleteArticles();
  const [undone, setUndone] = useState(false);
  const created = report.imported.map((a) => a.id);
  const keptEdits = report.keptEdits ?? [];
  const restoredByImport = report.restored ?? [];
  const updated = report.updated ?? [];
  const skipped = report.skipped ?? [];
  const warnings = report.warnings ?? [];
  const title = report.cancelled ? t('import.report.stopped') : t('import.report.finished');
  const fileCount = files
    ? ` · ${t('import.report.files', { count: files.total, n: f.number(files.total) })}`
    : '';
  const source = folder ? `${fileName(folder)}${fileCount}` : null;
  const counted = (n: number) => ({ count: n, n: f.number(n) });

  return (
    <section className="import-report" data-testid="import-report" aria-label={t('import.report.label')}>
      <header className="import-report__header">
        <div className="import-report__heading">
          <h2 className="import-report__title">{title}</h2>
          {source && (
            <p className="import-report__source" title={folder ?? undefined}>
              <Icon name="folder" size={12} />
              {source}
            </p>
          )}
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onDismiss}
          aria-label={t('import.report.dismiss')}
          data-testid="dismiss-import-report"
        >
          <Icon name="close" size={15} />
        </button>
      </header>

      {report.cancelled && (
        <p className="import-report__notice" data-testid="import-cancelled">
          {files
            ? t('import.report.stoppedAfter', { ...counted(files.total), done: f.number(files.done) })
            : t('import.report.stoppedBefore')}{' '}
          {t('import.report.staysImported')}
        </p>
      )}

      <Line tone="ok" mark={<Icon name="check" size={11} />} testId="import-imported">
        {t('import.report.imported', counted(report.imported.length))}
      </Line>
      <TitleList items={report.imported} onOpen={onOpenArticle} />
      {created.length > 0 && !undone && (
        <button
          type="button"
          className="button button--small import-report__undo"
          data-testid="undo-import"
          title={t('manage.undoImportTitle')}
          onClick={() =>
            void deleteArticles(() => api.undoImport({ created }), 'importUndone').then((deleted) =>
              setUndone(deleted.length > 0),
            )
          }
        >
          {t('manage.undoImport')}
        </button>
      )}
      {keptEdits.length > 0 && (
        <Line tone="info" mark={<Icon name="check" size={11} />} testId="import-kept-edits">
          {t('manage.keptEdits', { count: keptEdits.length })}
        </Line>
      )}
      {restoredByImport.length > 0 && (
        <Line tone="info" mark={<Icon name="refresh" size={11} />} testId="import-restored">
          {t('manage.restoredByImport', { count: restoredByImport.length })}
        </Line>
      )}

      {updated.length > 0 && (
        <>
          <Line tone="info" mark={<Icon name="refresh" size={11} />} testId="import-updated">
            {t('import.report.updated', counted(updated.length))}
          </Line>
          <TitleList items={updated} onOpen={onOpenArticle} />
        </>
      )}

      {report.duplicates.length > 0 && (
        <>
          <Line mark={<Icon name="copy" size={10} />} testId="import-duplicates">
            {t('import.report.duplicates', { n: f.number(report.duplicates.length) })}
          </Line>
          <DuplicateList duplicates={report.duplicates} onOpen={onOpenArticle} />
        </>
      )}

      {skipped.length > 0 && (
        <details className="import-report__details">
          <summary>
            <Line as="span" mark={<Icon name="skip" size={11} />} testId="import-skipped">
              {t('import.report.skipped', counted(skipped.length))}
            </Line>
          </summary>
          <ul className="import-report__notes">
            {skippedByFile(skipped).map((group) => (
              <li key={group.path} data-testid="import-skipped-file">
                <span className="import-report__file" title={group.path}>
                  {shownPath(group.path, folder)}
                </span>
                {group.items.map((item, index) => (
                  <span key={index} className="import-report__reason">
                    {item.title && item.title !== fileName(group.path) && !item.reason.includes(item.title)
                      ? `${item.title}: `
                      : ''}
                    {coreMessage(t, { code: item.code, params: item.params, fallback: item.reason })}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </details>
      )}

      {warnings.length > 0 && (
        <details className="import-report__details">
          <summary>
            <Line as="span" tone="warn" mark={<Icon name="warning" size={11} />} testId="import-warnings">
              {t('import.report.warnings', counted(warnings.length))}
            </Line>
          </summary>
          <ul className="import-report__notes">
            {warnings.map((item, index) => (
              <li key={index}>
                <span className="import-report__file" title={item.path}>
                  {shownPath(item.path, folder)}
                </span>
                <span className="import-report__reason">
                  {coreMessage(t, { code: item.code, params: item.params, fallback: item.warning })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}

      {report.failed.length > 0 && (
        <>
          <Line tone="failed" mark={<Icon name="close" size={11} />} testId="import-failed">
            {t('import.report.failed', counted(report.failed.length))}
          </Line>
          <ul className="import-report__failures">
            {report.failed.map((failure, index) => {
              const onDisk = revealable && /^([a-zA-Z]:)?[\\/]/.test(failure.path);
              return (
                <Failure
                  key={`${index}:${failure.path}`}
                  {...failure}
                  folder={folder}
                  revealable={onDisk}
                  onMap={onDisk && onRemapped ? () => setMapping(failure.path) : undefined}
                />
              );
            })}
          </ul>
        </>
      )}
      {mapping &&
        onRemapped &&
        // Outside the report's live region, so the dialog is not read out as part of the summary.
        createPortal(
          <FieldMapDialog
            path={mapping}
            onClose={() => setMapping(null)}
            onImported={(again) => {
              setMapping(null);
              onRemapped(mapping, again);
            }}
          />,
          document.body,
        )}
    </section>
  );
}
