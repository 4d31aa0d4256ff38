import { useT } from '../../i18n';
import { useContext, type CSSProperties } from 'react';
import type { Annotation, Block } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { NoteCard } from '../notes/NoteCard';
import { NoteEditor } from '../notes/NoteEditor';
import { BlockText } from './BlockText';
import { blockCards, type BlockPreview } from './first-screen';
import { SearchHitsContext } from './search-hits';
import { TableBlock } from './TableBlock';

/**
 * Which note is open: the block's own (`annotationId` null), one of its highlights, or a table row's
 * (`row` set; `annotationId` null while the row has no note yet).
 */
export interface EditTarget {
  blockId: number;
  annotationId: number | null;
  /** A highlight just made, until the article reloads with it. */
  fresh?: Annotation;
  /** Tables: the row (line of the table's text) whose note is open. */
  row?: number | null;
}

interface Props {
  block: Block;
  /** For headings: 2, 3 or 4, the article's own levels shifted so its top level is an h2. */
  headingRank: 2 | 3 | 4;
  /** The note on the whole block. */
  note: Annotation | undefined;
  /** Further notes on the whole block (after a re-anchoring brought them together), each with its card. */
  moreNotes?: readonly Annotation[];
  /** Highlights of words inside the block, in text order. */
  spans: readonly Annotation[];
  /** Tables: the notes on whole rows, by row. */
  rowNotes?: ReadonlyMap<number, readonly Annotation[]>;
  editing: EditTarget | null;
  /** The block j/k last moved to (the one Tab reaches). */
  focused: boolean;
  /** Tables: the row j/k last moved to, when `focused`; null when the table itself is. */
  focusedRow?: number | null;
  /** Briefly marked after the reader scrolled to it (opened from the notebook). */
  flash: boolean;
  /** Tables: the row briefly marked instead, when the note opened was on a row. */
  flashRow?: number | null;
  /** Choosing where an orphaned note goes: each block offers "Attach here". */
  picking: boolean;
  onEdit: (target: EditTarget | null) => void;
  onFocusBlock: (blockId: number, row?: number | null) => void;
  onAttach: (blockId: number, row?: number) => void;
  /** Set in the first frame of a long article: how much of the block to draw (first-screen.ts). */
  preview?: BlockPreview;
}

const NO_MARKS: readonly Annotation[] = [];

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
  const { block, headingRank, note, spans, rowNotes, editing, focused, flash, picking } = props;
  const { onEdit, onFocusBlock, onAttach } = props;
  const { t } = useT();
  const isTable = block.kind === 'table';
  // A row's note opens under its row, inside the table; the block's own below the block.
  const rowEditing = editing !== null && editing.row !== null && editing.row !== undefined ? editing : null;
  const blockEditing = rowEditing ? null : editing;
  const ids = { 'data-testid': 'block', 'data-block-id': block.id, 'data-kind': block.kind };

  const isHeading = block.kind === 'heading';
  const Element = block.kind === 'bullet' ? 'li' : 'div';
  let className = isHeading ? 'block block--heading-row' : `block block--${block.kind}`;
  if (isHeading && headingRank === 4) className += ' block--heading-row-h4';
  if (note) className += ' block--annotated';
  if (note?.color) className += ` color--${note.color}`;
  if (blockEditing) className += ' block--editing';
  if (flash) className += ' block--flash';
  if (picking) className += ' block--picking';
  const style = { '--level': Math.max(0, Math.min(block.level, 6)) } as CSSProperties;
  const editingNote =
    blockEditing === null
      ? undefined
      : blockEditing.annotationId === null
        ? note
        : (spans.find((s) => s.id === blockEditing.annotationId) ??
          props.moreNotes?.find((n) => n.id === blockEditing.annotationId) ??
          blockEditing.fresh);
  // Highlights show in the text, a coloured passage in its colour: only notes with words get a card
  // beside it (a colour alone would add an empty card, doubling a bullet's height).
  const allCards = blockCards(note, props.moreNotes, spans);
  // The first frame of a long article draws some cards only; the rest come in the next (first-screen.ts).
  const cards = props.preview ? allCards.slice(0, props.preview.cards) : allCards;
  const marked = props.preview?.marks === false ? NO_MARKS : spans;

  return (
    <Element
      className={className}
      style={style}
      // A heading keeps the block's marks on the heading element itself (its text is only the heading's).
      {...(isHeading ? { 'data-testid': 'heading-row', 'data-heading-id': block.id } : ids)}
      tabIndex={isHeading ? undefined : focused && (props.focusedRow ?? null) === null ? 0 : -1}
      onFocus={() => onFocusBlock(block.id, null)}
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
              spans={marked}
              onSpan={(id) => onEdit({ blockId: block.id, annotationId: id })}
            />
          ) : isTable ? (
            <TableBlock
              block={block}
              spans={marked}
              rowNotes={rowNotes}
              editing={rowEditing}
              focusedRow={focused ? (props.focusedRow ?? null) : null}
              flashRow={props.flashRow ?? null}
              picking={picking}
              onSpan={(id) => onEdit({ blockId: block.id, annotationId: id })}
              onEdit={onEdit}
              onFocusRow={(row) => onFocusBlock(block.id, row)}
              onAttach={(row) => onAttach(block.id, row)}
            />
          ) : (
            <BlockContent
              block={block}
              spans={marked}
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
            {t('reader.attachHere')}
          </button>
        ) : (
          <button
            type="button"
            className="block__note-button"
            data-testid="add-note"
            aria-label={
              isTable
                ? note
                  ? t('reader.note.editTable')
                  : t('reader.note.addTable')
                : note
                  ? t('reader.note.editPassage')
                  : t('reader.note.addPassage')
            }
            aria-expanded={blockEditing !== null && blockEditing.annotationId === null}
            onClick={() =>
              onEdit(blockEditing?.annotationId === null ? null : { blockId: block.id, annotationId: null })
            }
          >
            <Icon name="note" size={12} />
            {isTable
              ? note
                ? t('reader.button.editTable')
                : t('reader.button.table')
              : note
                ? t('reader.button.edit')
                : t('reader.button.note')}
          </button>
        )}
      </div>
      {blockEditing ? (
        <div className="block__editor">
          <NoteEditor
            key={blockEditing.annotationId ?? 'block'}
            blockId={block.id}
            annotation={editingNote}
            onClose={() => onEdit(null)}
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
                    annotationId: annotation.kind === 'span' || annotation !== note ? annotation.id : null,
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
