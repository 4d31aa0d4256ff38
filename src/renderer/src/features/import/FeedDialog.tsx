import { useState } from 'react';
import type { ImportReport } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { ModalDialog } from './ModalDialog';
import { nothingImported } from './progress';
import type { ImportState } from './useImport';

interface Props {
  importFeed: ImportState['importFeed'];
  onClose: () => void;
}

type Outcome = { kind: 'offline'; message: string } | { kind: 'failed'; message: string } | null;

function looksLikeAddress(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url.trim());
}

function firstFailure(report: ImportReport): string {
  return report.failed[0]?.error ?? 'The feed held no articles.';
}

/** "Fetch feed…": an RSS or Atom address fetched now; each item becomes an article to read offline. */
export function FeedDialog({ importFeed, onClose }: Props) {
  const [url, setUrl] = useState('');
  const [fetching, setFetching] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const valid = looksLikeAddress(url);

  const fetchNow = () => {
    if (!valid || fetching) return;
    setFetching(true);
    setOutcome(null);
    importFeed(url.trim())
      .then(({ report, offline }) => {
        setFetching(false);
        if (!nothingImported(report)) onClose();
        else setOutcome({ kind: offline ? 'offline' : 'failed', message: firstFailure(report) });
      })
      .catch((error: unknown) => {
        setFetching(false);
        setOutcome({ kind: 'failed', message: errorMessage(error) });
      });
  };

  return (
    <ModalDialog
      testId="feed-dialog"
      title="Fetch a feed"
      subtitle="Download a site’s RSS or Atom feed now; its articles stay readable offline."
      onClose={onClose}
      initialFocus="input"
      footer={
        <>
          <span className="import-dialog__hint">Needs an internet connection.</span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form="feed-form"
            className="button button--primary"
            data-testid="feed-fetch"
            disabled={!valid || fetching}
          >
            {fetching ? 'Fetching…' : outcome?.kind === 'offline' ? 'Try again' : 'Fetch'}
          </button>
        </>
      }
    >
      <form
        id="feed-form"
        className="import-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          fetchNow();
        }}
      >
        <label className="field">
          <span className="field__label">Feed address</span>
          <input
            className="input"
            type="url"
            inputMode="url"
            data-testid="feed-url"
            placeholder="https://example.org/feed.xml"
            value={url}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => {
              setUrl(event.target.value);
              setOutcome(null);
            }}
          />
        </label>
      </form>
      {outcome?.kind === 'offline' && (
        <div className="import-dialog__offline" role="alert" data-testid="feed-offline">
          <Icon name="offline" size={18} />
          <div>
            <p className="import-dialog__offline-title">You seem to be offline</p>
            <p className="import-dialog__offline-text">
              The feed could not be reached. Everything already in your library still works; fetch the feed
              again when you are connected.
            </p>
            <p className="import-dialog__offline-detail">{outcome.message.split(';')[0]}.</p>
          </div>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <p className="import-dialog__problem" role="alert" data-testid="feed-problem">
          {outcome.message}
        </p>
      )}
    </ModalDialog>
  );
}
