import type { NotebookEntry, NotebookGrouping } from '../../../../shared/domain';
import { isRowNote, tableRows } from '../../../../shared/table-rows';
import { localToday } from '../../../../shared/dates';
import { Icon } from '../../components/Icon';
import { TagChip } from '../../components/TagChip';
import { useT } from '../../i18n';
import { weekdayName } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';
import { ColorLabel } from './ColorLabel';
import { NoteMarkdown } from './NoteMarkdown';
import { Matched } from './notebook-matches';
import type { NotebookRow } from './notebook-rows';

export interface NotebookActions {
  onOpen: (articleId: number, blockId: number | null, row?: number | null) => void;
  onOnlyArticle: (article: { id: number; title: string }) => void;
  onDelete: (entry: NotebookEntry) => void;
}

function GroupHeading({
  row,
  groupBy,
  actions,
}: {
  row: Extract<NotebookRow, { kind: 'group' }>;
  groupBy: NotebookGrouping;
  actions: NotebookActions;
}) {
  const { t } = useT();
  const f = useFormat();
  const { entry } = row;
  if (groupBy === 'article') {
    return (
      <header
        className="notes-group"
        data-testid="notes-group"
        data-group={row.group}
        data-article-id={entry.articleId}
      >
        <h2 className="notes-group__heading">
          <button
            type="button"
            className="notes-group__title"
            title={entry.articleTitle}
            data-testid="open-article"
            onClick={() => actions.onOpen(entry.articleId, null)}
          >
            {entry.articleTitle}
          </button>
        </h2>
        <p className="notes-group__meta">
          <span className={entry.articleDate ? undefined : 'notes-group__undated'}>
            {f.day(entry.articleDate)}
          </span>
          {entry.articleSource && <span className="notes-group__source">{entry.articleSource}</span>}
          {entry.articleTags.map((tag) => (
            <TagChip key={tag} name={tag} />
          ))}
          <button
            type="button"
            className="link-button notes-group__only"
            data-testid="notes-only-article"
            onClick={() => actions.onOnlyArticle({ id: entry.articleId, title: entry.articleTitle })}
          >
            {t('notes.entry.onlyArticle')}
          </button>
        </p>
      </header>
    );
  }
  const label =
    groupBy === 'day'
      ? t('notes.entry.dayHeading', {
          weekday: weekdayName(row.label, f.style.language),
          day: f.day(row.label),
        })
      : row.group === ''
        ? row.label
        : `# ${row.label}`;
  return (
    <header className="notes-group notes-group--plain" data-testid="notes-group" data-group={row.group}>
      <h2 className="notes-group__heading">{label}</h2>
    </header>
  );
}

function EntryView({
  entry,
  groupBy,
  actions,
}: {
  entry: NotebookEntry;
  groupBy: NotebookGrouping;
  actions: NotebookActions;
}) {
  const { t } = useT();
  const f = useFormat();
  // A note on a table row quotes the row; it is shown as the row's cells, not as words in context.
  const row = isRowNote(entry) ? tableRows(entry.quote)[0] : undefined;
  const span = entry.kind === 'span' && !row;
  return (
    <article
      className={entry.color ? `note-entry color--${entry.color}` : 'note-entry'}
      data-testid="note-entry"
      data-id={entry.id}
      data-color={entry.color ?? undefined}
    >
      <div className="note-entry__top">
        {entry.color ? (
          <ColorLabel color={entry.color} />
        ) : (
          <span className="note-entry__plain">{t('notes.entry.note')}</span>
        )}
        {span && <span className="note-entry__badge">{t('notes.entry.highlight')}</span>}
        {row && <span className="note-entry__badge">{t('notes.entry.tableRow')}</span>}
        {entry.orphaned && (
          <span className="note-entry__badge note-entry__badge--orphan">{t('notes.entry.orphaned')}</span>
        )}
        {groupBy !== 'article' && (
          <button
            type="button"
            className="link-button note-entry__article"
            title={entry.articleTitle}
            onClick={() => actions.onOpen(entry.articleId, null)}
          >
            {entry.articleTitle}
          </button>
        )}
        <span className="note-entry__spacer" />
        <time className="note-entry__when" dateTime={entry.createdAt} title={t('notes.entry.written')}>
          {f.day(localToday(new Date(entry.createdAt)))}
        </time>
        <button
          type="button"
          className="link-button note-entry__open"
          data-testid="open-note"
          onClick={() => actions.onOpen(entry.articleId, entry.blockId, entry.row ?? null)}
        >
          {t('notes.entry.show')}
        </button>
        <button
          type="button"
          className="icon-button note-entry__delete"
          data-testid="delete-entry"
          aria-label={t('notes.entry.delete')}
          title={t('notes.entry.deleteTitle')}
          onClick={() => actions.onDelete(entry)}
        >
          <Icon name="close" size={14} />
        </button>
      </div>
      <blockquote className="note-entry__quote" data-testid="note-quote">
        {row ? (
          <span className="note-entry__row" data-testid="note-row">
            {row.cells.map((cell, i) => (
              <span key={i} className="note-entry__cell">
                <Matched text={cell.text} />
              </span>
            ))}
          </span>
        ) : span ? (
          <>
            {entry.prefix && (
              <span className="note-entry__context">
                …<Matched text={entry.prefix} />
              </span>
            )}
            <mark className="span-mark">
              <Matched text={entry.quote} />
            </mark>
            {entry.suffix && (
              <span className="note-entry__context">
                <Matched text={entry.suffix} />…
              </span>
            )}
          </>
        ) : (
          <Matched text={entry.quote} />
        )}
      </blockquote>
      {entry.note !== '' && (
        <NoteMarkdown source={entry.note} className="note-entry__text" testId="note-text" />
      )}
    </article>
  );
}

/** One row of the notebook: a group's heading or a note. */
export function NotebookRowView({
  row,
  groupBy,
  actions,
}: {
  row: NotebookRow;
  groupBy: NotebookGrouping;
  actions: NotebookActions;
}) {
  return row.kind === 'group' ? (
    <GroupHeading row={row} groupBy={groupBy} actions={actions} />
  ) : (
    <EntryView entry={row.entry} groupBy={groupBy} actions={actions} />
  );
}
