import { useState } from 'react';
import type { ArticleSummary } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { countLabel } from '../../format';
import { ArticleListItem } from './ArticleListItem';
import { moveFocusInList } from './list-keys';

interface Props {
  articles: ArticleSummary[] | undefined;
  filtered: boolean;
  selectedId: number | null;
  onOpen: (id: number, read?: boolean) => void;
  onClearFilters: () => void;
}

// A large library renders a page at a time; the rest is one click away.
const PAGE = 300;

/** The library, newest first, with a count and an empty state that says what to do. */
export function ArticleList({ articles, filtered, selectedId, onOpen, onClearFilters }: Props) {
  const [limit, setLimit] = useState(PAGE);
  if (!articles) return <p className="list-pane__count">Loading…</p>;
  const unread = articles.filter((a) => !a.read).length;
  return (
    <>
      <p className="list-pane__count" data-testid="list-count">
        {countLabel(articles.length, 'article')}
        {unread > 0 && <span className="list-pane__count-extra"> · {unread} unread</span>}
      </p>
      {articles.length === 0 &&
        (filtered ? (
          <EmptyState title="No articles match these filters">
            <p>Try another date or tag.</p>
            <button type="button" className="button button--small" onClick={onClearFilters}>
              Clear filters
            </button>
          </EmptyState>
        ) : (
          <EmptyState title="Your library is empty">
            <p>Import articles with “Import…”, or drop files anywhere on this window.</p>
          </EmptyState>
        ))}
      <ul
        className="article-list"
        data-testid="article-list"
        aria-label="Articles"
        onKeyDown={moveFocusInList}
      >
        {articles.slice(0, limit).map((article) => (
          <ArticleListItem
            key={article.id}
            testId="article-item"
            id={article.id}
            title={article.title}
            date={article.date}
            tags={article.tags}
            userTags={article.userTags}
            read={article.read}
            noteCount={article.noteCount}
            selected={article.id === selectedId}
            onOpen={onOpen}
          />
        ))}
      </ul>
      {articles.length > limit && (
        <div className="article-list__more">
          <button type="button" className="button button--small" onClick={() => setLimit(limit + PAGE)}>
            Show {Math.min(PAGE, articles.length - limit)} more of {articles.length - limit}
          </button>
        </div>
      )}
    </>
  );
}
