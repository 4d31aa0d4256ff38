import { useRef, type CSSProperties } from 'react';
import type { Annotation, Block } from '../../../../shared/domain';
import { NoteCard } from '../notes/NoteCard';
import { NoteEditor } from '../notes/NoteEditor';
import { parseTableText } from './table-text';
import { Icon } from '../../components/Icon';

interface Props {
  block: Block;
  /** For headings: 2, 3 or 4, the article's own levels shifted so its top level is an h2. */
  headingRank: 2 | 3 | 4;
  annotation: Annotation | undefined;
  editing: boolean;
  /** Briefly marked after the reader scrolled to it (opened from the notes view). */
  flash: boolean;
  onEdit: (blockId: number | null) => void;
  onChanged: () => void;
}

function BlockContent({ block }: { block: Block }) {
  switch (block.kind) {
    case 'quote':
      return <blockquote className="block__text block__quote">{block.text}</blockquote>;
    case 'caption':
      return <p className="block__text block__caption">{block.text}</p>;
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
      return <p className="block__text">{block.text}</p>;
  }
}

/** One block of an article as React text, with its highlight, its note and the note editor. */
export function BlockView({ block, headingRank, annotation, editing, flash, onEdit, onChanged }: Props) {
  const noteButton = useRef<HTMLButtonElement>(null);
  const ids = { 'data-testid': 'block', 'data-block-id': block.id, 'data-kind': block.kind };

  if (block.kind === 'heading') {
    const Heading = (['h2', 'h3', 'h4'] as const)[headingRank - 2] ?? 'h4';
    return (
      <Heading className={`block block--heading block--${Heading}`} {...ids}>
        {block.text}
      </Heading>
    );
  }

  const Element = block.kind === 'bullet' ? 'li' : 'div';
  let className = `block block--${block.kind}`;
  if (annotation) className += ' block--annotated';
  if (annotation?.color) className += ` color--${annotation.color}`;
  if (editing) className += ' block--editing';
  if (flash) className += ' block--flash';
  const style = { '--level': Math.max(0, Math.min(block.level, 6)) } as CSSProperties;

  const close = (changed: boolean) => {
    onEdit(null);
    if (changed) onChanged();
    noteButton.current?.focus();
  };

  return (
    <Element
      className={className}
      style={style}
      {...ids}
      data-level={block.kind === 'bullet' ? Math.min(block.level, 2) : undefined}
      data-color={annotation?.color ?? undefined}
    >
      <div className="block__main">
        <div className="block__content">
          <BlockContent block={block} />
        </div>
        <button
          ref={noteButton}
          type="button"
          className="block__note-button"
          data-testid="add-note"
          aria-label={annotation ? 'Edit the note on this passage' : 'Add a note to this passage'}
          aria-expanded={editing}
          onClick={() => onEdit(editing ? null : block.id)}
        >
          <Icon name="note" size={12} />
          {annotation ? 'Edit' : 'Note'}
        </button>
      </div>
      {editing ? (
        <div className="block__editor">
          <NoteEditor blockId={block.id} annotation={annotation} onClose={close} />
        </div>
      ) : (
        annotation && (
          <div className="block__aside">
            <NoteCard annotation={annotation} onEdit={() => onEdit(block.id)} />
          </div>
        )
      )}
    </Element>
  );
}
