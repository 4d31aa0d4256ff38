import { useContext, type CSSProperties } from 'react';
import type { Annotation, Block } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { NoteCard } from '../notes/NoteCard';
import { NoteEditor } from '../notes/NoteEditor';
import { BlockText } from './BlockText';
import { SearchHitsContext } from './search-hits';

import { parseTableText } from './table-text';

/** Which note is open: the block's own (`annotationId` null) or one of its highlights. */
export interface EditTarget {
  blockId: number;
  annotationId: number | null;
  /** A highlight just made, until the article reloads with it. */
  fresh?: Annotation;
}

interface Props {
  block: Block;
  /** For headings: 2, 3 or 4, the article's own levels shifted so its top level is an h2. */
  headingRank: 2 | 3 | 4;
  /** The note on the whole block. */
  note: Annotation | undefined;
  /** Highlights of words inside the block, in text order. */
  spans: readonly Annotation[];
  editing: EditTarget | null;
  /** The block j/k last moved to (the one Tab reaches). */
  focused: boolean;
  /** Briefly marked after the reader scrolled to it (opened from the notebook). */
  flash: boolean;
  /** Choosing where an orphaned note goes: each block offers "Attach here". */
  picking: boolean;
  onEdit: (target: EditTarget | null) => void;
  onFocusBlock: (blockId: number) => void;
  onAttach: (blockId: number) => void;
  onChanged: () => void;
}

function BlockContent({
  block,
  spans,
  onSpan,
}: {
  block: Block;
  spans: readonly Annotation[];
  onSpan: (id: number) => void;
}) {
  const hits = useContext(SearchHitsContext).get(block.id);
  const text = <BlockText text={block.text} spans={spans} onSpan={onSpan} hits={hits} />;
  switch (block.kind) {
    case 'quote':
      return (
        <blockquote className="block__text block__quote" data-block-text="">
          {text}
        </blockquote>
      );
    case 'caption':
      return (
        <p className="block__text block__caption" data-block-text="">
          {text}
        </p>
      );
    case 'table':
      return (
        <div className="block__table-wrap">
          <table className="block__table">
            <tbody>
              {parseTableText(block.text).map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (r === 0 ? <th key={c}>{cell}</th> : <td key={c}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    default:
      return (
        <p className="block__text" data-block-text="">
          {text}
        </p>
      );
  }
}

/** A heading as `<h2>`–`<h4>` holding only its (highlightable) text; it is what j/k and Enter work on. */
function HeadingContent({
  block,
  rank,
  ids,
  focused,
  spans,
  onSpan,
}: {
  block: Block;
  rank: 2 | 3 | 4;
  ids: Record<string, string | number>;
  focused: boolean;
  spans: readonly Annotation[];
  onSpan: (id: number) => void;
}) {
  const hits = useContext(SearchHitsContext).get(block.id);
  const Heading = (['h2', 'h3', 'h4'] as const)[rank - 2] ?? 'h4';
  return (
    <Heading
      className={`block__text block--heading block--${Heading}`}
      {...ids}
      data-block-text=""
      tabIndex={focused ? 0 : -1}
    >
      <BlockText text={block.text} spans={spans} onSpan={onSpan} hits={hits} />
    </Heading>
  );
}

/** One block of an article as React text, with its highlights, its notes and the note editor. */
export function BlockView(props: Props) {
  const { block, headingRank, note, spans, editing, focused, flash, picking } = props;
  const { onEdit, onFocusBlock, onAttach, onChanged } = props;
  const ids = { 'data-testid': 'block', 'data-block-id': block.id, 'data-kind': block.kind };

  const isHeading = block.kind === 'heading';
  const Element = block.kind === 'bullet' ? 'li' : 'div';
  let className = isHeading ? 'block block--heading-row' : `block block--${block.kind}`;
  if (isHeading && headingRank === 4) className += ' block--heading-row-h4';
  if (note) className += ' block--annotated';
  if (note?.color) className += ` color--${note.color}`;
  if (editing) className += ' block--editing';
  if (flash) className += ' block--flash';
  if (picking) className += ' block--picking';
  const style = { '--level': Math.max(0, Math.min(block.level, 6)) } as CSSProperties;
  const editingNote =
    editing === null
      ? undefined
      : editing.annotationId === null
        ? note
        : (spans.find((s) => s.id === editing.annotationId) ?? editing.fresh);
  // Highlights show in the text; only those with a note get a card beside it.
  const cards = [...(note ? [note] : []), ...spans.filter((s) => s.note.trim() !== '')];

  return (
    <Element
      className={className}
      style={style}
      // A heading keeps the block's marks on the heading element itself (its text is only the heading's).
      {...(isHeading ? { 'data-testid': 'heading-row', 'data-heading-id': block.id } : ids)}
      tabIndex={isHeading ? undefined : focused ? 0 : -1}
      onFocus={() => onFocusBlock(block.id)}
      data-level={block.kind === 'bullet' ? Math.min(block.level, 2) : undefined}
      data-color={note?.color ?? undefined}
    >
      <div className="block__main">
        <div className="block__content">
          {isHeading ? (
            <HeadingContent
              block={block}
              rank={headingRank}
              ids={ids}
              focused={focused}
              spans={spans}
              onSpan={(id) => onEdit({ blockId: block.id, annotationId: id })}
            />
          ) : (
            <BlockContent
              block={block}
              spans={spans}
              onSpan={(id) => onEdit({ blockId: block.id, annotationId: id })}
            />
          )}
        </div>
        {picking ? (
          <button
            type="button"
            className="block__note-button block__note-button--attach"
            data-testid="attach-here"
            onClick={() => onAttach(block.id)}
          >
            Attach here
          </button>
        ) : (
          <button
            type="button"
            className="block__note-button"
            data-testid="add-note"
            aria-label={note ? 'Edit the note on this passage' : 'Add a note to this passage'}
            aria-expanded={editing !== null && editing.annotationId === null}
            onClick={() =>
              onEdit(editing?.annotationId === null ? null : { blockId: block.id, annotationId: null })
            }
          >
            <Icon name="note" size={12} />
            {note ? 'Edit' : 'Note'}
          </button>
        )}
      </div>
      {editing ? (
        <div className="block__editor">
          <NoteEditor
            key={editing.annotationId ?? 'block'}
            blockId={block.id}
            annotation={editingNote}
            onClose={() => onEdit(null)}
            onChanged={onChanged}
          />
        </div>
      ) : (
        cards.length > 0 && (
          <div className="block__aside">
            {cards.map((annotation) => (
              <NoteCard
                key={annotation.id}
                annotation={annotation}
                onEdit={() =>
                  onEdit({
                    blockId: block.id,
                    annotationId: annotation.kind === 'span' ? annotation.id : null,
                  })
                }
              />
            ))}
          </div>
        )
      )}
    </Element>
  );
}
