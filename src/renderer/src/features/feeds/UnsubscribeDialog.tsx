import { useState } from 'react';
import type { Feed } from '../../../../shared/domain';
import { useT } from '../../i18n';
import { ModalDialog } from '../import/ModalDialog';
import { feedName } from './feed-status';

interface Props {
  feed: Feed;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Asks before unsubscribing, and says that the articles already fetched stay in the library. */
export function UnsubscribeDialog({ feed, onConfirm, onClose }: Props) {
  const { t } = useT();
  const [working, setWorking] = useState(false);
  const name = feedName(feed);
  return (
    <ModalDialog
      testId="unsubscribe-dialog"
      title={t('feeds.unsubscribe.title', { name })}
      onClose={onClose}
      initialFocus="[data-testid=unsubscribe-confirm]"
      footer={
        <>
          <span className="import-dialog__hint" />
          <button type="button" className="button" onClick={onClose}>
            {t('feeds.unsubscribe.keep')}
          </button>
          <button
            type="button"
            className="button button--danger"
            data-testid="unsubscribe-confirm"
            disabled={working}
            onClick={() => {
              setWorking(true);
              void onConfirm().finally(() => setWorking(false));
            }}
          >
            {working ? t('feeds.unsubscribe.working') : t('feeds.unsubscribe.confirm')}
          </button>
        </>
      }
    >
      <p className="unsubscribe__text">
        {t('feeds.unsubscribe.textBefore')} <strong>{name}</strong>
        {t('feeds.unsubscribe.textAfter')}
      </p>
      <p className="unsubscribe__url">{feed.url}</p>
    </ModalDialog>
  );
}
