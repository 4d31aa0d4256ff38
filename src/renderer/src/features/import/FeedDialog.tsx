import { useState } from 'react';
import type { FeedSubscribeResult, ImportReport } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { looksLikeFeedAddress } from '../feeds/feed-status';
import { ModalDialog } from './ModalDialog';
import { nothingImported } from './progress';
import type { ImportState } from './useImport';

interface Props {
  /** Fetches the feed once (Fetch feed…). */
  importFeed?: ImportState['importFeed'];
  /** Subscribes to the feed (Feeds → Add feed…); with `importFeed` as well, the user chooses. */
  subscribe?: (url: string) => Promise<FeedSubscribeResult>;
  /** Offers "From an OPML file…" for subscribing to a feed reader's whole list. */
  onAddFromOpml?: () => void;
  onClose: () => void;
}

type Outcome =
  | { kind: 'offline'; message: string }
  | { kind: 'subscribed-offline'; message: string }
  | { kind: 'failed'; message: string }
  | null;

function firstFailure(report: ImportReport): string {
  return report.failed[0]?.error ?? 'The feed held no articles.';
}

/**
 * "Fetch feed…" and "Add feed…": an RSS or Atom address, fetched now (each item becomes an article to
 * read offline) and, when subscribed, again on every refresh. Offline, a subscription is still kept.
 */
export function FeedDialog({ importFeed, subscribe, onAddFromOpml, onClose }: Props) {
  const [url, setUrl] = useState('');
  const [keep, setKeep] = useState(subscribe !== undefined);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const valid = looksLikeFeedAddress(url);
  const subscribing = keep && subscribe !== undefined;

  const fetchOnce = (fetch: NonNullable<Props['importFeed']>) =>
    fetch(url.trim()).then(({ report, offline }) => {
      if (!nothingImported(report)) onClose();
      else setOutcome({ kind: offline ? 'offline' : 'failed', message: firstFailure(report) });
    });

  const subscribeNow = (follow: NonNullable<Props['subscribe']>) =>
    follow(url.trim()).then((result) => {
      if (result.offline) setOutcome({ kind: 'subscribed-offline', message: result.refresh.message });
      else onClose();
    });

  const submit = () => {
    if (outcome?.kind === 'subscribed-offline') {
      onClose();
      return;
    }
    if (!valid || working) return;
    const work = subscribing ? subscribeNow(subscribe) : importFeed ? fetchOnce(importFeed) : null;
    if (!work) return;
    setWorking(true);
    setOutcome(null);
    work
      .catch((error: unknown) => setOutcome({ kind: 'failed', message: errorMessage(error) }))
      .finally(() => setWorking(false));
  };

  const label = (() => {
    if (outcome?.kind === 'subscribed-offline') return 'Done';
    if (working) return subscribing ? 'Subscribing…' : 'Fetching…';
    if (outcome?.kind === 'offline') return 'Try again';
    return subscribing ? 'Subscribe' : 'Fetch';
  })();

  return (
    <ModalDialog
      testId="feed-dialog"
      title={subscribe ? 'Add a feed' : 'Fetch a feed'}
      subtitle={
        subscribe
          ? 'Follow a site’s RSS or Atom feed: its articles are fetched now and on every refresh, and stay readable offline.'
          : 'Download a site’s RSS or Atom feed now; its articles stay readable offline.'
      }
      onClose={onClose}
      initialFocus="input"
      footer={
        <>
          {onAddFromOpml ? (
            <span className="import-dialog__hint">
              <button
                type="button"
                className="link-button"
                data-testid="feed-opml"
                title="Subscribe to every feed listed in an OPML file (exported from a feed reader)"
                onClick={onAddFromOpml}
              >
                From an OPML file…
              </button>
            </span>
          ) : (
            <span className="import-dialog__hint">Needs an internet connection.</span>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form="feed-form"
            className="button button--primary"
            data-testid="feed-fetch"
            disabled={outcome?.kind !== 'subscribed-offline' && (!valid || working)}
          >
            {label}
          </button>
        </>
      }
    >
      <form
        id="feed-form"
        className="import-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
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
            readOnly={outcome?.kind === 'subscribed-offline'}
            onChange={(event) => {
              setUrl(event.target.value);
              setOutcome(null);
            }}
          />
        </label>
        {subscribe && importFeed && (
          <label className="checkbox feed-dialog__keep">
            <input
              type="checkbox"
              data-testid="feed-subscribe-toggle"
              checked={keep}
              disabled={outcome?.kind === 'subscribed-offline'}
              onChange={(event) => {
                setKeep(event.target.checked);
                setOutcome(null);
              }}
            />
            <span>
              Subscribe: keep this feed in the sidebar and fetch it again with <em>Refresh all</em>
            </span>
          </label>
        )}
      </form>
      {(outcome?.kind === 'offline' || outcome?.kind === 'subscribed-offline') && (
        <div
          className="import-dialog__offline"
          role={outcome.kind === 'offline' ? 'alert' : 'status'}
          data-testid="feed-offline"
        >
          <Icon name="offline" size={18} />
          <div>
            <p className="import-dialog__offline-title">
              {outcome.kind === 'offline' ? 'You seem to be offline' : 'Subscribed — you seem to be offline'}
            </p>
            <p className="import-dialog__offline-text">
              {outcome.kind === 'offline'
                ? 'The feed could not be reached. Everything already in your library still works; fetch the feed again when you are connected.'
                : 'The feed is in your list and will be fetched when you refresh while online. Everything already in your library still works.'}
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
