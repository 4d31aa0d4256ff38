import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';

interface Props {
  /** Disabled while any import runs. */
  busy: boolean;
  /** Says "Importing…" while the files it chose (or dropped files) are being imported. */
  working?: boolean;
  onClick: () => void;
}

/** Opens the system dialog to choose files to import. */
export function ImportButton({ busy, working = busy, onClick }: Props) {
  const { t } = useT();
  return (
    <button
      type="button"
      className="button button--primary import-button"
      data-testid="import-button"
      onClick={onClick}
      disabled={busy}
      title={t('import.button.title')}
    >
      <Icon name="plus" size={15} />
      {working ? t('import.button.importing') : t('import.button.import')}
    </button>
  );
}
