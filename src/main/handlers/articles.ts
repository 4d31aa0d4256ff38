import { ARTICLES_PAGE, ARTICLE_NOTES_PAGE } from '../../shared/contract';
import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** The article list, one article, read state and user tags. */
export function articleHandlers({ library: { articles, positions, syllabus } }: HandlerContext) {
  return domainHandlers({
    // A page (ARTICLES_PAGE without a limit): the whole list of 50,000 held the main thread 0.33 s.
    listArticles: ({ limit, offset, ...filter }) =>
      articles.list(filter, { limit: limit ?? ARTICLES_PAGE, offset: offset ?? 0 }),
    listArticlePage: ({ filter, limit, cursor }) => articles.page(filter, { limit, cursor }),
    listArticleIds: ({ filter }) => articles.ids(filter),
    listTags: () => articles.tags(),
    // The syllabus topics ride along: one indexed query, and the reader shows them under the title.
    // With `firstScreen`, the notes of the first blocks only; the reader asks for the rest after painting.
    getArticle: ({ id, firstScreen }) => ({
      ...(firstScreen ? articles.getFirstScreen(id, firstScreen) : articles.get(id)),
      syllabus: syllabus.topicsOf(id),
    }),
    listArticleNotesAfter: ({ articleId, fromBlock, afterId, limit }) =>
      articles.notesAfterFirstScreen(articleId, {
        fromBlock,
        afterId: afterId ?? null,
        limit: limit ?? ARTICLE_NOTES_PAGE,
      }),
    setRead: ({ id, read }) => {
      articles.setRead(id, read);
      return null;
    },
    setReadMany: async ({ ids, read }) => ({ changed: await articles.setReadManyInSteps(ids, read) }),
    saveReadingPosition: (position) => {
      positions.save(position);
      return null;
    },
    getReadingPosition: ({ articleId }) => positions.get(articleId),
    lastReadingPosition: () => positions.last(),
    addUserTag: ({ id, tag }) => articles.addUserTag(id, tag),
    removeUserTag: ({ id, tag }) => articles.removeUserTag(id, tag),
  });
}
