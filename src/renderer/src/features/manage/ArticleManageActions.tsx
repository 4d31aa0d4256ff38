import { useState } from 'react';
import type { Article } from '../../../../shared/domain';
import { api } from '../../api';
import { useT } from '../../i18n';
import { EditArticleDialog } from './EditArticleDialog';
import { useDeleteArticles } from './useManage';

/** The reader's Edit… and Delete buttons for the open article. */
export function ArticleManageActions({ article }: { article: Article }) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const deleteArticles = useDeleteArticles();
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="edit-article"
        title={t('manage.editTitle')}
        aria-haspopup="dialog"
        onClick={() => setEditing(true)}
      >
        {t('manage.edit')}
      </button>
      <button
        type="button"
        className="button button--danger"
        data-testid="delete-article"
        title={t('manage.deleteTitle')}
        onClick={() => void deleteArticles(() => api.deleteArticles({ ids: [article.id] }))}
      >
        {t('manage.delete')}
      </button>
      {editing && <EditArticleDialog article={article} onClose={() => setEditing(false)} />}
    </>
  );
}
