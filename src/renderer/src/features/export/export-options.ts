/** The export dialog's choices, where they start from, and the request they make. Pure, so it is tested. */
import type { ChannelInput } from '../../../../shared/contract';
import { isIsoDay } from '../../../../shared/dates';
import {
  HIGHLIGHT_COLORS,
  type ArticleFilter,
  type ExportFormat,
  type HighlightColor,
} from '../../../../shared/domain';
import { countLabel, formatDay } from '../../format';

export type ExportRequest = ChannelInput<'exportWithDialog'>;
export type PreviewRequest = ChannelInput<'previewExport'>;

/** The filter a view was showing when the dialog was opened (notes view filters, or the library's). */
export interface ExportFilter {
  from?: string;
  to?: string;
  tag?: string;
  color?: HighlightColor;
  /** The notebook's: its search words, the articles' source, the days the notes were written. */
  query?: string;
  source?: string;
  writtenFrom?: string;
  writtenTo?: string;
  /** A syllabus topic (the library list's topic filter). */
  syllabus?: string;
}

/** Where the dialog was opened from; it decides the scope chosen first. */
export interface ExportOrigin {
  article?: { id: number; title: string };
  /** The articles selected in the library list, when there were two or more. */
  selection?: { ids: number[] };
  filter?: ExportFilter;
}

export const SCOPE_KINDS = ['article', 'selection', 'filter', 'dates', 'tag', 'color', 'library'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export type ExportContent = 'notes' | 'articles';
export type TocGrouping = 'date' | 'tag' | 'syllabus';

export interface ExportOptions {
  scope: ScopeKind;
  from: string;
  to: string;
  tag: string;
  color: HighlightColor;
  content: ExportContent;
  format: ExportFormat;
  /** Markdown: one file per article in a folder, instead of one file. */
  markdownFolder: boolean;
  title: string;
  grouping: TocGrouping;
}

export const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  {
    format: 'md',
    label: 'Markdown',
    hint: 'Markdown with front matter, ready to open in Obsidian.',
  },
  {
    format: 'pdf',
    label: 'PDF',
    hint: 'A printable A4 compilation: a cover, contents with page numbers, notes under their bullets.',
  },
  {
    format: 'docx',
    label: 'Word',
    hint: 'The same compilation as a Word document, to edit before printing.',
  },
  {
    format: 'anki',
    label: 'Anki',
    hint: 'A card per annotated bullet, with the note on the back. Exporting again updates the same cards.',
  },
  { format: 'csv', label: 'CSV', hint: 'A row per note, for Excel or Google Sheets.' },
];

/** PDF and Word compilations have a table of contents; the other formats do not. */
export function hasContents(format: ExportFormat): boolean {
  return format === 'pdf' || format === 'docx';
}

/** The library's article filter as an export filter; an undated-only filter cannot be exported as such. */
export function exportFilterOf(
  filter: ArticleFilter & Omit<ExportFilter, keyof ArticleFilter>,
): ExportFilter {
  const out: ExportFilter = {};
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  if (filter.tag) out.tag = filter.tag;
  if (filter.color) out.color = filter.color;
  // The notebook's own filters: the export takes them too, so it holds what the notebook lists.
  if (filter.query?.trim()) out.query = filter.query.trim();
  if (filter.source) out.source = filter.source;
  if (filter.writtenFrom) out.writtenFrom = filter.writtenFrom;
  if (filter.writtenTo) out.writtenTo = filter.writtenTo;
  if (filter.syllabus) out.syllabus = filter.syllabus;
  return out;
}

function isEmptyFilter(filter: ExportFilter | undefined): boolean {
  return !filter || Object.values(filter).every((value) => value === undefined || value === '');
}

/** The selection the dialog was opened on, if any. */
function selectionOf(origin: ExportOrigin): number[] {
  return origin.selection?.ids ?? [];
}

/** The scopes the dialog offers: the article, the selection and the view's filter only when opened on one. */
export function availableScopes(origin: ExportOrigin): ScopeKind[] {
  return SCOPE_KINDS.filter(
    (kind) =>
      (kind !== 'article' || origin.article !== undefined) &&
      (kind !== 'selection' || selectionOf(origin).length > 0) &&
      (kind !== 'filter' || !isEmptyFilter(origin.filter)),
  );
}

/** The first choices: the narrowest scope the dialog was opened on, the filter's values in every field. */
export function initialOptions(origin: ExportOrigin): ExportOptions {
  const filter = origin.filter ?? {};
  return {
    scope: origin.article
      ? 'article'
      : selectionOf(origin).length > 0
        ? 'selection'
        : isEmptyFilter(filter)
          ? 'library'
          : 'filter',
    from: filter.from ?? '',
    to: filter.to ?? '',
    tag: filter.tag ?? '',
    color: filter.color ?? HIGHLIGHT_COLORS[0],
    content: 'notes',
    format: 'md',
    markdownFolder: false,
    title: '',
    grouping: 'date',
  };
}

/** The request the choices make, or the sentence saying what is missing. */
export function exportRequest(
  options: ExportOptions,
  origin: ExportOrigin,
  language: 'en' | 'hi' = 'en',
): { request: ExportRequest } | { problem: string } {
  const scope: Partial<ExportRequest> = {};
  switch (options.scope) {
    case 'article':
      if (!origin.article) return { problem: 'No article is open.' };
      scope.articleIds = [origin.article.id];
      break;
    case 'selection':
      if (selectionOf(origin).length === 0) return { problem: 'No articles are selected.' };
      scope.articleIds = [...selectionOf(origin)];
      break;
    case 'filter':
      Object.assign(scope, origin.filter);
      break;
    case 'dates': {
      const from = options.from.trim();
      const to = options.to.trim();
      if (from !== '' && !isIsoDay(from)) return { problem: 'The start date is not a real day.' };
      if (to !== '' && !isIsoDay(to)) return { problem: 'The end date is not a real day.' };
      if (from === '' && to === '') return { problem: 'Choose a start date, an end date or both.' };
      if (from !== '' && to !== '' && from > to)
        return { problem: 'The start date comes after the end date.' };
      if (from !== '') scope.from = from;
      if (to !== '') scope.to = to;
      break;
    }
    case 'tag':
      if (options.tag.trim() === '') return { problem: 'Choose a tag.' };
      scope.tag = options.tag;
      break;
    case 'color':
      scope.color = options.color;
      break;
    case 'library':
      break;
  }
  const request: ExportRequest = { format: options.format, content: options.content, ...scope };
  const title = options.title.trim();
  if (title !== '') request.title = title;
  if (hasContents(options.format)) request.grouping = options.grouping;
  // Markdown has no contents, but grouped by syllabus its notes go under their topics' headings.
  else if (options.format === 'md' && !options.markdownFolder && options.grouping === 'syllabus')
    request.grouping = 'syllabus';
  if (options.format === 'md' && options.markdownFolder) request.markdownFolder = true;
  // The syllabus headings follow the window's language (the rest of an export is English for now).
  if (request.grouping === 'syllabus' && language === 'hi') request.language = 'hi';
  return { request };
}

/** The same request without its format, for `previewExport`. */
export function previewRequest(request: ExportRequest): PreviewRequest {
  const { format: _format, markdownFolder: _folder, ...rest } = request;
  return rest;
}

/** "Important · GS-2 · 1 Jan 2022 – 31 Jan 2022": the view's filter in words. */
export function describeFilter(
  filter: ExportFilter | undefined,
  colorName: (color: HighlightColor) => string,
): string {
  if (!filter) return 'Everything';
  const parts: string[] = [];
  if (filter.color) parts.push(colorName(filter.color));
  if (filter.tag) parts.push(filter.tag);
  if (filter.syllabus) parts.push(filter.syllabus);
  if (filter.from && filter.to)
    parts.push(
      filter.from === filter.to
        ? formatDay(filter.from)
        : `${formatDay(filter.from)} – ${formatDay(filter.to)}`,
    );
  else if (filter.from) parts.push(`from ${formatDay(filter.from)}`);
  else if (filter.to) parts.push(`until ${formatDay(filter.to)}`);
  if (filter.query) parts.push(`“${filter.query}”`);
  if (filter.source) parts.push(filter.source);
  if (filter.writtenFrom && filter.writtenFrom === filter.writtenTo)
    parts.push(`written ${formatDay(filter.writtenFrom)}`);
  else if (filter.writtenFrom || filter.writtenTo)
    parts.push(`written ${formatDay(filter.writtenFrom ?? null)} – ${formatDay(filter.writtenTo ?? null)}`);
  return parts.length > 0 ? parts.join(' · ') : 'Everything';
}

/** "Saved 3 notes from 2 articles to …": what the finished export says. */
export function savedSentence(result: {
  format: ExportFormat;
  files: string[];
  articles: number;
  notes: number;
  items?: number;
}): string {
  const what =
    result.format === 'anki' && result.items !== undefined
      ? countLabel(result.items, 'card')
      : result.format === 'csv' && result.items !== undefined
        ? countLabel(result.items, 'row')
        : `${countLabel(result.notes, 'note')} from ${countLabel(result.articles, 'article')}`;
  const files = result.files.length > 1 ? ` in ${countLabel(result.files.length, 'file')}` : '';
  return `Saved ${what}${files} to`;
}
