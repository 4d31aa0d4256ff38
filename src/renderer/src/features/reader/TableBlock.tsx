import { useT } from '../../i18n';
import { Fragment, useContext, useMemo } from 'react';
import type { Annotation, Block } from '../../../../shared/domain';
import { rowLabel, tableRows, type TableCell, type TableRow } from '../../../../shared/table-rows';
import { Icon } from '../../components/Icon';
import { NoteCard } from '../notes/NoteCard';
import { NoteEditor } from '../notes/NoteEditor';
import { useColorName } from '../settings/study-settings';
import { BlockText } from './BlockText';
import type { EditTarget } from './BlockView';
import { SearchHitsContext } from './search-hits';

interface Props {
  block: Block;
  /** Words highlighted inside cells (offsets in the table's text). */
  spans: readonly Annotation[];
  /** Notes on whole rows, by row. */
  rowNotes: ReadonlyMap<number, readonly Annotation[]> | undefined;
  /** The note open in this table, if any. */
  editing: EditTarget | null;
  /** The row j/k last moved to (the one Tab reaches), if it is in this table. */
  focusedRow: number | null;
  /** The row briefly marked after the reader scrolled to it (opened from a row note). */
  flashRow: number | null;
  picking: boolean;
  onSpan: (annotationId: number) => void;
  onEdit: (target: EditTarget | null) => void;
  onFocusRow: (row: number) => void;
  onAttach: (row: number) => void;
}

/** What of the table's text (spans, search hits) falls in a cell, moved to the cell's own offsets. */
function inCell<T extends { start: number; end: number }>(items: readonly T[], cell: TableCell): T[] {
  return items
    .filter((item) => item.start < cell.end && item.end > cell.start)
    .map((item) => ({ ...item, start: item.start - cell.start, end: item.end - cell.start }));
}

function CellText({
  cell,
  spans,
  hits,
  onSpan,
}: {
  cell: TableCell;
  spans: readonly Annotation[];
  hits: ReadonlyArray<readonly [number, number]> | undefined;
  onSpan: (annotationId: number) => void;
}) {
  const local = useMemo(
    () =>
      inCell(
        spans.map((s) => ({ ...s, start: s.start ?? 0, end: s.end ?? 0 })),
        cell,
      ),
    [spans, cell],
  );
  const localHits = hits
    ?.map(([start, end]) => ({ start, end }))
    .filter((h) => h.start < cell.end && h.end > cell.start)
    .map((h) => [h.start - cell.start, h.end - cell.start] as const);
  return (
    <span className="block__cell-text" data-block-text="" data-text-start={cell.start}>
      <BlockText text={cell.text} spans={local} onSpan={onSpan} hits={localHits} />
    </span>
  );
}

/**
 * A table block, one focusable row per line of its text: each row takes its own note and colour
 * (shown on the row, the note under it), and words in a cell can be highlighted like a bullet's.
 */
export function TableBlock(props: Props) {
  const { block, spans, rowNotes, editing, focusedRow, flashRow, picking } = props;
  const { t } = useT();
  const { onSpan, onEdit, onFocusRow, onAttach } = props;
  const colorName = useColorName();
  const hits = useContext(SearchHitsContext).get(block.id);
  const rows = useMemo(() => tableRows(block.text, block.rows), [block.text, block.rows]);
  const width = Math.max(1, ...rows.map((r) => r.cells.length));
  const header = rows.length > 1 ? rows[0] : undefined;

  const renderRow = (row: TableRow) => {
    const notes = rowNotes?.get(row.index) ?? [];
    const note = notes[0];
    const color = notes.find((n) => n.color)?.color ?? null;
    const label = rowLabel(row);
    const open = editing !== null && editing.row === row.index;
    const withText = notes.filter((n) => n.note.trim() !== '');
    const Cell = row === header ? 'th' : 'td';
    let className = 'table-row';
    if (notes.length > 0) className += ' table-row--annotated';
    if (color) className += ` table-row--colored color--${color}`;
    if (open) className += ' table-row--editing';
    if (row.index === flashRow) className += ' table-row--flash';
    const editingNote =
      open && editing.annotationId !== null
        ? (notes.find((n) => n.id === editing.annotationId) ?? editing.fresh)
        : undefined;
    return (
      <Fragment key={row.index}>
        <tr
          className={className}
          data-testid="table-row"
          data-row={row.index}
          data-color={color ?? undefined}
          tabIndex={focusedRow === row.index ? 0 : -1}
          aria-label={`${t('reader.row.label', { label })}${color ? t('reader.row.marked', { color: colorName(color) }) : ''}${withText.length ? t('reader.row.withNote') : ''}`}
          onFocus={(event) => {
            event.stopPropagation();
            onFocusRow(row.index);
          }}
        >
          {Array.from({ length: width }, (_, c) => {
            const cell = row.cells[c];
            return (
              <Cell key={c} scope={Cell === 'th' ? 'col' : undefined}>
                {cell && <CellText cell={cell} spans={spans} hits={hits} onSpan={onSpan} />}
              </Cell>
            );
          })}
          <td className="table-row__actions">
            {picking ? (
              <button
                type="button"
                className="block__note-button block__note-button--attach"
                data-testid="attach-row-here"
                onClick={() => onAttach(row.index)}
              >
                {t('reader.attachHere')}
              </button>
            ) : (
              <button
                type="button"
                className="block__note-button table-row__note-button"
                data-testid="row-note-button"
                aria-label={note ? t('reader.row.edit', { label }) : t('reader.row.add', { label })}
                aria-expanded={open}
                onClick={() =>
                  onEdit(open ? null : { blockId: block.id, annotationId: note?.id ?? null, row: row.index })
                }
              >
                <Icon name="note" size={12} />
                {note ? t('reader.button.edit') : t('reader.button.note')}
              </button>
            )}
          </td>
        </tr>
        {(open || withText.length > 0) && (
          <tr
            className={`table-row__notes${color ? ` color--${color}` : ''}`}
            data-testid="table-row-notes"
            data-row={row.index}
          >
            <td colSpan={width}>
              {open ? (
                <NoteEditor
                  key={editing.annotationId ?? `row-${row.index}`}
                  blockId={block.id}
                  row={{ index: row.index, label }}
                  annotation={editingNote}
                  onClose={() => onEdit(null)}
                />
              ) : (
                <div className="table-row__cards">
                  {withText.map((annotation) => (
                    <NoteCard
                      key={annotation.id}
                      annotation={annotation}
                      onEdit={() =>
                        onEdit({ blockId: block.id, annotationId: annotation.id, row: row.index })
                      }
                    />
                  ))}
                </div>
              )}
            </td>
            <td className="table-row__actions" aria-hidden="true" />
          </tr>
        )}
      </Fragment>
    );
  };

  return (
    <div className="block__table-wrap">
      <table className="block__table">
        {header && <thead>{renderRow(header)}</thead>}
        <tbody>{rows.filter((r) => r !== header).map(renderRow)}</tbody>
      </table>
    </div>
  );
}
