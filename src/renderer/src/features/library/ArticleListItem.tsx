import type { ReactNode } from 'react';
import { TagChip } from '../../components/TagChip';
import { countLabel, formatDay } from '../../format';
import { Icon } from '../../components/Icon';

interface Props {
  testId: 'article-item' | 'search-result';
  id: number;
  title: string;
  date: string | null;
  tags: string[];
  userTags: string[];
  /** Undefined where the state is not known (search results). */
  read?: boolean;
  noteCount?: number;
  selected: boolean;
  /** `read` is the item's read state where known, so an open can skip marking a read article. */
  onOpen: (id: number, read?: boolean) => void;
  children?: ReactNode;
}

const MAX_CHIPS = 4;

/** One article in the library list or the search results. */
export function ArticleListItem(props: Props) {
  const { testId, id, title, date, tags, userTags, read, noteCount = 0, selected, onOpen, children } = props;
  const chips = [
    ...tags.map((name) => ({ name, user: false })),
    ...userTags.map((name) => ({ name, user: true })),
  ];
  const unread = read === false;
  let className = 'article-item';
  if (selected) className += ' article-item--selected';
  if (unread) className += ' article-item--unread';

  return (
    <li className="article-list__row">
      <button
        type="button"
        className={className}
        data-testid={testId}
        data-id={id}
        data-read={read === undefined ? undefined : String(read)}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(id, read)}
      >
        <span className="article-item__title-row">
          {unread && <span className="article-item__dot" title="Unread" aria-label="Unread" />}
          <span className="article-item__title">{title}</span>
        </span>
        <span className="article-item__meta">
          <span className={date ? 'article-item__date' : 'article-item__date article-item__date--none'}>
            {formatDay(date)}
          </span>
          {noteCount > 0 && (
            <span className="article-item__notes" data-testid="note-count">
              <Icon name="note" size={11} />
              {countLabel(noteCount, 'note')}
            </span>
          )}
        </span>
        {children}
        {chips.length > 0 && (
          <span className="article-item__tags">
            {chips.slice(0, MAX_CHIPS).map((chip) => (
              <TagChip key={`${chip.user ? 'u' : 's'}:${chip.name}`} name={chip.name} user={chip.user} />
            ))}
            {chips.length > MAX_CHIPS && (
              <span className="article-item__more">+{chips.length - MAX_CHIPS}</span>
            )}
          </span>
        )}
      </button>
    </li>
  );
}
