import { useState } from 'react';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useChanges } from '../../data/changes';
import { useT } from '../../i18n';
import { useDeleteArticles } from './useManage';
import './manage.css';

/** The selection bar's own-tag field (add or remove on every selected article) and Delete. */
export function SelectionManage({ ids, onDeleted }: { ids: number[]; onDeleted: () => void }) {
  const { t } = useT();
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const { changed } = useChanges();
  const { announce } = useFeedback();
  const reportError = useReportError();
  const deleteArticles = useDeleteArticles();

  const apply = (action: 'add' | 'remove') => {
    const name = tag.trim();
    if (!name) return;
    setBusy(true);
    api
      .tagArticles({ ids, tag: name, action })
      .then(({ changed: count }) => {
        void changed('userTags');
        announce(t(action === 'add' ? 'manage.tagAdded' : 'manage.tagRemoved', { tag: name, count }));
        setTag('');
      }, reportError)
      .finally(() => setBusy(false));
  };

  return (
    <span className="selection-manage">
      <input
        className="input selection-manage__tag"
        data-testid="selection-tag"
        placeholder={t('manage.tagPlaceholder')}
        aria-label={t('manage.tagPlaceholder')}
        value={tag}
        maxLength={60}
        onChange={(event) => setTag(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply('add');
        }}
      />
      <button
        type="button"
        className="button button--small"
        data-testid="selection-tag-add"
        disabled={busy || tag.trim() === ''}
        onClick={() => apply('add')}
      >
        {t('manage.tagAdd')}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="selection-tag-remove"
        disabled={busy || tag.trim() === ''}
        onClick={() => apply('remove')}
      >
        {t('manage.tagRemove')}
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        data-testid="selection-delete"
        title={t('manage.deleteSelectionTitle')}
        onClick={() => void deleteArticles(() => api.deleteArticles({ ids })).then(onDeleted)}
      >
        {t('manage.deleteSelection')}
      </button>
    </span>
  );
}
