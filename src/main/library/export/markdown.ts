import { HIGHLIGHT_LABELS, type NoteEntry } from '../../../shared/domain';

/** Escapes the characters that would turn an article's text into Markdown or HTML markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
}

/**
 * Notes as Markdown: per article its title, date and tags, then each annotated block quoted,
 * with its colour and note under it. Articles keep the order of `entries` (newest first).
 */
export function notesToMarkdown(entries: readonly NoteEntry[], exportedOn: string): string {
  const articles = new Map<number, NoteEntry[]>();
  for (const entry of entries) articles.set(entry.articleId, [...(articles.get(entry.articleId) ?? []), entry]);
  const out: string[] = [
    '# Bulletin notes',
    '',
    `Exported ${exportedOn}: ${entries.length} ${entries.length === 1 ? 'note' : 'notes'} from ${articles.size} ${articles.size === 1 ? 'article' : 'articles'}.`,
  ];
  for (const notes of articles.values()) {
    const first = notes[0]!;
    out.push('', `## ${escapeMarkdown(first.articleTitle)}`, '');
    out.push(`- Date: ${first.articleDate ?? 'undated'}`);
    out.push(`- Tags: ${first.articleTags.length ? first.articleTags.map(escapeMarkdown).join(', ') : 'none'}`);
    for (const note of notes) {
      out.push('', quote(note.quote), '');
      if (note.color) out.push(`**${HIGHLIGHT_LABELS[note.color]}**`, '');
      if (note.note.trim()) out.push(note.note.trim(), '');
      if (out.at(-1) === '') out.pop();
    }
  }
  return `${out.join('\n')}\n`;
}
