import { useState } from 'react';
import type { Feed } from '../../../../shared/domain';
import { ModalDialog } from '../import/ModalDialog';
import { feedName } from './feed-status';

interface Props {
  feed: Feed;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Asks before unsubscribing, and says that the articles already fetched stay in the library. */
export function UnsubscribeDialog({ feed, onConfirm, onClose }: Props) {
  const [working, setWorking] = useState(false);
  const name = feedName(feed);
  return (
    <ModalDialog
      testId="unsubscribe-dialog"
      title={`Unsubscribe from ${name}?`}
      onClose={onClose}
      initialFocus="[data-testid=unsubscribe-confirm]"
      footer={
        <>
          <span className="import-dialog__hint" />
          <button type="button" className="button" onClick={onClose}>
            Keep it
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
            {working ? 'Unsubscribing…' : 'Unsubscribe'}
          </button>
        </>
      }
    >
      <p className="unsubscribe__text">
        Bulletin will stop fetching <strong>{name}</strong>. The articles already fetched from it stay in your
        library, with your notes and tags.
      </p>
      <p className="unsubscribe__url">{feed.url}</p>
    </ModalDialog>
  );
}
