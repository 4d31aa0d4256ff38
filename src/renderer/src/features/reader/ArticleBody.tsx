import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  HIGHLIGHT_COLORS,
  type Annotation,
  type Article,
  type HighlightColor,
} from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useDeleteNote } from '../notes/useDeleteNote';
import { useColorName } from '../settings/study-settings';
import { articleAnnotations } from './article-annotations';
import { groupBlocks } from './block-groups';
import { BlockView, type EditTarget } from './BlockView';
import { HighlightToolbar } from './HighlightToolbar';
import { OrphanNotes } from './OrphanNotes';
import { PickBanner } from './PickBanner';
import { readSelection, useBlockSelection, type BlockSelection } from './useBlockSelection';
import { useFocusOnOpen } from './useFocusOnOpen';
import { useReaderKeys } from './useReaderKeys';
import './blocks.css';

interface Props {
  article: Article;
  /** A block to scroll to and mark briefly. */
  focusBlockId: number | null;
  /** An orphaned note to place: the reader starts in "choose a passage" mode. */
  reattachId: number | null;
  onChanged: () => void;
}

/** The article's blocks with their highlights and notes; keyboard and selection driven. */
export function ArticleBody({ article, focusBlockId, reattachId, onChanged }: Props) {
  const reportError = useReportError();
  const { announce } = useFeedback();
  const colorName = useColorName();
  const deleteNote = useDeleteNote(onChanged);
  const body = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [focused, setFocused] = useState<number | null>(focusBlockId);
  const [pickingId, setPickingId] = useState<number | null>(reattachId);
  const { selection, clear } = useBlockSelection(body);

  const { notes, spans, orphans } = useMemo(() => articleAnnotations(article), [article]);
  const picking = orphans.find((a) => a.id === pickingId) ?? null;
  // The article's top heading level becomes an h2 (the title is the h1), the next an h3, the rest h4.
  const topHeading = useMemo(
    () => Math.min(...article.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)),
    [article.blocks],
  );
  const noteable = useMemo(
    () => article.blocks.filter((b) => b.kind !== 'heading').map((b) => b.id),
    [article.blocks],
  );
  useFocusOnOpen(body, focusBlockId);

  const focusBlock = (id: number) => {
    setFocused(id);
    body.current?.querySelector<HTMLElement>(`[data-block-id="${id}"]`)?.focus();
  };
  const inReader = () => {
    const active = document.activeElement;
    return !active || active === document.body || body.current?.contains(active) === true;
  };

  const edit = (target: EditTarget | null) => {
    setEditing(target);
    if (target) setFocused(target.blockId);
  };
  // When an editor closes it takes the focus with it: give it back to its block, so j/k go on from there.
  const lastEdited = useRef<number | null>(null);
  useEffect(() => {
    if (editing) {
      lastEdited.current = editing.blockId;
      return;
    }
    const blockId = lastEdited.current;
    lastEdited.current = null;
    if (blockId !== null && (document.activeElement === document.body || !document.activeElement)) {
      body.current?.querySelector<HTMLElement>(`[data-block-id="${blockId}"]`)?.focus();
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
        onChanged();
        if (withNote) edit({ blockId: words.blockId, annotationId: saved.id, fresh: saved });
        announce(color ? `Highlighted as ${colorName(color)}` : 'Highlighted; write the note');
      }, reportError);
  };

  const setBlockColor = (blockId: number, color: HighlightColor) => {
    const current = notes.get(blockId);
    const next = current?.color === color ? null : color;
    if (next === null && current && current.note.trim() === '') {
      void deleteNote(current.id, 'Highlight removed');
      return;
    }
    api.saveAnnotation({ blockId, color: next }).then(() => {
      onChanged();
      announce(next ? `Marked ${colorName(next)}` : 'Colour removed');
    }, reportError);
  };

  const attach = (blockId: number) => {
    if (!picking) return;
    api.reattachAnnotation({ id: picking.id, blockId }).then(() => {
      setPickingId(null);
      onChanged();
      announce('Note re-attached');
    }, reportError);
  };

  useReaderKeys({
    move: (delta) => {
      // j/k step over headings (Tab reaches a heading's note button); from a heading they go on from there.
      const all = article.blocks;
      const index = focused === null ? -1 : all.findIndex((b) => b.id === focused);
      let next: number | undefined;
      if (index < 0) next = delta > 0 ? noteable[0] : noteable.at(-1);
      else {
        for (let i = index + delta; i >= 0 && i < all.length; i += delta) {
          if (all[i]!.kind !== 'heading') {
            next = all[i]!.id;
            break;
          }
        }
        if (next === undefined && all[index]!.kind !== 'heading') next = focused!;
      }
      if (next !== undefined) focusBlock(next);
    },
    openNote: () => {
      // Read the selection now: a key pressed right after selecting may come before the selection event.
      const words = readSelection(body.current);
      if (words) highlight(words, null, true);
      else if (focused !== null && inReader()) edit({ blockId: focused, annotationId: null });
    },
    color: (index) => {
      const color = HIGHLIGHT_COLORS[index];
      if (!color) return;
      const words = readSelection(body.current);
      if (words) highlight(words, color, false);
      else if (focused !== null && inReader()) setBlockColor(focused, color);
    },
    remove: () => {
      const note = focused !== null && inReader() ? notes.get(focused) : undefined;
      if (note) void deleteNote(note.id);
    },
    enter: () => {
      if (focused === null) return false;
      if (picking) attach(focused);
      else edit({ blockId: focused, annotationId: null });
      return true;
    },
    escape: () => {
      if (selection) clear();
      else if (picking) {
        setPickingId(null);
        announce('Re-attaching cancelled');
      } else if (editing) edit(null);
      else return false;
      return true;
    },
  });

  const startPicking = (annotation: Annotation) => {
    setPickingId(annotation.id);
    announce('Choose the passage for this note: Attach here, or Enter on a passage');
    body.current?.closest('.reader-scroll')?.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const render = (block: Article['blocks'][number]) => (
    <BlockView
      key={block.id}
      block={block}
      headingRank={Math.max(2, Math.min(4, 2 + block.level - topHeading)) as 2 | 3 | 4}
      note={notes.get(block.id)}
      spans={spans.get(block.id) ?? NO_SPANS}
      editing={editing?.blockId === block.id ? editing : null}
      focused={focused === null ? block.id === noteable[0] : focused === block.id}
      flash={focusBlockId === block.id}
      picking={picking !== null}
      onEdit={edit}
      onFocusBlock={setFocused}
      onAttach={attach}
      onChanged={onChanged}
    />
  );

  return (
    <div className="reader__body" ref={body}>
      {picking && <PickBanner annotation={picking} onCancel={() => setPickingId(null)} />}
      {article.blocks.length === 0 && <p className="reader__nothing">This article has no text.</p>}
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
        <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>n</kbd> note · <kbd>1</kbd>–<kbd>4</kbd> colour · <kbd>Del</kbd>{' '}
        delete · <kbd>Esc</kbd> close · select words to highlight them
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
