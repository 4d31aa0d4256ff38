import { useCallback, useEffect, useRef, useState } from 'react';
import type { DumpFieldMap, DumpFieldRole, DumpPreview, ImportReport } from '../../../../shared/domain';
import { api } from '../../api';
import { errorMessage } from '../../components/errors';
import { TagChip } from '../../components/TagChip';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
import { useFormat } from '../../i18n/useFormat';
import { ModalDialog } from './ModalDialog';
import { fileName } from './progress';
import { fullMap, MAPPED_ROLES, type MappedRole } from './remap';

interface Props {
  /** The data dump, as the import report named it. */
  path: string;
  onClose: () => void;
  /** The dump was imported with the chosen mapping. */
  onImported: (report: ImportReport) => void;
}

/**
 * "Map fields…": the fields of a data dump Bulletin did not recognise, each with a sample value; a
 * choice of field for the title, body, date, tags and URL (recognised ones and guesses filled in);
 * a live preview of the first records; and an import with that mapping.
 */
export function FieldMapDialog({ path, onClose, onImported }: Props) {
  const { t } = useT();
  const f = useFormat();
  const counted = (n: number) => ({ count: n, n: f.number(n) });
  const [preview, setPreview] = useState<DumpPreview | null>(null);
  const [map, setMap] = useState<DumpFieldMap>({});
  const [loading, setLoading] = useState(true);
  const [importing, setImporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Answers to older choices are dropped: only the latest map's preview is shown.
  const asked = useRef(0);

  const request = useCallback(
    (next?: DumpFieldMap) => {
      const ticket = ++asked.current;
      api
        .previewDump(next ? { path, map: next } : { path })
        .then((result) => {
          if (ticket !== asked.current) return;
          setPreview(result);
          if (!next) setMap(fullMap(result.map, result.fields));
          setProblem(null);
        })
        .catch((error: unknown) => {
          if (ticket === asked.current) setProblem(errorMessage(error));
        })
        .finally(() => {
          if (ticket === asked.current) setLoading(false);
        });
    },
    [path],
  );

  // The fields, the suggested mapping and its preview, once for the file the dialog was opened for.
  useEffect(() => request(), [request]);

  const choose = (role: DumpFieldRole, field: string) => {
    const next = { ...map, [role]: field };
    setMap(next);
    setLoading(true);
    request(next);
  };

  const importNow = () => {
    if (!map.body || importing) return;
    setImporting(true);
    setProblem(null);
    api
      .importDumpWithMap({ path, map })
      .then((report) => {
        const failure = report.failed.find((f) => f.path === path);
        if (failure && report.imported.length + report.duplicates.length === 0) {
          setProblem(failure.error);
          setImporting(false);
          return;
        }
        onImported(report);
      })
      .catch((error: unknown) => {
        setProblem(errorMessage(error));
        setImporting(false);
      });
  };

  const fields = preview?.fields ?? [];
  const usedAs = new Map<string, MappedRole[]>();
  for (const { role } of MAPPED_ROLES) {
    const field = map[role];
    if (field) usedAs.set(field, [...(usedAs.get(field) ?? []), role]);
  }
  const name = fileName(path);

  return (
    <ModalDialog
      testId="field-map-dialog"
      title={t('import.map.title', { name })}
      subtitle={t('import.map.subtitle')}
      onClose={onClose}
      initialFocus="select"
      footer={
        <>
          <span className="import-dialog__hint">{t('import.map.remembers')}</span>
          <button type="button" className="button" onClick={onClose}>
            {t('import.dialog.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="field-map-import"
            disabled={!map.body || importing || !preview}
            onClick={importNow}
          >
            {importing ? t('import.map.importing') : t('import.map.import')}
          </button>
        </>
      }
    >
      <div className="field-map">
        <section className="field-map__section" aria-labelledby="field-map-fields-heading">
          <h3 className="field-map__heading" id="field-map-fields-heading">
            {t('import.map.fields')}
            {preview && (
              <span className="field-map__count">
                {t('import.map.fieldCount', counted(fields.length))} ·{' '}
                {t('import.map.records', counted(preview.records))}
              </span>
            )}
          </h3>
          <div className="field-map__table-wrap">
            <table className="field-map__fields" data-testid="field-map-fields">
              <thead>
                <tr>
                  <th scope="col">{t('import.map.field')}</th>
                  <th scope="col">{t('import.map.sample')}</th>
                  <th scope="col">{t('import.map.usedAs')}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => (
                  <tr key={field.name} data-testid="field-map-field" data-field={field.name}>
                    <th scope="row" className="field-map__name">
                      {field.name}
                    </th>
                    <td className="field-map__sample" title={field.sample}>
                      {field.sample || <span className="field-map__empty">{t('import.map.empty')}</span>}
                    </td>
                    <td className="field-map__roles">
                      {(usedAs.get(field.name) ?? []).map((role) => (
                        <span key={role} className="field-map__role">
                          {t(`import.map.role.${role}`)}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <div className="field-map__columns">
          <section className="field-map__section" aria-labelledby="field-map-choose-heading">
            <h3 className="field-map__heading" id="field-map-choose-heading">
              {t('import.map.useAs')}
            </h3>
            <div className="field-map__choices">
              {MAPPED_ROLES.map(({ role }) => (
                <label key={role} className="field field-map__choice">
                  <span className="field__label">
                    {t(`import.map.role.${role}`)}
                    {role === 'body' && (
                      <span className="field-map__required"> {t('import.map.needed')}</span>
                    )}
                    <span className="field-map__hint"> — {t(`import.map.roleHint.${role}`)}</span>
                  </span>
                  <select
                    className="input input--small"
                    data-testid={`field-map-${role}`}
                    value={map[role] ?? ''}
                    disabled={!preview}
                    onChange={(event) => choose(role, event.target.value)}
                  >
                    <option value="">{t('import.map.none')}</option>
                    {fields.map((field) => (
                      <option key={field.name} value={field.name}>
                        {field.name}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </section>

          <section
            className="field-map__section field-map__preview-section"
            aria-labelledby="field-map-preview-heading"
            aria-busy={loading}
          >
            <h3 className="field-map__heading" id="field-map-preview-heading">
              {t('import.map.preview')}
              {preview && preview.articles.length > 0 && (
                <span className="field-map__count">
                  {t('import.map.firstOf', {
                    ...counted(preview.records),
                    shown: f.number(preview.articles.length),
                  })}
                </span>
              )}
            </h3>
            {preview?.problem && (
              <p className="field-map__notice" data-testid="field-map-notice">
                {coreMessage(t, { fallback: preview.problem })}
              </p>
            )}
            <ol className="field-map__preview" data-testid="field-map-preview" aria-live="polite">
              {preview?.articles.map((article) =>
                article.skipped ? (
                  <li key={article.label} className="field-map__card field-map__card--skipped">
                    <span className="field-map__label">{coreMessage(t, { fallback: article.label })}</span>
                    <p className="field-map__first-line">
                      {t('import.map.leftOut', { reason: coreMessage(t, { fallback: article.skipped }) })}
                    </p>
                  </li>
                ) : (
                  <li key={article.label} className="field-map__card" data-testid="field-map-preview-item">
                    <p className="field-map__title" data-testid="field-map-preview-title">
                      {article.title}
                    </p>
                    <p className="field-map__meta">
                      <span
                        className={article.date ? 'field-map__date' : 'field-map__date field-map__date--none'}
                        data-testid="field-map-preview-date"
                        title={article.dateText ?? undefined}
                      >
                        {f.day(article.date)}
                      </span>
                      {article.tags.map((tag) => (
                        <TagChip key={tag} name={tag} />
                      ))}
                    </p>
                    <p className="field-map__first-line" data-testid="field-map-preview-line">
                      {article.firstLine}
                    </p>
                  </li>
                ),
              )}
            </ol>
            {!preview && loading && <p className="field-map__loading">{t('import.map.reading', { name })}</p>}
          </section>
        </div>

        {problem && (
          <p className="import-dialog__problem" role="alert" data-testid="field-map-problem">
            {coreMessage(t, { fallback: problem })}
          </p>
        )}
      </div>
    </ModalDialog>
  );
}
