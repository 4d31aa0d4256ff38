import { yaml } from '../import/lazy';
import { HIGHLIGHT_LABELS, type HighlightColor, type NoteEntry } from '../../../shared/domain';
import { PALETTE } from '../../../shared/palette';
import {
  NOT_ON_SYLLABUS,
  pieces,
  plural,
  streamOf,
  type CompiledArticle,
  type CompiledItem,
  type Compilation,
  type CompilationStream,
} from './compilation';
import { collapsingBlankLines, gathered, type TextOut } from './text-out';

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

/** A colour's label in Markdown: its square from the one palette (Markdown has no colours) and its name. */
export function colorLabel(color: HighlightColor, names: Record<HighlightColor, string>): string {
  return `${PALETTE[color].emoji} **${escapeMarkdown(names[color])}**`;
}

/**
 * Notes as Markdown: per article its title, date and tags, then each annotated block quoted,
 * with its colour and note under it. Articles keep the order of `entries` (newest first).
 */
export function notesToMarkdown(
  entries: readonly NoteEntry[],
  exportedOn: string,
  names: Record<HighlightColor, string> = HIGHLIGHT_LABELS,
): string {
  const articles = new Map<number, NoteEntry[]>();
  for (const entry of entries) {
    const notes = articles.get(entry.articleId);
    if (notes) notes.push(entry);
    else articles.set(entry.articleId, [entry]);
  }
  const out: string[] = [];
  const counts = { notes: entries.length, articles: articles.size };
  writeNotesMarkdown((piece) => out.push(piece), counts, articles.values(), exportedOn, names);
  return out.join('');
}

/**
 * The same document written piece by piece, one part of the notes at a time (`noteEntriesInParts`:
 * whole articles, in order), with the counts worked out before.
 */
export function writeNotesMarkdown(
  write: (text: string) => void,
  counts: { notes: number; articles: number },
  parts: Iterable<readonly NoteEntry[]>,
  exportedOn: string,
  names: Record<HighlightColor, string> = HIGHLIGHT_LABELS,
): void {
  write(notesHead(counts, exportedOn));
  for (const entries of parts) {
    let from = 0;
    for (let i = 1; i <= entries.length; i++) {
      if (i < entries.length && entries[i]!.articleId === entries[from]!.articleId) continue;
      write(articleNotes(entries.slice(from, i), names));
      from = i;
    }
  }
  write('\n');
}

function notesHead(counts: { notes: number; articles: number }, exportedOn: string): string {
  const { notes, articles } = counts;
  return [
    '# Bulletin notes',
    '',
    `Exported ${exportedOn}: ${notes} ${notes === 1 ? 'note' : 'notes'} from ${articles} ${articles === 1 ? 'article' : 'articles'}.`,
  ].join('\n');
}

/** One article's part of the notes document: a blank line, its heading, date and tags, its notes. */
function articleNotes(notes: readonly NoteEntry[], names: Record<HighlightColor, string>): string {
  const first = notes[0]!;
  const out = ['', '', `## ${escapeMarkdown(first.articleTitle)}`, ''];
  out.push(`- Date: ${first.articleDate ?? 'undated'}`);
  out.push(`- Tags: ${first.articleTags.length ? first.articleTags.map(escapeMarkdown).join(', ') : 'none'}`);
  for (const note of notes) {
    out.push('', quote(note.quote), '');
    if (note.color) out.push(colorLabel(note.color, names), '');
    if (note.note.trim()) out.push(note.note.trim(), '');
    if (out.at(-1) === '') out.pop();
  }
  return out.join('\n');
}

// ---- compilations: one file, or one file per article ----

/**
 * Escapes text for Obsidian-flavoured Markdown: CommonMark punctuation, plus `==` (highlight),
 * `%%` (comment), `$` (maths) and `~` (strike-through), and markers that would start a list or heading.
 */
export function escapeObsidian(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|~$])/g, '\\$1')
    .replace(/==/g, '=\\=')
    .replace(/%%/g, '%\\%')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*)(\d+)([.)])(\s)/, '$1$2\\$3$4');
}

const FRONT_MATTER = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

function frontMatter(fields: Record<string, unknown>): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
  return `---\n${yaml().stringify(present, FRONT_MATTER)}---\n`;
}

/** A tag as Obsidian accepts it: letters, digits, marks, `_`, `-` and `/`, with at least one non-digit. */
export function obsidianTag(tag: string): string {
  const cleaned = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '');
  if (cleaned === '') return '';
  return /^\d+$/.test(cleaned) ? `y${cleaned}` : cleaned;
}

function tagList(tags: readonly string[]): string[] {
  return [...new Set(tags.map(obsidianTag).filter(Boolean))];
}

function noteLines(item: CompiledItem, indent: string, names: Record<HighlightColor, string>): string[] {
  const out: string[] = [];
  for (const note of item.annotations) {
    const label = note.color ? colorLabel(note.color, names) : '';
    const body = note.note.trim();
    if (!label && !body && note.kind !== 'span') continue;
    const lines = body ? body.split('\n') : [];
    // A row note's row is printed above it; other highlights quote their words.
    const onRow = note.row !== null && note.row !== undefined;
    const words = note.kind === 'span' && !onRow ? `“${escapeObsidian(note.quote).replace(/\n/g, ' ')}”` : '';
    const first = [label, words, lines.shift() ?? ''].filter(Boolean).join(' · ');
    out.push(`${indent}> ${first}`.trimEnd());
    for (const line of lines) out.push(`${indent}> ${line}`.trimEnd());
  }
  return out;
}

/** The item's text escaped, with highlights as Obsidian's `==…==` (the whole text, or the highlighted words). */
function marked(item: CompiledItem, text = item.text): string {
  const flat = (t: string): string => escapeObsidian(t).replace(/\n/g, ' ');
  if (item.color) return `==${flat(text)}==`;
  return pieces(text, text === item.text ? item.spans : [])
    .map((p) => (p.span && p.text.trim() ? `==${flat(p.text)}==` : flat(p.text)))
    .join('');
}

function itemLines(
  item: CompiledItem,
  headingOffset: number,
  names: Record<HighlightColor, string>,
): string[] {
  const block = item.block;
  if (block === null) {
    return ['', `- ${marked(item)}`, ...noteLines(item, '  ', names)];
  }
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level) + headingOffset);
      return ['', `${'#'.repeat(level)} ${marked(item)}`, ...noteLines(item, '', names)];
    }
    case 'bullet': {
      const indent = '  '.repeat(Math.max(0, block.level));
      const marker = block.listStyle === 'numbered' ? '1.' : '-';
      return [
        `${indent}${marker} ${marked(item)}`,
        ...noteLines(item, `${indent}${' '.repeat(marker.length + 1)}`, names),
      ];
    }
    case 'table': {
      // A noted row comes out alone under the table's header, its cells highlighted.
      const row = item.row;
      const rows = row
        ? [...(row.header ? [row.header] : []), row.cells]
        : (block.rows ?? block.text.split('\n').map((line) => line.split(' | ')));
      const width = Math.max(1, ...rows.map((r) => r.length));
      const cell = (c: string | undefined, mark: boolean): string => {
        const text = escapeObsidian(c ?? '').replace(/\n/g, ' ');
        return mark && text.trim() ? `==${text}==` : text;
      };
      const line = (r: string[], mark = false): string =>
        `| ${Array.from({ length: width }, (_, i) => cell(r[i], mark)).join(' | ')} |`;
      const marks = (r: string[]) => row !== undefined && r === row.cells && item.color !== null;
      const [head = [], ...body] = rows;
      return [
        '',
        line(head, marks(head)),
        `|${' --- |'.repeat(width)}`,
        ...body.map((r) => line(r, marks(r))),
        ...noteLines(item, '', names),
      ];
    }
    case 'quote':
      return ['', `> ${marked(item)}`, ...noteLines(item, '', names)];
    case 'caption':
      return ['', `*${marked(item)}*`, ...noteLines(item, '', names)];
    default:
      return ['', marked(item), ...noteLines(item, '', names)];
  }
}

/** Joins block lines, keeping consecutive bullets (and their notes) in one list. */
function body(
  items: readonly CompiledItem[],
  headingOffset: number,
  names: Record<HighlightColor, string>,
): string[] {
  const out: string[] = [];
  let inList = false;
  for (const item of items) {
    const lines = itemLines(item, headingOffset, names);
    const isBullet = item.block?.kind === 'bullet';
    if (isBullet && !inList) out.push('');
    out.push(...lines);
    inList = isBullet;
  }
  return out;
}

function metaLine(a: CompiledArticle): string {
  const parts = [a.date ?? a.dateText ?? 'Undated'];
  if (a.source) parts.push(escapeObsidian(a.source));
  const tags = tagList(a.tags).map((t) => `#${t}`);
  if (tags.length) parts.push(tags.join(' '));
  return `*${parts.join(' · ')}*`;
}

/** A compilation as one Markdown file: front matter for the whole export, a section per article. */
export function compilationToMarkdown(c: Compilation): string {
  return gathered((out) => writeMarkdown(streamOf(c), out));
}

/** Writes a compilation as one Markdown file (`compilationToMarkdown`), article by article. */
export function writeMarkdown(c: CompilationStream, out: TextOut): void {
  const doc = collapsingBlankLines(out);
  doc.write(
    [
      frontMatter({
        title: c.title,
        exported: c.exportedOn,
        scope: c.description,
        articles: c.articleCount,
        notes: c.noteCount,
      }).trimEnd(),
      '',
      `# ${escapeObsidian(c.title)}`,
      '',
      `${escapeObsidian(c.description)} · ${c.articleCount} ${plural(c.articleCount, 'article')}, ${c.noteCount} ${plural(c.noteCount, 'note')} · exported ${c.exportedOn}`,
    ].join('\n'),
  );
  // Grouped by syllabus (the Mains revision compilation): each topic a `##` heading, its articles `###`.
  const bySyllabus = c.grouping === 'syllabus';
  let heading: string | null = null;
  for (const a of c.articles) {
    const lines: string[] = [];
    if (bySyllabus && (a.syllabusHeading ?? NOT_ON_SYLLABUS) !== heading) {
      heading = a.syllabusHeading ?? NOT_ON_SYLLABUS;
      lines.push('', `## ${escapeObsidian(heading)}`);
    }
    lines.push('', `${bySyllabus ? '###' : '##'} ${escapeObsidian(a.title)}`, '', metaLine(a));
    if (a.url) lines.push('', `<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
    lines.push(...body(a.items, bySyllabus ? 3 : 2, c.colorNames));
    doc.write(`\n${lines.join('\n')}`);
  }
  doc.end();
  out('\n');
}

/** One article as a Markdown note for Obsidian: front matter (title, date, tags, source), then its blocks. */
export function articleToMarkdown(
  a: CompiledArticle,
  names: Record<HighlightColor, string> = HIGHLIGHT_LABELS,
): string {
  const out: string[] = [
    frontMatter({
      title: a.title,
      date: a.date ?? undefined,
      tags: tagList(a.tags),
      source: a.source ?? undefined,
      url: a.url ?? undefined,
      'bulletin-id': a.id,
    }).trimEnd(),
    '',
    `# ${escapeObsidian(a.title)}`,
    '',
    metaLine(a),
    ...body(a.items, 1, names),
  ];
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

// Control characters are exactly what this strips.
// eslint-disable-next-line no-control-regex
const BIDI_AND_INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name for an article: `YYYY-MM-DD Title.md`, safe on Windows, macOS, Linux and in Obsidian links
 * (no `[]#^|` nor path characters), without bidi overrides that could disguise the extension.
 */
export function articleFileName(a: { title: string; date: string | null }): string {
  let name = a.title
    .normalize('NFC')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  name = [...name]
    .slice(0, 100)
    .join('')
    .trim()
    .replace(/[. ]+$/, '');
  if (name === '' || WINDOWS_RESERVED.test(name)) name = `Article${name ? ` ${name}` : ''}`;
  return `${a.date ? `${a.date} ` : ''}${name}.md`;
}

/** The files of a folder export: one per article, names made unique within the export. */
export function compilationToMarkdownFiles(c: Compilation): Array<{ name: string; content: string }> {
  const files: Array<{ name: string; content: string }> = [];
  writeMarkdownFiles(streamOf(c), (name, content) => files.push({ name, content }));
  return files;
}

/** Makes the files of a folder export (`compilationToMarkdownFiles`) one by one, each handed to `file`. */
export function writeMarkdownFiles(
  c: CompilationStream,
  file: (name: string, content: string) => void,
): void {
  const used = new Set<string>();
  for (const a of c.articles) {
    let name = articleFileName(a);
    if (used.has(name.toLowerCase())) name = name.replace(/\.md$/, ` (${a.id}).md`);
    used.add(name.toLowerCase());
    file(name, articleToMarkdown(a, c.colorNames));
  }
}
