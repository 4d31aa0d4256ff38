import type { Annotation } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { memoFormat, memoText } from '../../components/memo-text';
import { ColorLabel } from './ColorLabel';
import { NoteMarkdown } from './NoteMarkdown';
import './notes.css';

interface Props {
  annotation: Annotation;
  onEdit: () => void;
}

/**
 * A note beside its passage (or under it on a narrow window). Clicking it opens the editor; its
 * `[[links]]` open their articles instead. A span's card starts with the highlighted words.
 */
export function NoteCard({ annotation, onEdit }: Props) {
  const { t } = useT();
  const colorClass = annotation.color ? ` color--${annotation.color}` : '';
  // A note on a table row sits under its row: it reads like a note on a passage, without a quote.
  const onRow = annotation.row !== null && annotation.row !== undefined;
  const span = annotation.kind === 'span' && !onRow;
  return (
    <div
      className={`note-card${colorClass}${span ? ' note-card--span' : ''}${onRow ? ' note-card--row' : ''}`}
      data-testid={span ? 'span-note-card' : 'note-card'}
      data-annotation-id={annotation.id}
      onClick={onEdit}
    >
      {/* With no colour and no quote the top holds only the edit button: it floats, taking no line. */}
      <div className={annotation.color || span ? 'note-card__top' : 'note-card__top note-card__top--bare'}>
        {annotation.color && <ColorLabel color={annotation.color} />}
        {span && <q className="note-card__quote">{annotation.quote}</q>}
        <button
          type="button"
          className="note-card__edit"
          data-testid="edit-note"
          aria-label={
            span || onRow
              ? memoFormat(t, 'notes.card.editQuote', ['quote'], (values) =>
                  t('notes.card.editQuote', values),
                )({
                  quote: annotation.quote,
                })
              : memoText(t, 'notes.card.edit', () => t('notes.card.edit'))
          }
          title={memoText(t, 'notes.card.editTitle', () => t('notes.card.editTitle'))}
          onClick={(event) => {
            event.stopPropagation();
            onEdit();
          }}
        >
          <Icon name="note" size={12} />
        </button>
      </div>
      {annotation.note !== '' && (
        <NoteMarkdown
          source={annotation.note}
          className="note-card__text"
          testId={span ? 'span-note-text' : 'note-text'}
        />
      )}
      {annotation.note === '' && !annotation.color && !span && (
        <span className="note-card__empty">{t('notes.card.empty')}</span>
      )}
    </div>
  );
}
