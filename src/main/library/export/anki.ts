import type { HighlightColor } from '../../../shared/domain';
import { PALETTE } from '../../../shared/palette';
import { pieces, streamOf, type Compilation, type CompilationStream, type CompiledItem } from './compilation';
import { gathered, type TextOut } from './text-out';
import { escapeHtml } from './html';

/**
 * Anki's text import: a header of `#key:value` lines, then one tab-separated note per line. With
 * `#html:true` every field is HTML, so tabs and newlines never need quoting: text is escaped and line
 * breaks become `<br>`. The GUID column lets Anki update a card on re-import instead of duplicating it.
 */

export const ANKI_COLUMNS = ['guid', 'notetype', 'front', 'back', 'tags'] as const;

export interface AnkiOptions {
  /** The deck the cards go to; `::` makes sub-decks. */
  deck?: string;
}

function field(html: string): string {
  return html.replace(/[\t\r\n]+/g, ' ');
}

function textField(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>').replace(/\t/g, ' ');
}

/** A tag as Anki accepts it: no spaces (they separate tags), `::` for hierarchy. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '_').replace(/["]/g, '');
}

function back(
  item: CompiledItem,
  title: string,
  date: string | null,
  names: Record<HighlightColor, string>,
): string {
  const notes = item.annotations
    .filter((n) => n.note.trim() || n.color)
    .map((n) => {
      const label = n.color
        ? `<b style="color: ${PALETTE[n.color].strong}">${escapeHtml(names[n.color])}</b>${n.note.trim() ? ': ' : ''}`
        : '';
      return `${label}${textField(n.note.trim())}`;
    });
  const source = `<small>${escapeHtml(title)}${date ? ` · ${escapeHtml(date)}` : ''}</small>`;
  return [...notes, source].join('<br><br>');
}

/** A table row's card: the row's cells, under the header's in small type for context. */
function rowFront(row: NonNullable<CompiledItem['row']>): string {
  const cells = textField(row.cells.join(' | '));
  return row.header ? `<small>${textField(row.header.join(' | '))}</small><br>${cells}` : cells;
}

/**
 * One note per annotated block (a table's noted row is a card of its own): a Basic card (front the block's text) or, when words of it are highlighted,
 * a Cloze card hiding them; the back holds the notes with the article's title and date.
 */
export function compilationToAnki(
  c: Compilation,
  options: AnkiOptions = {},
): { text: string; cards: number } {
  let cards = 0;
  const text = gathered((out) => {
    cards = writeAnki(streamOf(c), out, options);
  });
  return { text, cards };
}

/** Writes the cards of `compilationToAnki` article by article; returns how many there are. */
export function writeAnki(c: CompilationStream, out: TextOut, options: AnkiOptions = {}): number {
  const deck = (options.deck ?? 'Bulletin').replace(/[\t\r\n]/g, ' ').trim() || 'Bulletin';
  out(
    [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      `#deck:${deck}`,
      `#tags column:${ANKI_COLUMNS.indexOf('tags') + 1}`,
      `#columns:${ANKI_COLUMNS.join('\t')}`,
    ].join('\n'),
  );
  let cards = 0;
  for (const a of c.articles) {
    const articleTags = a.tags.map(ankiTag).filter(Boolean);
    const lines: string[] = [];
    for (const item of a.items) {
      if (item.annotations.length === 0) continue;
      const colours = [
        ...new Set(item.annotations.flatMap((n) => (n.color ? [`bulletin::${n.color}`] : []))),
      ];
      const tags = ['bulletin', ...articleTags, ...colours].join(' ');
      // Highlighted words become a cloze (one card hiding them all); a note on the whole bullet a Basic card.
      const cloze = item.spans.length > 0 && item.color === null;
      const front = cloze
        ? pieces(item.text, item.spans)
            .map((p) =>
              p.span
                ? `{{c1::${textField(p.text).replace(/}}/g, '} }').replace(/::/g, ': :')}}}`
                : textField(p.text),
            )
            .join('')
        : item.row
          ? rowFront(item.row)
          : textField(item.text);
      lines.push(
        [
          item.guid,
          cloze ? 'Cloze' : 'Basic',
          field(front),
          field(back(item, a.title, a.date, c.colorNames)),
          field(tags),
        ].join('\t'),
      );
    }
    if (lines.length > 0) out(`\n${lines.join('\n')}`);
    cards += lines.length;
  }
  out('\n');
  return cards;
}
