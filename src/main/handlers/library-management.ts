import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Keeping the library clean: the article trash, edits, tags on a selection, tag groups, samples, undo. */
export function libraryManagementHandlers({ library: { manage } }: HandlerContext) {
  return domainHandlers({
    deleteArticles: async ({ ids }) => ({ deleted: await manage.deleteInSteps(ids) }),
    listArticleTrash: () => manage.trash(),
    restoreArticles: async ({ ids }) => ({ restored: await manage.restoreInSteps(ids) }),
    purgeArticles: ({ ids }) => ({ purged: manage.purge(ids) }),
    editArticle: ({ id, ...edit }) => manage.edit(id, edit),
    tagArticles: ({ ids, tag, action }) => ({ changed: manage.tagMany(ids, tag, action) }),
    listTagGroups: () => manage.tagGroups(),
    listSamples: () => ({ ids: manage.sampleIds() }),
    removeSamples: () => ({ deleted: manage.removeSamples() }),
    undoImport: ({ created }) => ({ deleted: manage.undoImport(created) }),
  });
}
