import { useState } from 'react';
import { api } from '../../api';
import { formatCount } from '../../format';
import { useT } from '../../i18n';
import { TrashDialog } from './TrashDialog';
import { useArticleTrash, useDeleteArticles, useSamples } from './useManage';
import './manage.css';

/** The sidebar's Trash (with how many are in it) and, while samples remain, Remove samples. */
export function ManageSection() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const trash = useArticleTrash();
  const samples = useSamples();
  const deleteArticles = useDeleteArticles();
  return (
    <div className="manage-section">
      {samples.length > 0 && (
        <button
          type="button"
          className="side-item manage-section__item"
          data-testid="remove-samples"
          onClick={() => void deleteArticles(() => api.removeSamples({}), 'samplesRemoved')}
        >
          <span className="side-item__label">{t('manage.removeSamples', { count: samples.length })}</span>
        </button>
      )}
      <button
        type="button"
        className="side-item manage-section__item"
        data-testid="open-trash"
        title={t('trash.openTitle')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span className="side-item__label">{t('trash.open')}</span>
        {trash && trash.length > 0 && (
          <span className="tag-list__count" data-testid="trash-count">
            {formatCount(trash.length)}
          </span>
        )}
      </button>
      {open && <TrashDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
