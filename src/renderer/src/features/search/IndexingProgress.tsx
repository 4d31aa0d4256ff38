import { indexFraction, useIndexStatus, type IndexStatus } from './useIndexStatus';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';

/**
 * Above the results while the index builds: how far it has come, and that the results so far come
 * from the articles already indexed (newest first). Calls `onReady` once it is done, so the results
 * can be asked for again.
 */
export function IndexingProgress({ initial, onReady }: { initial: IndexStatus; onReady: () => void }) {
  const status = useIndexStatus(initial, onReady) ?? initial;
  const { t } = useT();
  const f = useFormat();
  if (status.state === 'ready') return null;
  const fraction = indexFraction(status);
  const rebuilding = status.state === 'rebuilding';
  return (
    <div className="search-indexing" data-testid="search-indexing" role="status">
      <div className="search-indexing__head">
        <span className="search-indexing__spinner" aria-hidden="true" />
        <strong className="search-indexing__title">
          {rebuilding ? t('search.indexing.building') : t('search.indexing.updating')}
        </strong>
        <span className="search-indexing__percent" data-testid="search-indexing-percent">
          {f.number(Math.floor(fraction * 100))}%
        </span>
      </div>
      <IndexBar fraction={fraction} />
      <p className="search-indexing__detail" data-testid="search-indexing-detail">
        {t('search.indexing.articles', { done: f.number(status.done), total: f.number(status.total) })}
        {rebuilding ? t('search.indexing.newestFirst') : '.'}
      </p>
    </div>
  );
}

/** A thin bar that fills as the index builds. */
export function IndexBar({ fraction }: { fraction: number }) {
  const { t } = useT();
  return (
    <div
      className="search-indexing__bar"
      role="progressbar"
      aria-label={t('search.indexing.bar')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.floor(fraction * 100)}
    >
      <div className="search-indexing__fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
    </div>
  );
}

/**
 * Under the search box while the index builds and nothing is being searched: a one-line reminder
 * that search will know every article shortly (it already answers from what is done).
 */
export function IndexStatusLine() {
  const status = useIndexStatus();
  const { t } = useT();
  const f = useFormat();
  // Nothing counted yet (the first moment of a rebuild): no "0 of 0" line.
  if (!status || status.state !== 'rebuilding' || status.total === 0) return null;
  const fraction = indexFraction(status);
  return (
    <div className="search-status-line" data-testid="search-status-line" role="status">
      <span className="search-indexing__spinner search-indexing__spinner--small" aria-hidden="true" />
      <span className="search-status-line__text">
        {t('search.indexing.line', { done: f.number(status.done), total: f.number(status.total) })}
      </span>
      <IndexBar fraction={fraction} />
    </div>
  );
}
