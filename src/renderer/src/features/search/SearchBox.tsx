import { useRef } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useShortcut } from '../shortcuts/ShortcutProvider';
import { IndexStatusLine } from './IndexingProgress';

interface Props {
  query: string;
  onChange: (query: string) => void;
  onSubmit: () => void;
}

/**
 * The search field at the top of the list; Ctrl/Cmd+F or / focuses it, Esc clears it. While the
 * search index builds and nothing is searched, a line under it shows how far it has come.
 */
export function SearchBox({ query, onChange, onSubmit }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { t } = useT();

  // `search.focus` in the shortcut table: / outside a field, Ctrl/Cmd+F anywhere.
  useShortcut('search.focus', () => {
    input.current?.focus();
    input.current?.select();
  });

  return (
    <>
      <form
        className="search-box"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <label className="visually-hidden" htmlFor="search-input">
          {t('search.box.label')}
        </label>
        <Icon name="search" size={15} className="search-box__icon" />
        <input
          ref={input}
          id="search-input"
          className="input search-box__input"
          type="search"
          data-testid="search-input"
          placeholder={t('search.box.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              onChange('');
            }
          }}
        />
        {query !== '' && (
          <button
            type="button"
            className="icon-button search-box__clear"
            aria-label={t('search.box.clear')}
            data-testid="search-clear"
            onClick={() => {
              onChange('');
              input.current?.focus();
            }}
          >
            <Icon name="close" size={14} />
          </button>
        )}
      </form>
      {query === '' && <IndexStatusLine />}
    </>
  );
}
