import type { ArticleSummary } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { countLabel } from '../../format';
import { ArticleListItem } from './ArticleListItem';
import { moveFocusInList } from './list-keys';

interface Props {
  articles: ArticleSummary[] | undefined;
  filtered: boolean;
  selectedId: number | null;
  onOpen: (id: number) => void;
  onClearFilters: () => void;
}

/** The library, newest first, with a count and an empty state that says what to do. */
export function ArticleList({ articles, filtered, selectedId, onOpen, onClearFilters }: Props) {
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
      <ul className="article-list" data-testid="article-list" aria-label="Articles" onKeyDown={moveFocusInList}>
        {articles.map((article) => (
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
    </>
  );
}
