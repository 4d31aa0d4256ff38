import type { ChannelOutput } from '../../../../shared/contract';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
import { useFormat } from '../../i18n/useFormat';
import { ArticleListItem } from '../library/ArticleListItem';
import { moveFocusInList } from '../library/list-keys';
import { Snippet } from './Snippet';
import './search.css';
import { Icon } from '../../components/Icon';
import { IndexingProgress } from './IndexingProgress';
import { SearchFacets, SortToggle } from './SearchFacets';
import type { SearchSort } from './useSearch';

interface Props {
  query: string;
  outcome: ChannelOutput<'search'> | undefined;
  loading: boolean;
  filtered: boolean;
  selectedId: number | null;
  onOpen: (id: number, read?: boolean) => void;
  sort: SearchSort;
  onSort: (sort: SearchSort) => void;
  activeTag: string | null;
  onTag: (tag: string | null) => void;
  onMonth: (month: string | null) => void;
  onIndexReady: () => void;
}

/** Search hits, best first, each with its snippet; or the reason the query could not be read. */
export function SearchResults(props: Props) {
  const { query, outcome, loading, filtered, selectedId, onOpen } = props;
  const { t } = useT();
  const f = useFormat();
  if (!outcome) return <p className="list-pane__count">{t('search.results.searching')}</p>;

  if (!outcome.ok) {
    return (
      <div className="search-error" data-testid="search-error" role="status">
        <Icon name="alert" size={18} className="search-error__icon" />
        <p className="search-error__message">{coreMessage(t, { fallback: outcome.message })}</p>
      </div>
    );
  }

  const hits = outcome.hits;
  const corrected = (outcome.corrections ?? []).filter((c) => c.suggestions.length > 0);
  return (
    <>
      {outcome.indexing && outcome.indexing.state !== 'ready' && (
        <IndexingProgress
          // A new answer starts the progress afresh from what it says.
          key={`${outcome.indexing.state}:${outcome.indexing.done}:${outcome.indexing.total}`}
          initial={outcome.indexing}
          onReady={props.onIndexReady}
        />
      )}
      <div className="search-toolbar">
        <p className="list-pane__count" data-testid="result-count" aria-busy={loading}>
          {t('search.results.count', {
            count: outcome.total ?? hits.length,
            n: f.number(outcome.total ?? hits.length),
          })}
          {loading && <span className="list-pane__count-extra"> · {t('search.results.stillSearching')}</span>}
        </p>
        <SortToggle sort={props.sort} onSort={props.onSort} />
      </div>
      {corrected.length > 0 && (
        <p className="search-corrections" data-testid="search-corrections">
          {t('search.results.showingFor')}{' '}
          {corrected.map((c, index) => (
            <span key={c.word}>
              {index > 0 && ', '}
              <em>{c.suggestions.join(' / ')}</em>
            </span>
          ))}
        </p>
      )}
      {outcome.facets && (
        <SearchFacets
          facets={outcome.facets}
          activeTag={props.activeTag}
          onTag={props.onTag}
          onMonth={props.onMonth}
        />
      )}
      {hits.length === 0 && (
        <EmptyState title={t('search.results.nothing', { query: query.trim() })}>
          <p>{filtered ? t('search.results.tryFiltered') : t('search.results.try')}</p>
        </EmptyState>
      )}
      <ul
        className="article-list"
        data-testid="search-results"
        aria-label={t('search.results.label')}
        onKeyDown={moveFocusInList}
      >
        {hits.map((hit) => (
          <ArticleListItem
            key={hit.id}
            testId="search-result"
            id={hit.id}
            title={hit.title}
            date={hit.date}
            tags={hit.tags}
            userTags={hit.userTags}
            selected={hit.id === selectedId}
            onOpen={onOpen}
          >
            {hit.snippet !== '' && <Snippet text={hit.snippet} highlights={hit.highlights} />}
          </ArticleListItem>
        ))}
      </ul>
    </>
  );
}
