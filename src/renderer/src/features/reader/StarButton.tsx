import { useT } from '../../i18n';
import { useState } from 'react';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useChanges } from '../../data/changes';

interface Props {
  articleId: number;
  starred: boolean;
}

/** Stars an article (to find it again before the exam), or takes the star away. */
export function StarButton({ articleId, starred }: Props) {
  const reportError = useReportError();
  const { t } = useT();
  const { changed } = useChanges();
  const { announce } = useFeedback();
  const [busy, setBusy] = useState(false);
  const toggle = () => {
    setBusy(true);
    api
      .setStarred({ id: articleId, starred: !starred })
      .then(() => {
        void changed('articleNote');
        announce(starred ? t('reader.star.removed') : t('reader.star.starred'));
      }, reportError)
      .finally(() => setBusy(false));
  };
  return (
    <button
      type="button"
      className={`button star-button${starred ? ' star-button--on' : ''}`}
      data-testid="star-toggle"
      aria-pressed={starred}
      disabled={busy}
      onClick={toggle}
      title={starred ? t('reader.star.remove') : t('reader.star.add')}
    >
      <svg width="15" height="15" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"
          fill={starred ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      {starred ? t('reader.star.starred') : t('reader.star.star')}
    </button>
  );
}
