import { useT } from '../../i18n';
import { startTransition, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  HIGHLIGHT_COLORS,
  type Annotation,
  type Article,
  type HighlightColor,
} from '../../../../shared/domain';
import { tableRows } from '../../../../shared/table-rows';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useDeleteNote } from '../notes/useDeleteNote';
import { writtenPositions } from '../resume/written-positions';
import { useColorName } from '../settings/study-settings';
import { articleAnnotations } from './article-annotations';
import { groupBlocks } from './block-groups';
import { blockCards, drawWholeAtOnce, firstScreen, nextScreen } from './first-screen';
import { SearchHitsContext } from './search-hits';
import { BlockView, type EditTarget } from './BlockView';
import { HighlightToolbar } from './HighlightToolbar';
import { OrphanNotes } from './OrphanNotes';
import { PickBanner } from './PickBanner';
import { readSelection, useBlockSelection, type BlockSelection } from './useBlockSelection';
import { useFocusOnOpen } from './useFocusOnOpen';
import { useReaderKeys } from './useReaderKeys';
import { blockTextElement, extendWords, moveStart } from './keyboard-selection';
import './blocks.css';
import { useChanges } from '../../data/changes';

/** Where j/k stop: a block, or one row of a table. */
interface Stop {
  blockId: number;
  row: number | null;
}

/** The stops of an article in reading order: every block but headings; a table's body rows instead of the table. */
function readingStops(blocks: Article['blocks']): Stop[] {
  return blocks.flatMap((b): Stop[] => {
    if (b.kind === 'heading') return [];
    if (b.kind !== 'table') return [{ blockId: b.id, row: null }];
    const rows = tableRows(b.text, b.rows);
    // The header is skipped like a heading (its note button is a Tab away), unless it is the only row.
    const body = rows.length > 1 ? rows.slice(1) : rows;
    return body.length > 0
      ? body.map((r) => ({ blockId: b.id, row: r.index }))
      : [{ blockId: b.id, row: null }];
  });
}

interface Props {
  article: Article;
  /** A block to scroll to and mark briefly. */
  focusBlockId: number | null;
  /** The row of that block (a table) to focus, when opened from a row note. */
  focusRow?: number | null;
  /** An orphaned note to place: the reader starts in "choose a passage" mode. */
  reattachId: number | null;
}

/** The article's blocks with their highlights and notes; keyboard and selection driven. */
export function ArticleBody({ article, focusBlockId, focusRow = null, reattachId }: Props) {
  const reportError = useReportError();
  const { announce } = useFeedback();
  const colorName = useColorName();
  const { t } = useT();
  const deleteNote = useDeleteNote();
  const { changed } = useChanges();
  const body = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [focus, setFocus] = useState<Stop | null>(
    focusBlockId === null ? null : { blockId: focusBlockId, row: focusRow },
  );
  const focused = focus?.blockId ?? null;
  const focusedRow = focus?.row ?? null;
  const [pickingId, setPickingId] = useState<number | null>(reattachId);
  const { selection, clear } = useBlockSelection(body);

  const { notes, moreNotes, spans, rows, orphans } = useMemo(() => articleAnnotations(article), [article]);
  const picking = orphans.find((a) => a.id === pickingId) ?? null;
  // The article's top heading level becomes an h2 (the title is the h1), the next an h3, the rest h4.
  const topHeading = useMemo(
    () => Math.min(...article.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)),
    [article.blocks],
  );
  const stops = useMemo(() => readingStops(article.blocks), [article.blocks]);
  // The first frame draws a screen's worth of notes; the rest once every note is here and it is painted.
  const hitCount = useContext(SearchHitsContext).size;
  // Opened at a place (a note, search hits, where the student left off): every block is drawn and laid
  // out at once, so the place is where the earlier visit measured it (blocks.css).
  const [placed] = useState(() =>
    drawWholeAtOnce(
      { blocks: article.blocks, position: writtenPositions.of(article) },
      { focusBlockId, reattachId, hits: hitCount },
    ),
  );
  // 0: the first frame's notes (first-screen.ts); 1: the block it cut short whole; 2: the whole article.
  const [step, setStep] = useState(placed ? 2 : 0);
  const firstFrame = useMemo(
    () =>
      step === 2
        ? null
        : firstScreen(
            article.blocks,
            (id) => blockCards(notes.get(id), moreNotes.get(id), spans.get(id) ?? NO_SPANS).length,
            spans,
          ),
    [step, article.blocks, notes, moreNotes, spans],
  );
  // A first frame that cut nothing short goes straight to the whole article: one render more, not two.
  const cut = (firstFrame?.size ?? 0) > 0;
  // The first reply may hold the first screen's notes only (useArticle.ts): the reader goes on once
  // every note is here, not with the first reply's notes in the frames right after the first paint
  // and again when the rest come. Each step waits for the one before to be painted.
  const complete = article.moreAnnotations === undefined;
  useEffect(() => {
    if (step === 2 || !complete) return;
    let timer: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setStep(cut ? step + 1 : 2)));
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [step, complete, cut]);
  const previews = useMemo(() => {
    if (firstFrame === null || hitCount > 0 || editing !== null) return null;
    return step === 1 ? nextScreen(firstFrame) : firstFrame;
  }, [firstFrame, step, hitCount, editing]);
  useFocusOnOpen(body, focusBlockId, focusRow);

  const focusStop = (stop: Stop) => {
    setFocus(stop);
    const element = body.current?.querySelector<HTMLElement>(`[data-block-id="${stop.blockId}"]`);
    const target =
      stop.row === null
        ? element
        : element?.querySelector<HTMLElement>(`[data-testid="table-row"][data-row="${stop.row}"]`);
    target?.focus();
  };
  const setFocused = (blockId: number, row: number | null = null) => setFocus({ blockId, row });
  const rowNote = (blockId: number, row: number) => rows.get(blockId)?.get(row)?.[0];
  const inReader = () => {
    const active = document.activeElement;
    return !active || active === document.body || body.current?.contains(active) === true;
  };

  /** The focused passage's text, for Shift+arrows (a table's rows are coloured whole, not by words). */
  const focusedText = () => {
    if (focused === null || focusedRow !== null || !inReader()) return null;
    const element = body.current?.querySelector(`[data-block-id="${focused}"]`);
    return element?.getAttribute('data-kind') === 'table' ? null : blockTextElement(element);
  };

  const edit = (target: EditTarget | null) => {
    setEditing(target);
    if (target) setFocused(target.blockId, target.row ?? null);
  };
  const editRow = (blockId: number, row: number) =>
    edit({ blockId, annotationId: rowNote(blockId, row)?.id ?? null, row });
  // When an editor closes it takes the focus with it: give it back to its block (or row), so j/k go on from there.
  const lastEdited = useRef<Stop | null>(null);
  useEffect(() => {
    if (editing) {
      lastEdited.current = { blockId: editing.blockId, row: editing.row ?? null };
      return;
    }
    const stop = lastEdited.current;
    lastEdited.current = null;
    if (stop !== null && (document.activeElement === document.body || !document.activeElement)) {
      const element = body.current?.querySelector<HTMLElement>(`[data-block-id="${stop.blockId}"]`);
      const row =
        stop.row === null
          ? null
          : element?.querySelector<HTMLElement>(`[data-testid="table-row"][data-row="${stop.row}"]`);
      (row ?? element)?.focus();
    }
  }, [editing]);

  const highlight = (words: BlockSelection, color: HighlightColor | null, withNote: boolean) => {
    api
      .saveHighlight({
        blockId: words.blockId,
        start: words.start,
        end: words.end,
        ...(color ? { color } : {}),
      })
      .then((saved) => {
        clear();
        void changed('notes');
        if (withNote) edit({ blockId: words.blockId, annotationId: saved.id, fresh: saved });
        announce(
          color
            ? t('reader.announce.highlighted', { color: colorName(color) })
            : t('reader.announce.highlightedNote'),
        );
      }, reportError);
  };

  const setBlockColor = (blockId: number, color: HighlightColor) => {
    const current = notes.get(blockId);
    const next = current?.color === color ? null : color;
    if (next === null && current && current.note.trim() === '') {
      void deleteNote(current.id, t('reader.announce.highlightRemoved'));
      return;
    }
    api.saveAnnotation({ blockId, color: next }).then(() => {
      void changed('notes');
      announce(
        next ? t('reader.announce.marked', { color: colorName(next) }) : t('reader.announce.colorRemoved'),
      );
    }, reportError);
  };

  const setRowColor = (blockId: number, row: number, color: HighlightColor) => {
    const current = rowNote(blockId, row);
    const next = current?.color === color ? null : color;
    if (next === null && current && current.note.trim() === '') {
      void deleteNote(current.id, t('reader.announce.rowColorRemoved'));
      return;
    }
    const saved = current
      ? api.updateAnnotation({ id: current.id, color: next })
      : api.saveHighlight({ blockId, row, color: next });
    saved.then(() => {
      void changed('notes');
      announce(
        next
          ? t('reader.announce.rowMarked', { color: colorName(next) })
          : t('reader.announce.rowColorRemoved'),
      );
    }, reportError);
  };

  const attach = (blockId: number, row?: number) => {
    if (!picking) return;
    api.reattachAnnotation({ id: picking.id, blockId, ...(row === undefined ? {} : { row }) }).then(() => {
      setPickingId(null);
      void changed('notes');
      announce(t('reader.announce.reattached'));
    }, reportError);
  };

  useReaderKeys({
    move: (delta) => {
      // j/k step over headings (Tab reaches a heading's note button) and through a table's rows;
      // from a heading, or a table focused as a whole, they go on from there.
      const order = new Map(article.blocks.map((b, i) => [b.id, i]));
      const rank = (s: Stop) => (order.get(s.blockId) ?? -1) * 1e6 + (s.row ?? -1);
      let next: Stop | undefined;
      if (focus === null) next = delta > 0 ? stops[0] : stops.at(-1);
      else {
        const here = rank(focus);
        next =
          delta > 0 ? stops.find((s) => rank(s) > here) : [...stops].reverse().find((s) => rank(s) < here);
        if (next === undefined && stops.some((s) => rank(s) === here)) next = focus;
      }
      if (next !== undefined) focusStop(next);
    },
    openNote: () => {
      // Read the selection now: a key pressed right after selecting may come before the selection event.
      const words = readSelection(body.current);
      if (words) highlight(words, null, true);
      else if (focused !== null && inReader()) {
        if (focusedRow !== null) editRow(focused, focusedRow);
        else edit({ blockId: focused, annotationId: null });
      }
    },
    color: (index) => {
      const color = HIGHLIGHT_COLORS[index];
      if (!color) return;
      const words = readSelection(body.current);
      if (words) highlight(words, color, false);
      else if (focused !== null && inReader()) {
        if (focusedRow !== null) setRowColor(focused, focusedRow, color);
        else setBlockColor(focused, color);
      }
    },
    selectWords: (direction) => {
      const text = focusedText();
      return text !== null && extendWords(text, direction);
    },
    selectStart: (direction) => {
      const text = focusedText();
      return text !== null && moveStart(text, direction);
    },
    remove: () => {
      if (focused === null || !inReader()) return;
      const note = focusedRow !== null ? rowNote(focused, focusedRow) : notes.get(focused);
      if (note) void deleteNote(note.id);
    },
    enter: () => {
      if (focused === null) return false;
      if (picking) attach(focused, focusedRow ?? undefined);
      else if (focusedRow !== null) editRow(focused, focusedRow);
      else edit({ blockId: focused, annotationId: null });
      return true;
    },
    escape: () => {
      if (selection) clear();
      else if (picking) {
        setPickingId(null);
        announce(t('reader.announce.reattachCancelled'));
      } else if (editing) edit(null);
      else return false;
      return true;
    },
  });

  const startPicking = (annotation: Annotation) => {
    setPickingId(annotation.id);
    announce(t('reader.announce.choose'));
    body.current?.closest('.reader-scroll')?.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const render = (block: Article['blocks'][number]) => (
    <BlockView
      key={block.id}
      block={block}
      headingRank={Math.max(2, Math.min(4, 2 + block.level - topHeading)) as 2 | 3 | 4}
      note={notes.get(block.id)}
      moreNotes={moreNotes.get(block.id)}
      spans={spans.get(block.id) ?? NO_SPANS}
      rowNotes={rows.get(block.id)}
      editing={editing?.blockId === block.id ? editing : null}
      focused={focus === null ? block.id === stops[0]?.blockId : focused === block.id}
      focusedRow={
        focus === null ? (block.id === stops[0]?.blockId ? (stops[0]?.row ?? null) : null) : focusedRow
      }
      flash={focusBlockId === block.id && focusRow === null}
      flashRow={focusBlockId === block.id ? focusRow : null}
      picking={picking !== null}
      onEdit={edit}
      onFocusBlock={setFocused}
      onAttach={attach}
      preview={previews?.get(block.id)}
    />
  );

  return (
    <div className={placed ? 'reader__body reader__body--placed' : 'reader__body'} ref={body}>
      {picking && <PickBanner annotation={picking} onCancel={() => setPickingId(null)} />}
      {article.blocks.length === 0 && <p className="reader__nothing">{t('reader.noText')}</p>}
      {groupBlocks(article.blocks).map((group) =>
        group.kind === 'list' ? (
          <ul className="bullet-list" key={`list-${group.blocks[0]!.id}`}>
            {group.blocks.map(render)}
          </ul>
        ) : (
          render(group.block)
        ),
      )}
      {orphans.length > 0 && (
        <OrphanNotes
          orphans={orphans}
          picking={picking}
          onReattach={startPicking}
          onDelete={(annotation) => void deleteNote(annotation.id)}
        />
      )}
      <p className="reader__keys" aria-hidden="true">
        <kbd>{'j'}</kbd>/<kbd>{'k'}</kbd> {t('reader.keys.move')} · <kbd>{'n'}</kbd> {t('reader.keys.note')} ·{' '}
        <kbd>1</kbd>–<kbd>4</kbd> {t('reader.keys.colour')} · <kbd>{'Del'}</kbd> {t('reader.keys.delete')} ·{' '}
        <kbd>{'Esc'}</kbd> {t('reader.keys.close')} · {t('reader.keys.select')}
      </p>
      {selection &&
        !picking &&
        createPortal(
          <HighlightToolbar
            selection={selection}
            onColor={(color) => highlight(selection, color, false)}
            onNote={() => highlight(selection, null, true)}
          />,
          document.body,
        )}
    </div>
  );
}

const NO_SPANS: Annotation[] = [];
