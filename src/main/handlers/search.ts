import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Full-text search, where a query matches in one article, the index's state, saved searches. */
export function searchHandlers({ library: { search } }: HandlerContext) {
  return domainHandlers({
    search: ({ query, limit, offset, sort, ...filter }) =>
      search.search(query, { ...filter, limit, offset, sort }),
    searchMatches: ({ articleId, query }) => search.matchesInArticle(articleId, query),
    searchStatus: () => search.status(),
    listSavedSearches: () => search.listSaved(),
    saveSearch: ({ name, query, ...options }) => search.save({ name, query, options }),
    deleteSavedSearch: ({ id }) => {
      search.deleteSaved(id);
      return null;
    },
    runSavedSearch: ({ key, limit, offset, sort }) => search.runSaved(key, { limit, offset, sort }),
  });
}
