import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Notes and highlights, the trash, the notebook, article notes and stars. */
export function noteHandlers({ library: { notes } }: HandlerContext) {
  return domainHandlers({
    saveAnnotation: ({ blockId, note, color }) => notes.saveBlockNote(blockId, { note, color }),
    deleteAnnotation: ({ id }) => {
      notes.deleteNote(id);
      return null;
    },
    listNotes: (filter) => notes.listNotes(filter),
    saveHighlight: (highlight) => notes.saveHighlight(highlight),
    updateAnnotation: ({ id, ...change }) => notes.updateNote(id, change),
    restoreAnnotation: ({ id }) => notes.restoreNote(id),
    listRecentlyDeleted: (filter) => notes.listRecentlyDeleted(filter),
    purgeAnnotation: ({ id }) => {
      notes.purgeNote(id);
      return null;
    },
    listOrphanedNotes: () => notes.listNotes({ orphaned: true }),
    reattachAnnotation: ({ id, blockId, row }) => notes.reattachNote(id, blockId, row),
    queryNotebook: (query) => notes.queryNotebook(query),
    countNotebook: (query) => notes.countNotebook(query),
    notebookHeatMap: (range) => notes.heatMap(range),
    getArticleNote: ({ id }) => notes.getArticleNote(id),
    saveArticleNote: ({ id, note }) => notes.saveArticleNote(id, note),
    setStarred: ({ id, starred }) => notes.setStarred(id, starred),
    listStarred: () => notes.listStarred(),
    resolveNoteLinks: ({ titles }) => notes.resolveLinks(titles),
  });
}
