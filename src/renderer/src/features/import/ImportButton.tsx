import { Icon } from '../../components/Icon';

interface Props {
  /** Disabled while any import runs. */
  busy: boolean;
  /** Says "Importing…" while the files it chose (or dropped files) are being imported. */
  working?: boolean;
  onClick: () => void;
}

/** Opens the system dialog to choose files to import. */
export function ImportButton({ busy, working = busy, onClick }: Props) {
  return (
    <button
      type="button"
      className="button button--primary import-button"
      data-testid="import-button"
      onClick={onClick}
      disabled={busy}
      title="Import articles from files (or drop files anywhere on the window)"
    >
      <Icon name="plus" size={15} />
      {working ? 'Importing…' : 'Import…'}
    </button>
  );
}
