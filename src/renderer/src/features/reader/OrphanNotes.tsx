import { useT } from '../../i18n';
import type { Annotation } from '../../../../shared/domain';
import { isRowNote } from '../../../../shared/table-rows';
import { ColorLabel } from '../notes/ColorLabel';
import { NoteMarkdown } from '../notes/NoteMarkdown';

interface Props {
  orphans: readonly Annotation[];
  /** The orphan being placed, if any. */
  picking: Annotation | null;
  onReattach: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

/** What an orphan was on: its block, some words, or a table row. */
function orphanKind(annotation: Annotation) {
  if (isRowNote(annotation)) return 'reader.orphans.row' as const;
  return annotation.kind === 'span' ? ('reader.orphans.span' as const) : ('reader.orphans.note' as const);
}

/** Notes whose passage is no longer in the article: the words they were on, and how to place them again. */
export function OrphanNotes({ orphans, picking, onReattach, onDelete }: Props) {
  const { t } = useT();
  return (
    <section className="reader__orphans" data-testid="orphan-notes" aria-labelledby="orphans-title">
      <h2 className="reader__orphans-title" id="orphans-title">
        {t('reader.orphans.heading')}
      </h2>
      <p className="reader__orphans-hint">{t('reader.orphans.hint')}</p>
      {orphans.map((annotation) => (
        <div
          key={annotation.id}
          className={`reader__orphan${picking?.id === annotation.id ? ' reader__orphan--picking' : ''}`}
          data-testid="orphan-note"
          data-id={annotation.id}
        >
          <div className="reader__orphan-top">
            {annotation.color && <ColorLabel color={annotation.color} />}
            <span className="reader__orphan-kind">{t(orphanKind(annotation))}</span>
          </div>
          <blockquote className="reader__orphan-quote" data-testid="orphan-quote">
            {annotation.quote}
          </blockquote>
          {annotation.note !== '' && (
            <NoteMarkdown source={annotation.note} className="reader__orphan-note" />
          )}
          <div className="reader__orphan-actions">
            <button
              type="button"
              className="button button--small"
              data-testid="reattach-note"
              aria-pressed={picking?.id === annotation.id}
              onClick={() => onReattach(annotation)}
            >
              {t('reader.orphans.reattach')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="delete-orphan"
              onClick={() => onDelete(annotation)}
            >
              {t('reader.orphans.delete')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
