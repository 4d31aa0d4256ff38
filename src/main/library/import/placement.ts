/**
 * Placing a new article on the syllabus in the parse worker, off the main thread: the keyword matcher
 * and the learned model's prediction were about half of the main thread's work per imported article.
 * The main thread hands each worker the syllabus and a snapshot of the learned model (`ImportPlacement`,
 * from `LibrarySyllabus.importPlacement`); the worker sends the topics with the parsed article
 * (`PlacedTopics`), and the main thread only stores them (`LibrarySyllabus.placeImported`).
 *
 * A new article has no corrections of the student's yet, so its topics depend only on its title, text
 * and source tags, the syllabus and the model: the same inputs give the same topics in either thread.
 */
import { compileSyllabus, suggestTopics, type CompiledSyllabus } from '../syllabus/suggest';
import { TopicModel, type TopicModelSnapshot } from '../syllabus/learned';
import type { Syllabus, TopicSuggestion } from '../syllabus/model';
import type { ArticleTerms } from '../syllabus/text';
import type { ParsedArticle } from './model';

/** What a parse worker needs to place articles: the syllabus in use and the learned model, versioned. */
export interface ImportPlacement {
  /** Changes whenever the syllabus in use changes (an edit, a switch): older placements are not used. */
  syllabusVersion: number;
  syllabus: Syllabus;
  /** Changes with each snapshot of the model. */
  modelVersion: number;
  /** Changes when the model is trained anew (a later snapshot of the same model only adds to it). */
  modelId: number;
  /** Null while the model is being trained (the keywords and source tags place the article then). */
  model: TopicModelSnapshot | null;
}

/** The topics a parse worker chose for a new article, and with what. */
export interface PlacedTopics {
  syllabusVersion: number;
  /** The model snapshot's version, or null when there was no model yet. */
  modelVersion: number | null;
  suggestions: TopicSuggestion[];
}

/**
 * Source tags in the order the library reads them back (`ORDER BY name` on a `COLLATE NOCASE` column:
 * ASCII letters folded, then UTF-8 bytes), one per name as the tags table keeps them: the order of the
 * reasons and of the papers a source names must be the same as a placement on the main thread.
 */
export function storedTagOrder(tags: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of tags) {
    const key = tag.replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (!byKey.has(key)) byKey.set(key, tag);
  }
  return [...byKey.entries()]
    .map(([key, tag]) => ({ bytes: Buffer.from(key, 'utf8'), tag }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map((e) => e.tag);
}

/** A worker's placer: the syllabus compiled and the model rebuilt once, for many articles. */
export class WorkerPlacer {
  private compiled: { version: number; value: CompiledSyllabus } | null = null;
  private model: { id: number; version: number; value: TopicModel } | null = null;
  private placement: ImportPlacement | null = null;

  /** Takes a newer placement (compiling the syllabus only when it changed). */
  use(placement: ImportPlacement): void {
    this.placement = placement;
    if (this.compiled?.version !== placement.syllabusVersion)
      this.compiled = { version: placement.syllabusVersion, value: compileSyllabus(placement.syllabus) };
    const { model, modelId, modelVersion } = placement;
    if (!model) this.model = null;
    else if (this.model?.version === modelVersion) return;
    // A later snapshot of the same model updates this copy in place (no new maps for what it holds).
    else if (this.model?.id === modelId && this.model.value.updateFrom(model))
      this.model = { id: modelId, version: modelVersion, value: this.model.value };
    else this.model = { id: modelId, version: modelVersion, value: TopicModel.fromSnapshot(model) };
  }

  /** True once a placement was given. */
  get ready(): boolean {
    return this.placement !== null;
  }

  /** Places one new article from its analysed terms. */
  place(article: Pick<ParsedArticle, 'title' | 'blocks' | 'tags'>, terms: ArticleTerms): PlacedTopics {
    const { compiled, model, placement } = this;
    if (!compiled || !placement) throw new Error('no syllabus was given to place articles on');
    const suggestions = suggestTopics(
      { title: article.title, blocks: article.blocks.map((b) => b.text), tags: storedTagOrder(article.tags) },
      { syllabus: compiled.value, model: model && model.value.size > 0 ? model.value : undefined },
      terms,
    );
    return {
      syllabusVersion: placement.syllabusVersion,
      modelVersion: model ? model.version : null,
      suggestions,
    };
  }
}
