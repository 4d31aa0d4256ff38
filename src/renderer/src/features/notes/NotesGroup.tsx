import { TagChip } from '../../components/TagChip';
import { formatDay } from '../../format';
import { ColorLabel } from './ColorLabel';
import type { NoteGroup } from './group-notes';

interface Props {
  group: NoteGroup;
  onOpen: (articleId: number, blockId: number | null) => void;
}

/** One article's notes: its title (which opens it), date and tags, then each quoted passage and note. */
export function NotesGroup({ group, onOpen }: Props) {
  return (
    <section className="notes-group" data-testid="notes-group" data-article-id={group.articleId}>
      <header className="notes-group__header">
        <h2 className="notes-group__heading">
          <button
            type="button"
            className="notes-group__title"
            data-testid="open-article"
            onClick={() => onOpen(group.articleId, null)}
          >
            {group.title}
          </button>
        </h2>
        <p className="notes-group__meta">
          <span className={group.date ? undefined : 'notes-group__undated'}>{formatDay(group.date)}</span>
          {group.tags.map((tag) => (
            <TagChip key={tag} name={tag} />
          ))}
        </p>
      </header>
      <ol className="notes-group__entries">
        {group.notes.map((entry) => (
          <li
            key={entry.id}
            className={entry.color ? `note-entry color--${entry.color}` : 'note-entry'}
            data-testid="note-entry"
            data-id={entry.id}
            data-color={entry.color ?? undefined}
          >
            <div className="note-entry__top">
              {entry.color ? (
                <ColorLabel color={entry.color} />
              ) : (
                <span className="note-entry__plain">Note</span>
              )}
              <button
                type="button"
                className="link-button note-entry__open"
                data-testid="open-note"
                onClick={() => onOpen(group.articleId, entry.blockId)}
              >
                Show in article →
              </button>
            </div>
            <blockquote className="note-entry__quote" data-testid="note-quote">
              {entry.quote}
            </blockquote>
            {entry.note !== '' && (
              <p className="note-entry__text" data-testid="note-text">
                {entry.note}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
