import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import lunr from 'lunr';
import { LibraryError } from '../errors';
import { stripPossessive } from './snippet';

/** What the search index knows of one article. */
export interface SearchDocument {
  id: number;
  title: string;
  tags: string;
  body: string;
  notes: string;
}

export interface RawHit {
  id: number;
  score: number;
  /** The index terms that matched, for highlighting. */
  terms: Set<string>;
}

const FORMAT_VERSION = 1;

/** Field names a user may write in a query, mapped to the index's fields. */
const FIELD_ALIASES: Record<string, string> = { tag: 'tags', note: 'notes', text: 'body' };

/**
 * Full-text search over the library with lunr. The index is derived data: it is rebuilt from the
 * documents whenever the library's content generation moves on, and kept on disk between runs.
 */
export class ArticleSearch {
  private index: lunr.Index | null = null;
  private generation: string | null = null;

  constructor(
    private readonly loadDocuments: () => SearchDocument[],
    private readonly indexFile: string | null,
  ) {}

  /** Answers a query in lunr's syntax; a malformed query throws a LibraryError with a friendly message. */
  query(query: string, currentGeneration: string): RawHit[] {
    const index = this.ready(currentGeneration);
    const rewritten = query.replace(
      /\b(tag|note|text):/gi,
      (_, field: string) => `${FIELD_ALIASES[field.toLowerCase()]}:`,
    );
    let results: lunr.Index.Result[];
    try {
      results = index.search(rewritten);
    } catch (error) {
      throw new LibraryError('invalid-query', friendlyQueryError(query, error));
    }
    return results.map((r) => ({
      id: Number(r.ref),
      score: r.score,
      terms: new Set(Object.keys(r.matchData.metadata)),
    }));
  }

  private ready(currentGeneration: string): lunr.Index {
    if (this.index && this.generation === currentGeneration) return this.index;
    const stored = this.readStored(currentGeneration);
    if (stored) {
      this.index = stored;
    } else {
      this.index = buildIndex(this.loadDocuments());
      this.writeStored(currentGeneration, this.index);
    }
    this.generation = currentGeneration;
    return this.index;
  }

  private readStored(generation: string): lunr.Index | null {
    if (!this.indexFile || !existsSync(this.indexFile)) return null;
    try {
      const stored = JSON.parse(readFileSync(this.indexFile, 'utf8')) as {
        version: number;
        generation: string;
        index: object;
      };
      if (stored.version !== FORMAT_VERSION || stored.generation !== generation) return null;
      return lunr.Index.load(stored.index);
    } catch {
      return null; // a damaged index is rebuilt from the database
    }
  }

  private writeStored(generation: string, index: lunr.Index): void {
    if (!this.indexFile) return;
    const tmp = `${this.indexFile}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: FORMAT_VERSION, generation, index }));
    renameSync(tmp, this.indexFile);
  }
}

function buildIndex(documents: SearchDocument[]): lunr.Index {
  return lunr(function () {
    this.pipeline.before(lunr.trimmer, stripPossessive);
    this.searchPipeline.before(lunr.stemmer, stripPossessive);
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('tags', { boost: 5 });
    this.field('body');
    this.field('notes', { boost: 2 });
    for (const doc of documents) this.add(doc);
  });
}

/** What went wrong in a query, in words a reader understands (lunr's own messages name its tokens). */
function friendlyQueryError(query: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  let detail = 'it is not a query Bulletin can read';
  if (/unrecognised field '([^']*)'/i.test(message)) {
    detail = `“${/unrecognised field '([^']*)'/i.exec(message)![1]}” is not a field; use title:, tags:, body: or note:`;
  } else if (/PRESENCE|found '[+-]'/.test(message))
    detail = 'a + or - must be followed by a word, as in +csto';
  else if (/EDIT_DISTANCE/.test(message)) detail = 'a ~ must follow a word, as in kazakhstan~1';
  else if (/BOOST/.test(message)) detail = 'a ^ must follow a word, as in csto^2';
  else if (/found nothing|expecting term/i.test(message))
    detail = 'a field such as title: must be followed by a word';
  return `Search could not understand “${query.slice(0, 80)}”: ${detail}. Try plain words, +word to require one, -word to exclude one, or title:word.`;
}
