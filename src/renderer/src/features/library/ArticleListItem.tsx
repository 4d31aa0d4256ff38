import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { TagChip } from '../../components/TagChip';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { Icon } from '../../components/Icon';
import { memoText } from '../../components/memo-text';
import { StarMark } from '../triage/StarMark';
import { SampleBadge } from '../manage/SampleBadge';

/** What a row of the library list needs to take part in its multi-selection. */
export interface OptionProps {
  /** In the selection (`aria-selected`). */
  checked: boolean;
  /** The row the list's Tab stop is on (roving tab index). */
  tabStop: boolean;
  /** Show the check box on every row, not only under the pointer (a selection is being made). */
  showCheck: boolean;
  /** A click: the list decides from the modifier keys whether it opens, toggles or extends. */
  onClick: (id: number, event: MouseEvent) => void;
  /** The check box: toggles the row without opening it. */
  onToggle: (id: number) => void;
  onFocus: (id: number) => void;
  /** The mouse button pressed on the row (no modifier, not on its check box): a click to open may follow. */
  onPress?: (id: number) => void;
  /** Where the row sits in a virtual list: its index, the list's size, its offset, and its measurer. */
  place?: {
    index: number;
    setSize: number;
    top: number;
    measure: (element: HTMLElement | null) => void;
  };
}

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
  /** Starred by the user: a star before the title. */
  starred?: boolean;
  /** One of the first-run samples: marked with a badge. */
  sample?: boolean;
  /** The article open in the reader. */
  selected: boolean;
  /** `read` is the item's read state where known, so an open can skip marking a read article. */
  onOpen: (id: number, read?: boolean) => void;
  /** Given in the library list: the row is an option of a multi-select listbox instead of a button. */
  option?: OptionProps;
  children?: ReactNode;
}

const MAX_CHIPS = 4;

/** One article in the library list or the search results. */
export function ArticleListItem(props: Props) {
  const { testId, id, title, date, tags, userTags, read, noteCount = 0, selected, onOpen } = props;
  const { option, children } = props;
  const { t } = useT();
  const f = useFormat();
  const chips = [
    ...tags.map((name) => ({ name, user: false })),
    ...userTags.map((name) => ({ name, user: true })),
  ];
  const unread = read === false;
  const unreadLabel = memoText(t, 'item.unread', () => t('library.item.unread'));
  let className = 'article-item';
  if (option ? option.checked : selected) className += ' article-item--selected';
  if (option && selected) className += ' article-item--open';
  if (unread) className += ' article-item--unread';

  const content = (
    <>
      <span className="article-item__title-row">
        {unread && <span className="article-item__dot" title={unreadLabel} aria-label={unreadLabel} />}
        {props.starred && <StarMark />}
        <span className="article-item__title" title={title}>
          {title}
        </span>
        {props.sample && <SampleBadge />}
      </span>
      <span className="article-item__meta">
        <span className={date ? 'article-item__date' : 'article-item__date article-item__date--none'}>
          {f.day(date)}
        </span>
        {noteCount > 0 && (
          <span className="article-item__notes" data-testid="note-count">
            <Icon name="note" size={11} />
            {memoText(t, `item.notes:${noteCount}:${f.style.numerals}`, () =>
              t('library.item.notes', { count: noteCount, n: f.number(noteCount) }),
            )}
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
    </>
  );

  if (option) {
    if (option.showCheck) className += ' article-item--checkable';
    const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
      // Enter and Space open the article, as the button did; Ctrl/Cmd+Space toggles it.
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      if (event.key === ' ' && (event.ctrlKey || event.metaKey)) option.onToggle(id);
      else if (!event.shiftKey && !event.altKey) onOpen(id, read);
    };
    return (
      <li
        role="option"
        className={`article-list__row ${className}`}
        data-testid={testId}
        data-id={id}
        data-read={read === undefined ? undefined : String(read)}
        aria-selected={option.checked}
        aria-current={selected ? 'true' : undefined}
        tabIndex={option.tabStop ? 0 : -1}
        ref={option.place?.measure}
        data-index={option.place?.index}
        aria-posinset={option.place ? option.place.index + 1 : undefined}
        aria-setsize={option.place?.setSize}
        style={option.place ? { transform: `translateY(${option.place.top}px)` } : undefined}
        onClick={(event) => option.onClick(id, event)}
        onMouseDown={(event) => {
          // Shift+click selects a range of rows, not the text between them.
          if (event.shiftKey) event.preventDefault();
          else if (
            event.button === 0 &&
            !event.ctrlKey &&
            !event.metaKey &&
            !(event.target as Element).closest('[data-testid="article-check"]')
          )
            option.onPress?.(id);
        }}
        onFocus={(event) => {
          if (event.target === event.currentTarget) option.onFocus(id);
        }}
        onKeyDown={onKeyDown}
      >
        <span
          className="article-item__check"
          aria-hidden="true"
          data-testid="article-check"
          title={
            option.checked
              ? memoText(t, 'item.unselect', () => t('library.item.unselect'))
              : memoText(t, 'item.select', () => t('library.item.select'))
          }
          onClick={(event) => {
            event.stopPropagation();
            option.onToggle(id);
          }}
        >
          {option.checked && <Icon name="check" size={11} />}
        </span>
        {content}
      </li>
    );
  }

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
        {content}
      </button>
    </li>
  );
}
