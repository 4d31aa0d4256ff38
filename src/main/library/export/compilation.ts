import { createHash } from 'node:crypto';
import { HIGHLIGHT_LABELS, type Annotation, type Block, type HighlightColor } from '../../../shared/domain';
import { articleFilterSql } from '../db/articles';
import * as annotations from '../db/annotations';
import { noteFilterSql } from '../db/annotations';
import * as blocks from '../db/blocks';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { localToday, MONTH_NAMES } from '../../../shared/dates';
import { tableRows } from '../../../shared/table-rows';
import { getStudySettings } from '../notes/study-settings';
import { articleHeadings } from '../syllabus/export-topics';
import type { TopicLanguage } from '../syllabus/tree';

/** A highlighted part of a block's text. */
export interface TextSpan {
  start: number;
  end: number;
  color: HighlightColor | null;
}

/** Which articles an export takes: every field narrows it; none means the whole library. */
export interface ExportScope {
  /** First day, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to?: string;
  tag?: string;
  /** Only articles with a note of this colour (and, for `notes`, only those notes). */
  color?: HighlightColor;
  /** A selection of articles (one article is a selection of one). */
  articleIds?: number[];
  /** The notebook's filters: the article's source (exactly), words every note must hold, days written. */
  source?: string;
  query?: string;
  writtenFrom?: string;
  writtenTo?: string;
  /** Only articles on this syllabus topic or a topic under it (`gs3.environment`). */
  syllabus?: string;
}

/** True when the scope narrows the notes themselves (not only the articles). */
function narrowsNotes(scope: ExportScope): boolean {
  return Boolean(scope.color || scope.query?.trim() || scope.writtenFrom || scope.writtenTo);
}

/** The SQL narrowing notes (`n`) as the scope does: colour, words, days written (the notebook's own SQL). */
function noteClauses(scope: ExportScope): { clauses: string[]; params: Record<string, unknown> } {
  return noteFilterSql({
    color: scope.color,
    query: scope.query,
    writtenFrom: scope.writtenFrom,
    writtenTo: scope.writtenTo,
  });
}

/** Whether a note is in the scope: the same test as `noteClauses`, for notes already read. */
function noteInScope(
  note: Pick<Annotation, 'color' | 'note' | 'quote' | 'createdAt'>,
  scope: ExportScope,
): boolean {
  if (scope.color && note.color !== scope.color) return false;
  const words = (scope.query ?? '').split(/\s+/).filter(Boolean).slice(0, 20);
  const text = `${note.note}\n${note.quote}`.toLowerCase();
  if (!words.every((w) => text.includes(w.toLowerCase()))) return false;
  const written = localToday(new Date(note.createdAt));
  if (scope.writtenFrom && written < scope.writtenFrom) return false;
  if (scope.writtenTo && written > scope.writtenTo) return false;
  return true;
}

/** `articles`: every block of each article with its notes; `notes`: only the annotated blocks. */
export type ExportContent = 'articles' | 'notes';

/**
 * How the table of contents of a compilation is grouped. `syllabus`: the articles (and their notes)
 * printed under their syllabus headings, in the syllabus's order: the Mains revision compilation.
 */
export type TocGrouping = 'date' | 'tag' | 'syllabus';

/** The heading an article is printed under when grouped by syllabus topic. */
export const NOT_ON_SYLLABUS = 'Not on the syllabus';

/** A row of a table that has notes of its own: the item shows that row (under the table's header). */
export interface CompiledRow {
  /** The row's line in the table's text (0 = the header). */
  index: number;
  cells: string[];
  /** The header's cells, for context; null when the row is the header. */
  header: string[] | null;
}

/** One block of an exported article (or one row of a table), with the notes on it. */
export interface CompiledItem {
  /** The block, or null when the block is gone and only the note (with its quote) is left. */
  block: Block | null;
  /** Set when the item is one row of the table `block`: its notes are on that row, `text` is the row. */
  row?: CompiledRow;
  /** The text shown: the block's text, or the note's quote when the block is gone. */
  text: string;
  annotations: Annotation[];
  /** The strongest colour among the notes on the whole block, if any (the whole text is highlighted). */
  color: HighlightColor | null;
  /** Highlighted words (span notes), as `[start, end)` ranges in `text`, sorted and not overlapping. */
  spans: TextSpan[];
  /** Stable across exports, libraries and restores: derived from the article's title, date and this text. */
  guid: string;
}

export interface CompiledArticle {
  id: number;
  title: string;
  date: string | null;
  dateText: string | null;
  source: string | null;
  url: string | null;
  /** Source tags, then user tags, without duplicates. */
  tags: string[];
  items: CompiledItem[];
  noteCount: number;
  /** Grouped by syllabus: the article's main topic's path (`GS Paper 3 › Environment`), or null. */
  syllabusHeading?: string | null;
}

/** What one export holds, in the order it is printed: oldest article first. */
export interface Compilation {
  title: string;
  /** One line saying what is in it: range, tag, colour, selection. */
  description: string;
  content: ExportContent;
  grouping: TocGrouping;
  /** The day the export was made, `YYYY-MM-DD`. */
  exportedOn: string;
  articles: CompiledArticle[];
  noteCount: number;
  /** What the user calls each colour (study settings: "PYQ link" for Doubt); every format prints these. */
  colorNames: Record<HighlightColor, string>;
}

export interface CompileOptions {
  content?: ExportContent;
  grouping?: TocGrouping;
  /** Replaces the title made from the scope. */
  title?: string;
  exportedOn: string;
  /** The language of the syllabus headings (grouped by syllabus); English when absent. */
  language?: TopicLanguage;
  /**
   * False: each item's `guid` is left empty, for the formats that print none (Markdown, DOCX, PDF): a
   * hash of every block of a whole library is a second or more. True when absent (Anki and CSV print it).
   */
  guids?: boolean;
}

interface ArticleRecord {
  id: number;
  title: string;
  date: string | null;
  dateText: string | null;
  source: string | null;
  url: string | null;
}

/** The WHERE clause (and its parameters) picking the articles of an export of `scope`. */
function scopeSql(
  scope: ExportScope,
  content: ExportContent,
): { where: string; params: Record<string, unknown> } {
  const { where, params } = articleFilterSql({
    from: scope.from,
    to: scope.to,
    tag: scope.tag,
    syllabus: scope.syllabus,
  });
  const clauses = where ? [where.replace(/^WHERE /, '')] : [];
  if (scope.articleIds) {
    clauses.push('a.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(scope.articleIds);
  }
  if (scope.source) {
    clauses.push('a.source = @source');
    params.source = scope.source;
  }
  if (content === 'notes' || narrowsNotes(scope)) {
    const notes = noteClauses(scope);
    clauses.push(
      `EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id${notes.clauses.map((c) => ` AND ${c}`).join('')})`,
    );
    Object.assign(params, notes.params);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const ARTICLE_ORDER = 'ORDER BY a.date IS NULL, a.date, a.id';

/**
 * Grouped by syllabus: each article gets its main topic's heading, and the articles are put in the
 * syllabus's order (oldest first under each heading; those on no topic last). Otherwise unchanged.
 */
function underHeadings<T extends { id: number }>(
  db: Db,
  articles: T[],
  grouping: TocGrouping | undefined,
  under: string | undefined,
  language: TopicLanguage | undefined,
): Array<T & { syllabusHeading?: string | null }> {
  if (grouping !== 'syllabus') return articles;
  const headings = articleHeadings(
    db,
    articles.map((a) => a.id),
    under,
    language,
  );
  const order = (a: T) => headings.get(a.id)?.order ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: the date order stays under each heading.
  return articles
    .map((a) => ({ ...a, syllabusHeading: headings.get(a.id)?.path ?? null }))
    .sort((x, y) => order(x) - order(y));
}

/** Called after each article is read, with how many are done of how many (for a job's progress). */
export type CompileProgress = (done: number, total: number) => void;

/**
 * An export's compilation read article by article: the header and the counts first, each article
 * read from the database only when the writer reaches it, so that exporting a whole library holds
 * one article in memory at a time (all of them took 2.5 GB at 50,000 articles). The articles can be
 * gone through once.
 */
export interface CompilationStream extends Omit<Compilation, 'articles'> {
  articleCount: number;
  /** The articles in print order. */
  articles: Iterable<CompiledArticle>;
}

/** A compilation already in memory as a stream, for the writers that take one. */
export function streamOf(c: Compilation): CompilationStream {
  return { ...c, articleCount: c.articles.length };
}

/** The articles of an export in print order (by syllabus heading when grouped so), before their blocks are read. */
function articleRecords(
  db: Db,
  scope: ExportScope,
  options: CompileOptions,
): Array<ArticleRecord & { syllabusHeading?: string | null }> {
  const { where, params } = scopeSql(scope, options.content ?? 'articles');
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.date, a.date_text AS dateText, a.source, a.url FROM articles a
        ${where} ${ARTICLE_ORDER}`,
    )
    .all(params) as ArticleRecord[];
  return underHeadings(db, rows, options.grouping, scope.syllabus, options.language);
}

/** The title and description of an export of these articles (in print order). */
function heading(
  scope: ExportScope,
  options: CompileOptions,
  articles: ReadonlyArray<{ title: string; date: string | null }>,
  colorNames: Record<HighlightColor, string>,
): Pick<Compilation, 'title' | 'description' | 'content' | 'grouping' | 'exportedOn' | 'colorNames'> {
  const content = options.content ?? 'articles';
  // Grouped by syllabus the articles are not in date order: the range is the oldest to the newest.
  const dated = articles
    .map((a) => a.date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    title:
      options.title?.trim() || defaultTitle(scope, content, articles.length, articles[0]?.title, colorNames),
    description: describeScope(scope, dated[0], dated.at(-1), colorNames),
    content,
    grouping: options.grouping ?? 'date',
    exportedOn: options.exportedOn,
    colorNames,
  };
}

/** Reads what an export of `scope` contains from the database, all of it at once. */
export function compile(
  db: Db,
  scope: ExportScope,
  options: CompileOptions,
  onProgress?: CompileProgress,
): Compilation {
  const records = articleRecords(db, scope, options);
  const articles = [...compiledArticles(db, records, scope, options, onProgress)];
  return {
    ...heading(scope, options, articles, getStudySettings(db).colorNames),
    articles,
    noteCount: articles.reduce((sum, a) => sum + a.noteCount, 0),
  };
}

/**
 * Reads an export of `scope` as a stream: the same compilation as `compile`'s, each article read as the
 * stream reaches it (`onProgress` then). Its note count is known before any article is read: counted in
 * SQL, or, when the scope narrows the notes themselves, by the very test each article's notes pass.
 */
export function compileStream(
  db: Db,
  scope: ExportScope,
  options: CompileOptions,
  onProgress?: CompileProgress,
): CompilationStream {
  const records = articleRecords(db, scope, options);
  return {
    ...heading(scope, options, records, getStudySettings(db).colorNames),
    articleCount: records.length,
    noteCount: streamNoteCount(db, scope, options.content ?? 'articles'),
    articles: compiledArticles(db, records, scope, options, onProgress),
  };
}

/** Each of `records` read and compiled when it is reached, in their order. */
function* compiledArticles(
  db: Db,
  records: readonly ArticleRecord[],
  scope: ExportScope,
  options: CompileOptions,
  onProgress: CompileProgress | undefined,
): Generator<CompiledArticle> {
  for (let i = 0; i < records.length; i++) {
    yield compileArticle(db, records[i]!, options.content ?? 'articles', scope, options.guids ?? true);
    onProgress?.(i + 1, records.length);
  }
}

/** The notes a streamed export will hold: `compile`'s sum of each article's notes, counted beforehand. */
function streamNoteCount(db: Db, scope: ExportScope, content: ExportContent): number {
  if (content === 'articles' || !narrowsNotes(scope)) return scopeNoteCount(db, scope, 'articles');
  // The notes of the scope's articles that pass `noteInScope` (SQL's LIKE folds only ASCII letters' case).
  const { where, params } = scopeSql(scope, content);
  const notes = db
    .prepare(
      `SELECT n.color, n.note, n.quote, n.created_at AS createdAt FROM annotations n
        WHERE n.article_id IN (SELECT a.id FROM articles a ${where})`,
    )
    .iterate(params) as IterableIterator<Pick<Annotation, 'color' | 'note' | 'quote' | 'createdAt'>>;
  let count = 0;
  for (const note of notes) if (noteInScope(note, scope)) count += 1;
  return count;
}

/**
 * The start of an export for its preview: the title, the description and the counts of the whole
 * export (counted in SQL), with only the first `limit` articles read. Answers in milliseconds however
 * large the library is (compiling everything to show twenty articles took 20 s at 50,000 articles).
 */
export function compileHead(
  db: Db,
  scope: ExportScope,
  options: CompileOptions,
  limit: number,
  counts: ScopeCounts = scopeCounts(db, scope, options.content ?? 'articles'),
): Compilation & { articleCount: number } {
  const content = options.content ?? 'articles';
  const { where, params } = scopeSql(scope, content);
  const colorNames = getStudySettings(db).colorNames;
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.date, a.date_text AS dateText, a.source, a.url FROM articles a
        ${where} ${ARTICLE_ORDER} LIMIT @limit`,
    )
    .all({ ...params, limit }) as ArticleRecord[];
  const articles = underHeadings(
    db,
    rows.map((row) => compileArticle(db, row, content, scope, options.guids ?? true)),
    options.grouping,
    scope.syllabus,
    options.language,
  );
  return {
    title:
      options.title?.trim() || defaultTitle(scope, content, counts.articles, articles[0]?.title, colorNames),
    description: describeScope(scope, counts.first ?? undefined, counts.last ?? undefined, colorNames),
    content,
    grouping: options.grouping ?? 'date',
    exportedOn: options.exportedOn,
    articles,
    articleCount: counts.articles,
    noteCount: counts.notes,
    colorNames,
  };
}

/** How much an export's scope holds: its articles (with their first and last dates) and its notes. */
export interface ScopeCounts {
  articles: number;
  first: string | null;
  last: string | null;
  notes: number;
}

/** The articles of an export's scope, counted, with their first and last dates. */
export function scopeArticleCounts(
  db: Db,
  scope: ExportScope,
  content: ExportContent,
): Omit<ScopeCounts, 'notes'> {
  const { where, params } = scopeSql(scope, content);
  return db
    .prepare(
      `SELECT count(*) AS articles, min(a.date) AS first, max(a.date) AS last FROM articles a ${where}`,
    )
    .get(params) as Omit<ScopeCounts, 'notes'>;
}

/** The notes an export counts: every note of its articles, or only those in scope for `notes`. */
export function scopeNoteCount(db: Db, scope: ExportScope, content: ExportContent): number {
  const { where, params } = scopeSql(scope, content);
  const noteColor =
    content === 'notes'
      ? noteClauses(scope)
          .clauses.map((c) => ` AND ${c}`)
          .join('')
      : '';
  return db
    .prepare(
      `SELECT count(*) FROM annotations n WHERE n.article_id IN (SELECT a.id FROM articles a ${where})${noteColor}`,
    )
    .pluck()
    .get(params) as number;
}

/** Both counts of an export's scope. */
export function scopeCounts(db: Db, scope: ExportScope, content: ExportContent): ScopeCounts {
  return { ...scopeArticleCounts(db, scope, content), notes: scopeNoteCount(db, scope, content) };
}

function compileArticle(
  db: Db,
  row: ArticleRecord,
  content: ExportContent,
  scope: ExportScope,
  guids: boolean,
): CompiledArticle {
  const notes = annotations
    .listArticleAnnotations(db, row.id)
    .filter((n) => content === 'articles' || noteInScope(n, scope));
  const byBlock = new Map<number, Annotation[]>();
  const orphans: Annotation[] = [];
  for (const note of notes) {
    if (note.blockId === null) orphans.push(note);
    else {
      const onBlock = byBlock.get(note.blockId);
      if (onBlock) onBlock.push(note);
      else byBlock.set(note.blockId, [note]);
    }
  }
  const seen = new Map<string, number>();
  const guid = (text: string): string => {
    if (!guids) return '';
    const base = cardGuid(row.title, row.date, text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : cardGuid(row.title, row.date, `${text}\u0000${n}`);
  };
  const items: CompiledItem[] = [];
  for (const block of blocks.listBlocks(db, row.id)) {
    const all = byBlock.get(block.id) ?? [];
    byBlock.delete(block.id);
    // Notes on a table's rows come out as their rows, after the table; the rest stay on the block.
    const rowed = block.kind === 'table' ? rowItems(block, all) : [];
    const onRows = new Set(rowed.flatMap((item) => item.annotations));
    const attached = all.filter((n) => !onRows.has(n));
    if (content === 'articles' || attached.length > 0) {
      items.push({
        block,
        text: block.text,
        annotations: attached,
        color: strongest(attached.filter((n) => n.kind !== 'span')),
        spans: spansOf(block.text, attached),
        guid: guid(block.text),
      });
    }
    for (const item of rowed) items.push({ ...item, guid: guid(item.text) });
  }
  // Notes whose block is gone (or not listed) still come out, with the text they quoted.
  for (const note of [...[...byBlock.values()].flat(), ...orphans]) {
    items.push({
      block: null,
      text: note.quote,
      annotations: [note],
      color: note.color,
      spans: [],
      guid: guid(note.quote),
    });
  }
  const tags = prepared(
    db,
    `SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
      WHERE at.article_id = ? ORDER BY at.origin = 'user', t.name`,
  ).all(row.id) as Array<{ name: string }>;
  return {
    ...row,
    tags: [...new Set(tags.map((t) => t.name))],
    items,
    noteCount: notes.length,
  };
}

/** One item per noted row of a table, in the table's order, each holding that row's notes. */
function rowItems(block: Block, notes: readonly Annotation[]): CompiledItem[] {
  const rows = tableRows(block.text, block.rows);
  const header = rows[0];
  const items: CompiledItem[] = [];
  for (const row of rows) {
    const onRow = notes.filter((n) => n.row === row.index);
    if (onRow.length === 0) continue;
    items.push({
      block,
      row: {
        index: row.index,
        cells: row.cells.map((c) => c.text),
        header: header && header !== row ? header.cells.map((c) => c.text) : null,
      },
      text: row.text,
      annotations: onRow,
      color: strongest(onRow),
      spans: [],
      guid: '',
    });
  }
  return items;
}

/** Where each span note's words are in the text: at its offsets when they still hold, else found by its quote. */
export function spansOf(text: string, notes: readonly Annotation[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const n of notes) {
    if (n.kind !== 'span' || !n.quote) continue;
    let start = n.start ?? -1;
    if (start < 0 || text.slice(start, start + n.quote.length) !== n.quote) start = text.indexOf(n.quote);
    if (start < 0) continue;
    spans.push({ start, end: start + n.quote.length, color: n.color });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Cuts a text into plain and highlighted pieces, in order. */
export function pieces(
  text: string,
  spans: readonly TextSpan[],
): Array<{ text: string; span: TextSpan | null }> {
  const out: Array<{ text: string; span: TextSpan | null }> = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) out.push({ text: text.slice(at, span.start), span: null });
    out.push({ text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), span: null });
  return out;
}

const COLOR_RANK: Record<HighlightColor, number> = { important: 0, doubt: 1, revise: 2, fact: 3 };

function strongest(notes: readonly Annotation[]): HighlightColor | null {
  let best: HighlightColor | null = null;
  for (const n of notes)
    if (n.color && (best === null || COLOR_RANK[n.color] < COLOR_RANK[best])) best = n.color;
  return best;
}

/**
 * A card's identity for Anki: the same bullet of the same article gets the same GUID in every export,
 * from any library (ids and positions are not used, as a re-import or a restore may change them).
 */
export function cardGuid(title: string, date: string | null, text: string): string {
  const digest = createHash('sha256')
    .update(`bulletin-card:1\n${title}\n${date ?? ''}\n${text}`)
    .digest('base64url');
  return `bltn-${digest.slice(0, 20)}`;
}

function defaultTitle(
  scope: ExportScope,
  content: ExportContent,
  articleCount: number,
  firstTitle: string | undefined,
  names: Record<HighlightColor, string> = HIGHLIGHT_LABELS,
): string {
  const parts: string[] = [];
  // A selection: the article's own title when it is one, else how many were chosen.
  if (scope.articleIds?.length === 1 && articleCount === 1 && firstTitle !== undefined)
    parts.push(firstTitle);
  else if (scope.articleIds)
    parts.push(`${scope.articleIds.length} selected ${plural(scope.articleIds.length, 'article')}`);
  if (scope.from || scope.to) parts.push(rangeLabel(scope.from, scope.to));
  if (scope.tag) parts.push(scope.tag);
  if (scope.syllabus) parts.push(scope.syllabus);
  if (scope.color) parts.push(`marked ${names[scope.color]}`);
  const what = content === 'notes' ? 'Notes' : 'Articles and notes';
  return parts.length ? `${what}: ${parts.join(', ')}` : `${what}: whole library`;
}

/** `firstDate`/`lastDate`: the oldest and newest dated articles of the export. */
function describeScope(
  scope: ExportScope,
  firstDate: string | undefined,
  lastDate: string | undefined,
  names: Record<HighlightColor, string> = HIGHLIGHT_LABELS,
): string {
  const parts: string[] = [];
  parts.push(scope.from || scope.to ? rangeLabel(scope.from, scope.to) : 'All dates');
  if (scope.tag) parts.push(`tag ${scope.tag}`);
  if (scope.syllabus) parts.push(`syllabus topic ${scope.syllabus}`);
  if (scope.color) parts.push(`colour ${names[scope.color]}`);
  if (scope.source) parts.push(`source ${scope.source}`);
  if (scope.query?.trim()) parts.push(`notes with “${scope.query.trim()}”`);
  if (scope.writtenFrom || scope.writtenTo)
    parts.push(`written ${rangeLabel(scope.writtenFrom, scope.writtenTo)}`);
  if (scope.articleIds)
    parts.push(`${scope.articleIds.length} selected ${plural(scope.articleIds.length, 'article')}`);
  if (firstDate && !(scope.from || scope.to)) parts[0] = rangeLabel(firstDate, lastDate);
  return parts.join(' · ');
}

function rangeLabel(from: string | undefined, to: string | undefined): string {
  if (from && to) return from === to ? from : `${from} to ${to}`;
  if (from) return `from ${from}`;
  return `up to ${to}`;
}

export function plural(n: number, word: string): string {
  return `${word}${n === 1 ? '' : 's'}`;
}

const MONTHS = MONTH_NAMES;

/** "January 2022" for `2022-01-05`; "Undated" for null. */
export function monthLabel(date: string | null): string {
  if (!date) return 'Undated';
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** The table of contents: by month in print order, or by tag (an article under each of its tags). */
export function tableOfContents(c: Compilation): Array<{ heading: string; articles: CompiledArticle[] }> {
  const groups = new Map<string, CompiledArticle[]>();
  const add = (key: string, a: CompiledArticle): void => {
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  };
  if (c.grouping === 'tag') {
    for (const a of c.articles) (a.tags.length ? a.tags : ['Untagged']).forEach((t) => add(t, a));
    return [...groups.entries()]
      .sort(([x], [y]) => (x === 'Untagged' ? 1 : y === 'Untagged' ? -1 : x.localeCompare(y)))
      .map(([heading, articles]) => ({ heading, articles }));
  }
  if (c.grouping === 'syllabus') {
    for (const a of c.articles) add(a.syllabusHeading ?? NOT_ON_SYLLABUS, a);
    return [...groups.entries()].map(([heading, articles]) => ({ heading, articles }));
  }
  for (const a of c.articles) add(monthLabel(a.date), a);
  return [...groups.entries()].map(([heading, articles]) => ({ heading, articles }));
}

/** The anchor of an article in HTML and DOCX (bookmark names must start with a letter). */
export function articleAnchor(a: { id: number }): string {
  return `article-${a.id}`;
}
