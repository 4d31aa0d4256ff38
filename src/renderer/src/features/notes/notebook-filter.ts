import type { ChannelInput } from '../../../../shared/contract';
import type { HighlightColor, NoteFilter, NotebookGrouping } from '../../../../shared/domain';

/** What the notebook's filter bar holds; empty strings mean "any". */
export interface NotebookFilterState {
  query: string;
  color: HighlightColor | '';
  tag: string;
  /** A syllabus topic (its sub-topics included). */
  syllabus: string;
  source: string;
  /** Article dates. */
  from: string;
  to: string;
  article: { id: number; title: string } | null;
  /** A day the notes were written (picked on the heat map). */
  writtenOn: string;
  groupBy: NotebookGrouping;
}

export const EMPTY_NOTEBOOK_FILTER: NotebookFilterState = {
  query: '',
  color: '',
  tag: '',
  syllabus: '',
  source: '',
  from: '',
  to: '',
  article: null,
  writtenOn: '',
  groupBy: 'article',
};

/** The core's filter for the notebook's state (grouping aside). */
export function toNoteFilter(state: NotebookFilterState): NoteFilter {
  const filter: NoteFilter = {};
  const query = state.query.trim();
  if (query !== '') filter.query = query.slice(0, 500);
  if (state.color !== '') filter.color = state.color;
  if (state.tag !== '') filter.tag = state.tag;
  if (state.syllabus !== '') filter.syllabus = state.syllabus;
  if (state.source.trim() !== '') filter.source = state.source.trim();
  if (state.from !== '') filter.from = state.from;
  if (state.to !== '') filter.to = state.to;
  if (state.article) filter.articleId = state.article.id;
  if (state.writtenOn !== '') {
    filter.writtenFrom = state.writtenOn;
    filter.writtenTo = state.writtenOn;
  }
  return filter;
}

export function isFiltered(state: NotebookFilterState): boolean {
  return Object.keys(toNoteFilter(state)).length > 0;
}

type ExportScope = ChannelInput<'exportNotesWithDialog'>;

/**
 * What the Markdown export can take of a filter: all of the notebook's (article, dates, tag, colour,
 * words, source, day written). `complete` is false only for a filter it cannot carry.
 */
export function exportScope(filter: NoteFilter): { scope: ExportScope; complete: boolean } {
  const scope: ExportScope = {};
  if (filter.articleId !== undefined) scope.articleId = filter.articleId;
  if (filter.from !== undefined) scope.from = filter.from;
  if (filter.to !== undefined) scope.to = filter.to;
  if (filter.tag !== undefined) scope.tag = filter.tag;
  if (filter.color !== undefined) scope.color = filter.color;
  if (filter.query !== undefined) scope.query = filter.query;
  if (filter.source !== undefined) scope.source = filter.source;
  if (filter.writtenFrom !== undefined) scope.writtenFrom = filter.writtenFrom;
  if (filter.writtenTo !== undefined) scope.writtenTo = filter.writtenTo;
  if (filter.syllabus !== undefined) scope.syllabus = filter.syllabus;
  return { scope, complete: Object.keys(scope).length === Object.keys(filter).length };
}
