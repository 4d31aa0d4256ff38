import { useState } from 'react';

interface Props {
  /** Saves the current query and filters under `name`. */
  onSave: (name: string) => Promise<void>;
}

/** A "Save" button beside the search box that asks for a name in a small inline field. */
export function SaveSearch({ onSave }: Props) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  if (!naming) {
    return (
      <button
        type="button"
        className="button button--small"
        data-testid="save-search"
        title="Save this search in the sidebar"
        onClick={() => setNaming(true)}
      >
        Save search
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
        Name for this search
      </label>
      <input
        id="save-search-name"
        className="input save-search__input"
        data-testid="save-search-name"
        placeholder="Name, e.g. GS-2 polity this month"
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
        Save
      </button>
      <button type="button" className="button button--small" onClick={() => setNaming(false)}>
        Cancel
      </button>
    </form>
  );
}
