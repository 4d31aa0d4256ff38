import { useState } from 'react';
import type { FeedSubscribeResult, ImportReport } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
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

/** The first file's failure, or `empty` when the feed simply held no articles. */
function firstFailure(report: ImportReport, empty: string): string {
  return report.failed[0]?.error ?? empty;
}

/**
 * "Fetch feed…" and "Add feed…": an RSS or Atom address, fetched now (each item becomes an article to
 * read offline) and, when subscribed, again on every refresh. Offline, a subscription is still kept.
 */
export function FeedDialog({ importFeed, subscribe, onAddFromOpml, onClose }: Props) {
  const { t, i18n } = useT();
  const [url, setUrl] = useState('');
  const [keep, setKeep] = useState(subscribe !== undefined);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const valid = looksLikeFeedAddress(url);
  const subscribing = keep && subscribe !== undefined;

  const fetchOnce = (fetch: NonNullable<Props['importFeed']>) =>
    fetch(url.trim()).then(({ report, offline }) => {
      if (!nothingImported(report)) onClose();
      else
        setOutcome({
          kind: offline ? 'offline' : 'failed',
          message: firstFailure(report, t('import.feed.empty')),
        });
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
    if (outcome?.kind === 'subscribed-offline') return t('import.feed.done');
    if (working) return subscribing ? t('import.feed.subscribing') : t('import.feed.fetching');
    if (outcome?.kind === 'offline') return t('import.feed.tryAgain');
    return subscribing ? t('import.feed.subscribe') : t('import.feed.fetch');
  })();

  return (
    <ModalDialog
      testId="feed-dialog"
      title={subscribe ? t('import.feed.addTitle') : t('import.feed.fetchTitle')}
      subtitle={subscribe ? t('import.feed.addSubtitle') : t('import.feed.fetchSubtitle')}
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
                title={t('import.feed.opmlTitle')}
                onClick={onAddFromOpml}
              >
                {t('import.feed.opml')}
              </button>
            </span>
          ) : (
            <span className="import-dialog__hint">{t('import.feed.needsInternet')}</span>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('import.dialog.cancel')}
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
          <span className="field__label">{t('import.feed.address')}</span>
          <input
            className="input"
            type="url"
            inputMode="url"
            data-testid="feed-url"
            placeholder={t('import.feed.addressExample')}
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
              {t('import.feed.keepBefore')} <em>{t('import.feed.keepRefresh')}</em>
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
              {outcome.kind === 'offline'
                ? t('import.feed.offlineTitle')
                : t('import.feed.subscribedOfflineTitle')}
            </p>
            <p className="import-dialog__offline-text">
              {outcome.kind === 'offline'
                ? t('import.feed.offlineText')
                : t('import.feed.subscribedOfflineText')}
            </p>
            <p className="import-dialog__offline-detail">
              {coreMessage(t, { fallback: outcome.message }).split(';')[0]}
              {i18n.language === 'hi' ? '।' : '.'}
            </p>
          </div>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <p className="import-dialog__problem" role="alert" data-testid="feed-problem">
          {coreMessage(t, { fallback: outcome.message })}
        </p>
      )}
    </ModalDialog>
  );
}
