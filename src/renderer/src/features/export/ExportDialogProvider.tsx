import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import type { ExportOrigin } from './export-options';
import { ExportDialog } from './ExportDialog';

type OpenExportDialog = (origin: ExportOrigin) => void;

interface ExportDialogState {
  /** The open dialog's origin; `n` counts openings, so each is a new dialog with fresh choices. */
  opened: { origin: ExportOrigin; n: number } | null;
  open: OpenExportDialog;
  close: () => void;
}

const ExportDialogContext = createContext<ExportDialogState>({
  opened: null,
  open: () => undefined,
  close: () => undefined,
});

/** Opens the export dialog, scoped to where it was opened from. */
export function useOpenExportDialog(): OpenExportDialog {
  return useContext(ExportDialogContext).open;
}

/** Holds whether the window's one export dialog is open; views and the menu open it with `useOpenExportDialog`. */
export function ExportDialogProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<ExportDialogState['opened']>(null);
  const open = useCallback<OpenExportDialog>(
    (origin) => setOpened((previous) => ({ origin, n: (previous?.n ?? 0) + 1 })),
    [],
  );
  const close = useCallback(() => setOpened(null), []);
  const value = useMemo(() => ({ opened, open, close }), [opened, open, close]);
  return <ExportDialogContext.Provider value={value}>{children}</ExportDialogContext.Provider>;
}

/** Where the export dialog is rendered: inside the workspace, so it sees the same settings as the views. */
export function ExportDialogHost() {
  const { opened, close } = useContext(ExportDialogContext);
  return opened && <ExportDialog key={opened.n} origin={opened.origin} onClose={close} />;
}

interface ButtonProps {
  origin: ExportOrigin;
  testId: string;
  label?: string;
}

/** The button that opens the export dialog on `origin`. */
export function OpenExportDialogButton({ origin, testId, label }: ButtonProps) {
  const open = useOpenExportDialog();
  const { t } = useT();
  return (
    <button
      type="button"
      className="button"
      data-testid={testId}
      aria-haspopup="dialog"
      onClick={() => open(origin)}
      title={t('export.openTitle')}
    >
      <Icon name="download" size={14} />
      {label ?? t('export.open')}
    </button>
  );
}
