import { useState } from 'react';
import type { Feed, FeedRefresh } from '../../../../shared/domain';
import { useReportError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { coreMessage, coreParagraph } from '../../i18n/core-message';
import { useFormat } from '../../i18n/useFormat';
import { FeedDialog } from '../import/FeedDialog';
import type { ImportState } from '../import/useImport';
import { feedLine, feedName, problemText, statusLabel } from './feed-status';
import { UnsubscribeDialog } from './UnsubscribeDialog';
import { useFeeds } from './useFeeds';
import './feeds.css';

interface Props {
  /** The one-off fetch, offered in the same dialog as subscribing. */
  importFeed: ImportState['importFeed'];
}

/**
 * The sidebar's feeds: each subscription with when it was last fetched and how that went, "Refresh
 * all" (with a spinner and each feed's result), "Add feed…", unsubscribing, and a plain offline state.
 */
export function FeedsSection({ importFeed }: Props) {
  const { t } = useT();
  const reportError = useReportError();
  const state = useFeeds();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Feed | null>(null);
  const { feeds, refreshingAll, offline } = state;
  const now = new Date();
  const count = feeds?.length ?? 0;

  const addFromOpml = () => {
    setAdding(false);
    state.addFromOpml().catch(reportError);
  };

  return (
    <section className="sidebar__section feeds" aria-labelledby="feeds-heading" data-testid="feeds">
      <div className="feeds__header">
        <h2 className="sidebar__heading feeds__heading" id="feeds-heading">
          {t('feeds.heading')}
        </h2>
        {count > 0 && (
          <button
            type="button"
            className="feeds__refresh-all"
            data-testid="feeds-refresh-all"
            disabled={refreshingAll}
            aria-busy={refreshingAll}
            title={t('feeds.refreshAllTitle')}
            onClick={state.refreshAll}
          >
            <Icon name="refresh" size={13} className={refreshingAll ? 'feeds__spin' : undefined} />
            {refreshingAll ? t('feeds.refreshingAll') : t('feeds.refreshAll')}
          </button>
        )}
        <button
          type="button"
          className="icon-button feeds__add"
          data-testid="feeds-add"
          aria-label={t('feeds.add')}
          title={t('feeds.addTitle')}
          onClick={() => setAdding(true)}
        >
          <Icon name="plus" size={15} />
        </button>
      </div>

      {offline && (
        <div className="feeds__offline" role="status" data-testid="feeds-offline">
          <Icon name="offline" size={16} />
          <p>
            <strong>{t('feeds.offline.title')}</strong> — {t('feeds.offline.text')}
          </p>
        </div>
      )}

      {feeds && count === 0 && (
        <p className="sidebar__note feeds__empty">
          {t('feeds.empty')}{' '}
          <button type="button" className="link-button" onClick={() => setAdding(true)}>
            {t('feeds.add')}
          </button>
        </p>
      )}

      {count > 0 && (
        <ul className="feeds__list" data-testid="feed-list">
          {feeds!.map((feed) => (
            <FeedRow
              key={feed.id}
              feed={feed}
              now={now}
              refreshing={state.refreshing.has(feed.id)}
              result={state.results.get(feed.id)}
              onRefresh={() => state.refreshOne(feed.id)}
              onRemove={() => setRemoving(feed)}
            />
          ))}
        </ul>
      )}

      <p className="feeds__summary" role="status" aria-live="polite" data-testid="feeds-summary">
        {refreshingAll || !state.summary ? '' : coreParagraph(t, state.summary)}
      </p>

      {adding && (
        <FeedDialog
          importFeed={importFeed}
          subscribe={state.subscribe}
          onAddFromOpml={addFromOpml}
          onClose={() => setAdding(false)}
        />
      )}
      {removing && (
        <UnsubscribeDialog
          feed={removing}
          onConfirm={() =>
            state.unsubscribe(removing.id).then(
              () => setRemoving(null),
              (error: unknown) => {
                setRemoving(null);
                reportError(error);
              },
            )
          }
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

interface RowProps {
  feed: Feed;
  now: Date;
  refreshing: boolean;
  /** This session's last refresh of the feed, if any. */
  result: FeedRefresh | undefined;
  onRefresh: () => void;
  onRemove: () => void;
}

function FeedRow({ feed, now, refreshing, result, onRefresh, onRemove }: RowProps) {
  const { t } = useT();
  const { style } = useFormat();
  const name = feedName(feed);
  const problem = feed.status === 'failed' && !refreshing ? problemText(feed, t) : null;
  const fresh = result && result.status === 'ok' && result.new + result.updated > 0 && !refreshing;
  return (
    <li
      className={`feed-row feed-row--${refreshing ? 'refreshing' : feed.status}`}
      data-testid="feed-row"
      data-feed-id={feed.id}
      data-status={feed.status}
    >
      <span
        className="feed-row__dot"
        role="img"
        aria-label={refreshing ? t('feeds.status.refreshing') : statusLabel(feed.status, t)}
      >
        {refreshing && <Icon name="refresh" size={11} className="feeds__spin" />}
      </span>
      <div className="feed-row__text">
        <span className="feed-row__name" title={feed.url} data-testid="feed-name">
          {name}
        </span>
        <span className="feed-row__meta" data-testid="feed-meta">
          {feedLine(feed, now, refreshing, { t, style })}
          {fresh && (
            <span className="visually-hidden"> — {coreMessage(t, { fallback: result.message })}</span>
          )}
        </span>
        {problem && (
          <span className="feed-row__problem" data-testid="feed-problem" title={feed.error ?? undefined}>
            {problem}
          </span>
        )}
      </div>
      <div className="feed-row__actions">
        <button
          type="button"
          className="icon-button feed-row__action"
          aria-label={t('feeds.refreshOne', { name })}
          title={t('feeds.refreshOneTitle')}
          data-testid="feed-refresh"
          disabled={refreshing}
          onClick={onRefresh}
        >
          <Icon name="refresh" size={13} />
        </button>
        <button
          type="button"
          className="icon-button feed-row__action"
          aria-label={t('feeds.remove', { name })}
          title={t('feeds.removeTitle')}
          data-testid="feed-remove"
          onClick={onRemove}
        >
          <Icon name="close" size={13} />
        </button>
      </div>
    </li>
  );
}
