import type { Annotation, Article } from '../../../../shared/domain';

export interface ArticleAnnotations {
  /** Each block's note on the whole block (any annotation that is not a span): the oldest, the one a new
   * note on the block updates. */
  notes: Map<number, Annotation>;
  /**
   * Any further whole-block notes of a block, oldest first. A block normally holds one, but re-anchoring
   * can bring two together; every one of them is shown, none hidden behind the first.
   */
  moreNotes: Map<number, Annotation[]>;
  /** Each block's highlighted spans, in text order (not the notes on whole table rows). */
  spans: Map<number, Annotation[]>;
  /** Each table's notes on whole rows: block id → row (line of the table's text) → its notes, oldest first. */
  rows: Map<number, Map<number, Annotation[]>>;
  /** Notes whose block is gone. */
  orphans: Annotation[];
}

/** Sorts an article's annotations onto its blocks (and a table's rows). */
export function articleAnnotations(article: Pick<Article, 'blocks' | 'annotations'>): ArticleAnnotations {
  const blockIds = new Set(article.blocks.map((b) => b.id));
  const notes = new Map<number, Annotation>();
  const moreNotes = new Map<number, Annotation[]>();
  const spans = new Map<number, Annotation[]>();
  const rows = new Map<number, Map<number, Annotation[]>>();
  const orphans: Annotation[] = [];
  for (const annotation of article.annotations) {
    const { blockId } = annotation;
    if (blockId === null || annotation.orphaned || !blockIds.has(blockId)) {
      orphans.push(annotation);
    } else if (annotation.kind === 'span' && annotation.row !== null && annotation.row !== undefined) {
      const table = rows.get(blockId) ?? new Map<number, Annotation[]>();
      table.set(annotation.row, [...(table.get(annotation.row) ?? []), annotation]);
      rows.set(blockId, table);
    } else if (annotation.kind === 'span') {
      const list = spans.get(blockId) ?? [];
      list.push(annotation);
      spans.set(blockId, list);
    } else {
      const first = notes.get(blockId);
      if (!first) notes.set(blockId, annotation);
      else {
        const [older, newer] = first.id < annotation.id ? [first, annotation] : [annotation, first];
        notes.set(blockId, older);
        moreNotes.set(blockId, [...(moreNotes.get(blockId) ?? []), newer]);
      }
    }
  }
  for (const list of moreNotes.values()) list.sort((a, b) => a.id - b.id);
  for (const list of spans.values()) list.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || a.id - b.id);
  return { notes, moreNotes, spans, rows, orphans };
}
