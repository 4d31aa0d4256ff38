/**
 * What an article contributes to the index, read from the library's tables and analysed into
 * terms with positions, field by field.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { analyseField } from './analyzer';
import { dayNumber, slotOf } from './calendar';
import { UNDATED } from './doc-table';
import { FIELD_COUNT, type FieldPosting } from './postings';

/** Indexed fields, in the order of their bit in a posting's field mask. */
export const FIELDS = ['title', 'tags', 'headings', 'body', 'notes', 'source'] as const;
export type FieldName = (typeof FIELDS)[number];

/** lunr's field boosts: a title match counts ten times a body match. */
export const FIELD_BOOSTS: readonly number[] = [10, 5, 3, 1, 2, 2];

/** Words indexed per field of one article; the rest of a larger field is left out. */
export const MAX_WORDS_PER_FIELD = 100_000;

/** One article, analysed. */
export interface AnalysedDoc {
  id: number;
  day: number;
  slot: number;
  tagIds: number[];
  /** Per field: the number of terms (lunr's field length). */
  lengths: number[];
  /** term → per field (ascending): the field's length and the term's positions, a posting's fields as is. */
  terms: Map<string, FieldPosting[]>;
  truncated: boolean;
}

/** What the rest of the app learns of an article a rebuild indexed (its row in the article table). */
export type BatchDoc = Pick<AnalysedDoc, 'id' | 'day' | 'slot' | 'tagIds'>;

/** An article's texts as the index reads them: per field, its blocks' texts. */
export interface ArticleTexts {
  id: number;
  date: string | null;
  tagIds: number[];
  fields: string[][];
}

/** The statements that read articles for the index, prepared once per connection. */
class TextStatements {
  readonly articles: Database.Statement<[string]>;
  readonly blocks: Database.Statement<[string]>;
  readonly tags: Database.Statement<[string]>;
  readonly notes: Database.Statement<[string]>;

  constructor(db: Db) {
    this.articles = db.prepare(
      `SELECT id, title, date, source FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    );
    this.blocks = db
      .prepare(
        `SELECT article_id AS id, kind, text FROM blocks WHERE article_id IN (SELECT value FROM json_each(?))
          ORDER BY article_id, position`,
      )
      .raw();
    this.tags = db
      .prepare(
        `SELECT DISTINCT at.article_id, t.id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
          WHERE at.article_id IN (SELECT value FROM json_each(?)) ORDER BY at.article_id, t.name`,
      )
      .raw();
    this.notes = db
      .prepare(
        `SELECT article_id, note FROM annotations WHERE article_id IN (SELECT value FROM json_each(?)) AND note <> ''
          ORDER BY id`,
      )
      .raw();
  }
}

const textStatements = new WeakMap<Db, TextStatements>();

/** Reads the texts of some articles; ids with no article are left out. */
export function loadArticleTexts(db: Db, ids: readonly number[]): ArticleTexts[] {
  if (ids.length === 0) return [];
  let statements = textStatements.get(db);
  if (!statements) textStatements.set(db, (statements = new TextStatements(db)));
  const json = JSON.stringify(ids);
  const rows = statements.articles.all(json) as Array<{
    id: number;
    title: string;
    date: string | null;
    source: string | null;
  }>;
  const byId = new Map<number, ArticleTexts>();
  for (const r of rows) {
    const fields: string[][] = Array.from({ length: FIELD_COUNT }, () => []);
    fields[0]!.push(r.title);
    if (r.source) fields[5]!.push(r.source);
    byId.set(r.id, { id: r.id, date: r.date, tagIds: [], fields });
  }
  const blocks = statements.blocks.all(json) as Array<[number, string, string]>;
  for (const [id, kind, text] of blocks) byId.get(id)?.fields[kind === 'heading' ? 2 : 3]!.push(text);
  const tags = statements.tags.all(json) as Array<[number, number, string]>;
  for (const [id, tagId, name] of tags) {
    const doc = byId.get(id);
    if (!doc) continue;
    doc.tagIds.push(tagId);
    doc.fields[1]!.push(name);
  }
  const notes = statements.notes.all(json) as Array<[number, string]>;
  for (const [id, note] of notes) byId.get(id)?.fields[4]!.push(note);
  return [...byId.values()];
}

/** Analyses an article's fields into terms with positions. */
export function analyseArticle(article: ArticleTexts): AnalysedDoc {
  const terms = new Map<string, FieldPosting[]>();
  const lengths: number[] = [];
  let truncated = false;
  article.fields.forEach((texts, field) => {
    const analysed = analyseField(texts, MAX_WORDS_PER_FIELD);
    truncated ||= analysed.truncated;
    const length = analysed.length;
    lengths.push(length);
    for (const [term, positions] of analysed.terms) {
      const entry = terms.get(term);
      if (entry) entry.push({ field, length, positions });
      else terms.set(term, [{ field, length, positions }]);
    }
  });
  return {
    id: article.id,
    day: article.date === null ? UNDATED : dayNumber(article.date),
    slot: slotOf(article.date),
    tagIds: article.tagIds,
    lengths,
    terms,
    truncated,
  };
}

/** Articles read from the library in one go, at most. */
const READ_CHUNK = 64;

/**
 * Reads and analyses articles in chunks sized to a deadline by the cost so far, and keeps the
 * warnings about articles indexed only in part (B-96).
 */
export class ArticleAnalyser {
  /** Average cost of reading and analysing one article, in milliseconds. */
  private msPerArticle = 10;
  readonly warnings: string[] = [];

  constructor(private readonly db: Db) {}

  /** How many articles fit before `deadline` (a `performance.now()` time), between 1 and 64. */
  chunkSize(deadline: number): number {
    const left = deadline - performance.now();
    if (!Number.isFinite(left)) return READ_CHUNK;
    return Math.max(1, Math.min(READ_CHUNK, Math.floor(left / this.msPerArticle)));
  }

  /**
   * Reads articles and hands each to `analyse`, which says whether the article was cut short (the
   * fast path of a fresh rebuild, build-batch.ts); returns how many there were.
   */
  analyseEach(ids: readonly number[], analyse: (article: ArticleTexts) => boolean): number {
    const started = performance.now();
    const articles = loadArticleTexts(this.db, ids);
    for (const article of articles) {
      if (analyse(article) && this.warnings.length < 100) {
        this.warnings.push(`Article ${article.id} is very long; only its first words are searchable.`);
      }
    }
    if (ids.length > 0)
      this.msPerArticle = 0.8 * this.msPerArticle + (0.2 * (performance.now() - started)) / ids.length;
    return articles.length;
  }

  analyse(ids: readonly number[]): AnalysedDoc[] {
    const started = performance.now();
    const docs = loadArticleTexts(this.db, ids).map((texts) => {
      const doc = analyseArticle(texts);
      if (doc.truncated && this.warnings.length < 100) {
        this.warnings.push(`Article ${doc.id} is very long; only its first words are searchable.`);
      }
      return doc;
    });
    if (ids.length > 0)
      this.msPerArticle = 0.8 * this.msPerArticle + (0.2 * (performance.now() - started)) / ids.length;
    return docs;
  }
}
