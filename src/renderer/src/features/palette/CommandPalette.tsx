import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { api } from '../../api';
import { useModalDialog } from '../../components/useModalDialog';
import { keys } from '../../data/keys';
import { useT } from '../../i18n';
import { ShortcutKeys } from '../shortcuts/ShortcutKeys';
import { fuzzyFilter } from './fuzzy';
import { parseTypedDay, parseTypedMonth } from './typed-date';
import '../../components/modal.css';
import './palette.css';

/** One line of the palette. */
export interface PaletteItem {
  key: string;
  kind: 'action' | 'date' | 'article';
  label: string;
  /** The shortcut table's id of the key that does the same, shown beside it. */
  shortcut?: string;
  /** A second line (an article's date). */
  detail?: string;
  run: () => void;
}

interface Props {
  /** Every action, in the order shown when nothing is typed. */
  actions: readonly PaletteItem[];
  onDay: (day: string) => void;
  onMonth: (month: string) => void;
  onOpenArticle: (id: number) => void;
  onClose: () => void;
}

const ARTICLE_LIMIT = 8;
const TYPING_PAUSE_MS = 150;

/** The query once typing pauses, so each keystroke does not search. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * Ctrl/Cmd+K: one field that finds any action by a few of its letters, a date typed day first
 * (10-01-2022, 10 Jan 2022) to show that day's articles, or an article by its title (the search
 * channel). ↑/↓ choose, Enter runs, Esc closes; each action shows the key that does the same.
 */
export function CommandPalette({ actions, onDay, onMonth, onOpenArticle, onClose }: Props) {
  const { t, i18n } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();
  useModalDialog(dialog, { initialFocus: 'input' });
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const settled = useSettled(query.trim());

  const day = parseTypedDay(query);
  const month = day === null ? parseTypedMonth(query) : null;
  const locale = i18n.language === 'hi' ? 'hi-IN' : 'en-IN';
  const articles = useQuery({
    queryKey: keys.search('palette', settled),
    queryFn: () => api.search({ query: settled, limit: ARTICLE_LIMIT }),
    enabled: settled.length >= 2 && parseTypedDay(settled) === null,
    staleTime: 30_000,
  });

  const items = useMemo<PaletteItem[]>(() => {
    const dates: PaletteItem[] = [];
    if (day) {
      const shown = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).format(new Date(`${day}T00:00:00`));
      dates.push({
        key: `day-${day}`,
        kind: 'date',
        label: t('palette.jumpToDay', { day: shown }),
        run: () => onDay(day),
      });
    } else if (month) {
      const shown = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(
        new Date(`${month}-01T00:00:00`),
      );
      dates.push({
        key: `month-${month}`,
        kind: 'date',
        label: t('palette.jumpToMonth', { month: shown }),
        run: () => onMonth(month),
      });
    }
    const found = articles.data?.ok && settled === query.trim() ? articles.data.hits : [];
    const titles: PaletteItem[] = found.map((hit) => ({
      key: `article-${hit.id}`,
      kind: 'article',
      label: hit.title,
      detail: hit.date ?? undefined,
      run: () => onOpenArticle(hit.id),
    }));
    return [...dates, ...fuzzyFilter(query, actions, (a) => a.label), ...titles];
  }, [day, month, locale, t, onDay, onMonth, articles.data, settled, query, actions, onOpenArticle]);

  const chosen = Math.min(active, Math.max(0, items.length - 1));
  useEffect(() => {
    dialog.current?.querySelector(`[data-index="${chosen}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);

  const runItem = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose();
    // After the palette has closed and given the focus back, so the action's own focus wins.
    setTimeout(item.run, 0);
  };

  return (
    <dialog
      ref={dialog}
      className="modal palette"
      data-testid="palette"
      aria-label={t('palette.title')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its card) closes it.
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="palette__field">
        <input
          className="palette__input"
          data-testid="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={items.length > 0 ? `${listId}-${chosen}` : undefined}
          aria-label={t('palette.inputLabel')}
          placeholder={t('palette.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((chosen + step + items.length) % Math.max(1, items.length));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              runItem(items[chosen]);
            }
          }}
        />
      </div>
      <ul className="palette__list" id={listId} role="listbox" aria-label={t('palette.title')}>
        {items.map((item, index) => (
          <li
            key={item.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === chosen}
            data-index={index}
            data-testid="palette-item"
            data-kind={item.kind}
            className={index === chosen ? 'palette__item palette__item--active' : 'palette__item'}
            onMouseMove={() => setActive(index)}
            onClick={() => runItem(item)}
          >
            <span className="palette__kind">{t(`palette.kinds.${item.kind}`)}</span>
            <span className="palette__label">
              {item.label}
              {item.detail && <span className="palette__detail">{item.detail}</span>}
            </span>
            {item.shortcut && <ShortcutKeys id={item.shortcut} />}
          </li>
        ))}
      </ul>
      {items.length === 0 && (
        <p className="palette__empty" data-testid="palette-empty">
          {articles.isFetching ? t('palette.searching') : t('palette.empty', { query })}
        </p>
      )}
      <p className="palette__hint" aria-hidden="true">
        {t('palette.hint')}
      </p>
    </dialog>
  );
}
