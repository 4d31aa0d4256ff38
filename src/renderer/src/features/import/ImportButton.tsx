import { Icon } from '../../components/Icon';

interface Props {
  busy: boolean;
  onClick: () => void;
}

/** Opens the system dialog to choose files to import. */
export function ImportButton({ busy, onClick }: Props) {
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
      {busy ? 'Importing…' : 'Import…'}
    </button>
  );
}
