import { useState } from 'react';
import type { DeletedArticle } from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useChanges } from '../../data/changes';
import { formatDay } from '../../format';
import { useT } from '../../i18n';
import { ModalDialog } from '../import/ModalDialog';
import { useArticleTrash } from './useManage';
import './manage.css';

/** Deleted articles with Restore and Delete forever (which asks first). */
export function TrashDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const trash = useArticleTrash();
  const { changed } = useChanges();
  const { announce } = useFeedback();
  const reportError = useReportError();
  const [confirming, setConfirming] = useState<DeletedArticle | null>(null);

  const restore = (ids: number[]) =>
    api.restoreArticles({ ids }).then(({ restored }) => {
      void changed('library');
      announce(t('trash.restored', { count: restored.length }));
    }, reportError);
  const purge = (id: number) =>
    api.purgeArticles({ ids: [id] }).then(() => {
      setConfirming(null);
      void changed('library');
      announce(t('trash.purged'));
    }, reportError);

  return (
    <ModalDialog
      testId="trash-dialog"
      title={t('trash.heading')}
      subtitle={t('trash.subtitle')}
      onClose={onClose}
      footer={
        <>
          <span className="import-dialog__hint" />
          {trash && trash.length > 1 && (
            <button
              type="button"
              className="button"
              data-testid="trash-restore-all"
              onClick={() => void restore(trash.map((a) => a.id))}
            >
              {t('trash.restoreAll')}
            </button>
          )}
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      }
    >
      {trash?.length === 0 && (
        <p className="trash__empty" data-testid="trash-empty">
          {t('trash.empty')}
        </p>
      )}
      <ul className="trash" data-testid="trash-list">
        {trash?.map((article) => (
          <li key={article.id} className="trash__item" data-testid="trash-item" data-id={article.id}>
            <div className="trash__text">
              <span className="trash__title">{article.title}</span>
              <span className="trash__meta">
                {formatDay(article.date)}
                {article.source ? ` · ${article.source}` : ''}
                {article.noteCount > 0 ? ` · ${t('trash.notes', { count: article.noteCount })}` : ''}
                {' · '}
                {t('trash.until', { day: formatDay(article.expiresAt.slice(0, 10)) })}
              </span>
              {confirming?.id === article.id && (
                <span className="trash__confirm" role="alert">
                  {t('trash.confirmForever', { title: article.title })}
                  <span className="trash__actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setConfirming(null)}
                    >
                      {t('common.cancel')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      data-testid="trash-confirm-forever"
                      onClick={() => void purge(article.id)}
                    >
                      {t('trash.confirmYes')}
                    </button>
                  </span>
                </span>
              )}
            </div>
            <span className="trash__actions">
              <button
                type="button"
                className="button button--small"
                data-testid="trash-restore"
                onClick={() => void restore([article.id])}
              >
                {t('trash.restore')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                data-testid="trash-forever"
                onClick={() => setConfirming(article)}
              >
                {t('trash.deleteForever')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
