import type { ChannelOutput } from '../../../../shared/contract';
import { EmptyState } from '../../components/EmptyState';
import { countLabel } from '../../format';
import { ArticleListItem } from '../library/ArticleListItem';
import { moveFocusInList } from '../library/list-keys';
import { Snippet } from './Snippet';
import './search.css';
import { Icon } from '../../components/Icon';

interface Props {
  query: string;
  outcome: ChannelOutput<'search'> | undefined;
  loading: boolean;
  filtered: boolean;
  selectedId: number | null;
  onOpen: (id: number, read?: boolean) => void;
}

/** Search hits, best first, each with its snippet; or the reason the query could not be read. */
export function SearchResults({ query, outcome, loading, filtered, selectedId, onOpen }: Props) {
  if (!outcome) return <p className="list-pane__count">Searching…</p>;

  if (!outcome.ok) {
    return (
      <div className="search-error" data-testid="search-error" role="status">
        <Icon name="alert" size={18} className="search-error__icon" />
        <p className="search-error__message">{outcome.message}</p>
      </div>
    );
  }

  const hits = outcome.hits;
  return (
    <>
      <p className="list-pane__count" data-testid="result-count" aria-busy={loading}>
        {countLabel(hits.length, 'result')}
        {loading && <span className="list-pane__count-extra"> · searching…</span>}
      </p>
      {hits.length === 0 && (
        <EmptyState title={`Nothing matches “${query.trim()}”`}>
          <p>Check the spelling, try fewer words{filtered ? ', or clear the date and tag filters' : ''}.</p>
        </EmptyState>
      )}
      <ul
        className="article-list"
        data-testid="search-results"
        aria-label="Search results"
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
