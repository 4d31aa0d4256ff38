import { NOTES_PAGE } from '../../shared/contract';
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
    // A page (NOTES_PAGE without a limit): the whole list of 100,000 notes held the main thread 1.1 s.
    listNotes: ({ limit, offset, ...filter }) =>
      notes.listNotes(filter, { limit: limit ?? NOTES_PAGE, offset: offset ?? 0 }),
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
