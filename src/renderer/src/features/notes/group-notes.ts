import type { NoteEntry } from '../../../../shared/domain';

export interface NoteGroup {
  articleId: number;
  title: string;
  date: string | null;
  tags: string[];
  notes: NoteEntry[];
}

/** Notes grouped by their article, groups and notes in the order the core listed them. */
export function groupNotesByArticle(entries: readonly NoteEntry[]): NoteGroup[] {
  const groups = new Map<number, NoteGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.articleId);
    if (!group) {
      group = {
        articleId: entry.articleId,
        title: entry.articleTitle,
        date: entry.articleDate,
        tags: entry.articleTags,
        notes: [],
      };
      groups.set(entry.articleId, group);
    }
    group.notes.push(entry);
  }
  return [...groups.values()];
}
