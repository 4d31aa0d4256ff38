import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type {
  Annotation,
  Article,
  ArticleFilter,
  ArticleSummary,
  HighlightColor,
  ImportReport,
  NoteEntry,
  NoteFilter,
  SearchHit,
  TagCount,
} from '../../shared/domain';
import { localToday } from '../../shared/dates';
import * as annotations from './db/annotations';
import * as articles from './db/articles';
import * as blocks from './db/blocks';
import { openDatabase, type Db, type OpenOptions } from './db/connection';
import * as settings from './db/settings';
import * as tags from './db/tags';
import { ImportError, LibraryError } from './errors';
import { notesToMarkdown } from './export/markdown';
import { writeFileAtomic } from './files';
import { DEFAULT_LIMITS, parseDocument, type ParsedArticle } from './import';
import { ArticleSearch, type SearchDocument } from './search/article-search';
import { makeSnippet } from './search/snippet';

export const DATABASE_FILE = 'library.sqlite';
const INDEX_FILE = 'search-index.json';

export interface LibraryOptions extends OpenOptions {
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

/** A file to import, as bytes (a dropped file) or as a path on disk. */
export interface ImportSource {
  /** Shown in reports; the path for files on disk. */
  path: string;
  bytes: Uint8Array;
}

export interface SearchOptions extends ArticleFilter {
  limit?: number;
}

export type SearchOutcome = { ok: true; hits: SearchHit[] } | { ok: false; message: string };

/**
 * The library: the one facade over the database, the importers, search, notes and export.
 * The Electron main process, the CLI and the tests all use it the same way.
 */
export class Library {
  private readonly search: ArticleSearch;
  private readonly now: () => Date;

  private constructor(
    readonly dir: string,
    private readonly db: Db,
    options: LibraryOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.search = new ArticleSearch(() => this.searchDocuments(), join(dir, INDEX_FILE));
  }

  /** Opens the library in `dir`, creating the folder and the database on first use. */
  static open(dir: string, options: LibraryOptions = {}): Library {
    mkdirSync(dir, { recursive: true });
    return new Library(dir, openDatabase(join(dir, DATABASE_FILE), options), options);
  }

  close(): void {
    this.db.close();
  }

  /** True until the bundled samples (or anything else) have been put in this library. */
  isNew(): boolean {
    return settings.getSetting(this.db, 'seeded') === undefined && articles.countArticles(this.db) === 0;
  }

  /** Imports the bundled sample articles into a library that has never held anything. */
  seedSamples(samplesDir: string): ImportReport | null {
    if (!this.isNew()) return null;
    const files = readdirSync(samplesDir)
      .filter((f) => !f.startsWith('.'))
      .sort()
      .map((f) => join(samplesDir, f));
    const report = this.importFiles(files);
    settings.setSetting(this.db, 'seeded', this.timestamp());
    return report;
  }

  // ---- import ----

  /** Imports files from disk; one bad file never stops the others. */
  importFiles(paths: readonly string[]): ImportReport {
    const report: ImportReport = { imported: [], duplicates: [], failed: [] };
    for (const path of paths) {
      try {
        const merged = this.importSource({ path, bytes: readImportFile(path) });
        report.imported.push(...merged.imported);
        report.duplicates.push(...merged.duplicates);
      } catch (error) {
        report.failed.push({ path, error: describeImportFailure(path, error) });
      }
    }
    return report;
  }

  /** Imports files handed over as bytes (drag and drop). */
  importSources(sources: readonly ImportSource[]): ImportReport {
    const report: ImportReport = { imported: [], duplicates: [], failed: [] };
    for (const source of sources) {
      try {
        const merged = this.importSource(source);
        report.imported.push(...merged.imported);
        report.duplicates.push(...merged.duplicates);
      } catch (error) {
        report.failed.push({ path: source.path, error: describeImportFailure(source.path, error) });
      }
    }
    return report;
  }

  /** Parses and stores one file in one transaction: all its articles, or none. */
  private importSource(source: ImportSource): Omit<ImportReport, 'failed'> {
    const parsed = parseDocument(basename(source.path), source.bytes, DEFAULT_LIMITS);
    const result: Omit<ImportReport, 'failed'> = { imported: [], duplicates: [] };
    this.db
      .transaction(() => {
        for (const article of parsed) {
          const hash = contentHash(article);
          const existing = articles.findArticleIdByHash(this.db, hash);
          if (existing !== undefined) {
            result.duplicates.push({ path: source.path, id: existing });
            continue;
          }
          const id = this.storeArticle(article, hash, basename(source.path));
          result.imported.push({ id, title: article.title, path: source.path });
        }
        if (result.imported.length > 0) this.touch();
      })
      .immediate();
    return result;
  }

  private storeArticle(article: ParsedArticle, hash: string, originName: string): number {
    const id = articles.insertArticle(
      this.db,
      {
        title: article.title,
        date: article.date,
        dateText: article.dateText,
        source: article.source,
        url: article.url,
        originName,
        contentHash: hash,
      },
      this.timestamp(),
    );
    blocks.insertBlocks(this.db, id, article.blocks);
    for (const tag of article.tags) tags.addArticleTag(this.db, id, tag, 'source');
    return id;
  }

  // ---- reading ----

  listArticles(filter: ArticleFilter = {}): ArticleSummary[] {
    return articles.listArticleSummaries(this.db, filter);
  }

  listTags(): TagCount[] {
    return tags.countTags(this.db);
  }

  getArticle(id: number): Article {
    const row = articles.getArticleRow(this.db, id);
    if (!row) throw new LibraryError('not-found', `There is no article with id ${id}.`);
    const summary = articles.listArticleSummaries(this.db, {}, [id])[0]!;
    return {
      ...summary,
      dateText: row.dateText,
      url: row.url,
      blocks: blocks.listBlocks(this.db, id),
      annotations: annotations.listArticleAnnotations(this.db, id),
    };
  }

  setRead(id: number, read: boolean): void {
    if (!articles.setArticleRead(this.db, id, read ? this.timestamp() : null)) {
      throw new LibraryError('not-found', `There is no article with id ${id}.`);
    }
  }

  // ---- user tags ----

  addUserTag(id: number, tag: string): string[] {
    this.requireArticle(id);
    this.write(() => tags.addArticleTag(this.db, id, tag.trim(), 'user'));
    return tags.listArticleTags(this.db, id, 'user');
  }

  removeUserTag(id: number, tag: string): string[] {
    this.requireArticle(id);
    this.write(() => tags.removeArticleTag(this.db, id, tag.trim(), 'user'));
    return tags.listArticleTags(this.db, id, 'user');
  }

  // ---- search ----

  /** Full-text search in lunr's query syntax, within the date and tag filter, best first. */
  searchArticles(query: string, options: SearchOptions = {}): SearchOutcome {
    if (query.trim() === '') return { ok: true, hits: [] };
    let raw;
    try {
      raw = this.search.query(query, this.generation());
    } catch (error) {
      if (error instanceof LibraryError && error.reason === 'invalid-query') return { ok: false, message: error.message };
      throw error;
    }
    const byId = new Map(raw.map((hit) => [hit.id, hit]));
    const summaries = articles.listArticleSummaries(this.db, options, [...byId.keys()]);
    const hits = summaries
      .map((summary) => ({ summary, hit: byId.get(summary.id)! }))
      .sort((a, b) => b.hit.score - a.hit.score)
      .slice(0, options.limit ?? 50)
      .map(({ summary, hit }) => {
        const texts = [summary.title, ...blocks.listBlocks(this.db, summary.id).map((b) => b.text)];
        const notes = annotations.listArticleAnnotations(this.db, summary.id).map((n) => n.note).filter(Boolean);
        return {
          id: summary.id,
          title: summary.title,
          date: summary.date,
          tags: summary.tags,
          userTags: summary.userTags,
          score: Math.round(hit.score * 1000) / 1000,
          ...makeSnippet([...texts.slice(1), ...notes, texts[0]!], hit.terms),
        };
      });
    return { ok: true, hits };
  }

  private searchDocuments(): SearchDocument[] {
    const notes = annotations.notesTextByArticle(this.db);
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title,
                (SELECT group_concat(text, ' ') FROM (SELECT text FROM blocks WHERE article_id = a.id ORDER BY position)) AS body,
                (SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tags
           FROM articles a`,
      )
      .all() as Array<{ id: number; title: string; body: string | null; tags: string | null }>;
    return rows.map((r) => ({ id: r.id, title: r.title, body: r.body ?? '', tags: r.tags ?? '', notes: notes.get(r.id) ?? '' }));
  }

  // ---- annotations ----

  /** Creates or updates the note and colour of a block; unspecified fields keep their value. */
  saveAnnotation(blockId: number, change: { note?: string; color?: HighlightColor | null }): Annotation {
    const block = blocks.getBlock(this.db, blockId);
    if (!block) throw new LibraryError('not-found', `There is no block with id ${blockId}.`);
    const id = this.write(() => {
      const existing = annotations.findBlockAnnotation(this.db, blockId);
      const now = this.timestamp();
      if (existing) {
        annotations.updateAnnotation(
          this.db,
          existing.id,
          { note: change.note ?? existing.note, color: change.color === undefined ? existing.color : change.color },
          now,
        );
        return existing.id;
      }
      return annotations.insertAnnotation(
        this.db,
        { articleId: block.articleId, blockId, note: change.note ?? '', color: change.color ?? null, quote: block.text },
        now,
      );
    });
    return annotations.getAnnotation(this.db, id)!;
  }

  deleteAnnotation(id: number): void {
    const deleted = this.write(() => annotations.deleteAnnotation(this.db, id));
    if (!deleted) throw new LibraryError('not-found', `There is no note with id ${id}.`);
  }

  listNotes(filter: NoteFilter = {}): NoteEntry[] {
    return annotations.listNoteEntries(this.db, filter);
  }

  // ---- export ----

  /** The notes in scope as a Markdown document. */
  notesMarkdown(filter: NoteFilter = {}): { markdown: string; count: number } {
    const entries = this.listNotes(filter);
    return { markdown: notesToMarkdown(entries, localToday(this.now())), count: entries.length };
  }

  /** Writes the notes in scope to a Markdown file, atomically. */
  exportNotesMarkdown(path: string, filter: NoteFilter = {}): { path: string; count: number } {
    const { markdown, count } = this.notesMarkdown(filter);
    try {
      writeFileAtomic(path, markdown);
    } catch (error) {
      throw new LibraryError('io', `Could not write ${path}: ${(error as Error).message}`);
    }
    return { path, count };
  }

  // ---- internals ----

  private requireArticle(id: number): void {
    if (!articles.getArticleRow(this.db, id)) throw new LibraryError('not-found', `There is no article with id ${id}.`);
  }

  /** Runs a change in a transaction and moves the content generation on, so search sees it. */
  private write<T>(change: () => T): T {
    return this.db
      .transaction(() => {
        const result = change();
        this.touch();
        return result;
      })
      .immediate();
  }

  private touch(): void {
    settings.setSetting(this.db, 'generation', String(Number(this.generation()) + 1));
  }

  private generation(): string {
    return settings.getSetting(this.db, 'generation') ?? '0';
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}

function contentHash(article: ParsedArticle): string {
  const canonical = JSON.stringify([article.title, article.date, article.blocks.map((b) => [b.kind, b.level, b.text])]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Reads a file to import, refusing folders and oversized files before reading them. */
function readImportFile(path: string): Uint8Array {
  const name = basename(path);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ImportError('unreadable', `${name} could not be found (${path}).`);
  }
  if (stat.isDirectory()) throw new ImportError('unsupported', `${name} is a folder, not a file.`);
  if (stat.size > DEFAULT_LIMITS.maxBytes) {
    throw new ImportError(
      'too-large',
      `${name} is too large to import (${(stat.size / 1_000_000).toFixed(1)} MB; the limit is ${(DEFAULT_LIMITS.maxBytes / 1_000_000).toFixed(1)} MB).`,
    );
  }
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ImportError('unreadable', `${name} could not be read: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`);
  }
}

function describeImportFailure(path: string, error: unknown): string {
  if (error instanceof ImportError) return error.message;
  return `${basename(path)} could not be imported: ${(error as Error).message}`;
}
