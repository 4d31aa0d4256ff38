import { useState } from 'react';
import { useT } from '../../i18n';

interface Props {
  /** Saves the current query and filters under `name`. */
  onSave: (name: string) => Promise<void>;
}

/** A "Save" button beside the search box that asks for a name in a small inline field. */
export function SaveSearch({ onSave }: Props) {
  const { t } = useT();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  if (!naming) {
    return (
      <button
        type="button"
        className="button button--small"
        data-testid="save-search"
        title={t('search.save.title')}
        onClick={() => setNaming(true)}
      >
        {t('search.save.button')}
      </button>
    );
  }

  const submit = () => {
    const trimmed = name.trim();
    if (trimmed === '' || busy) return;
    setBusy(true);
    onSave(trimmed).then(
      () => {
        setBusy(false);
        setNaming(false);
        setName('');
      },
      () => setBusy(false),
    );
  };

  return (
    <form
      className="save-search"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="visually-hidden" htmlFor="save-search-name">
        {t('search.save.name')}
      </label>
      <input
        id="save-search-name"
        className="input save-search__input"
        data-testid="save-search-name"
        placeholder={t('search.save.placeholder')}
        maxLength={100}
        autoFocus
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setNaming(false);
          }
        }}
      />
      <button
        type="submit"
        className="button button--small"
        data-testid="save-search-confirm"
        disabled={busy}
      >
        {t('common.save')}
      </button>
      <button type="button" className="button button--small" onClick={() => setNaming(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
