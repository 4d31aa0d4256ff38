import { useRef, type ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { useModalDialog } from '../../components/useModalDialog';
import { useT } from '../../i18n';
import '../../components/modal.css';

interface Props {
  testId: string;
  title: string;
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer: ReactNode;
  /** The element to focus when the dialog opens (a CSS selector inside it). */
  initialFocus?: string;
}

/**
 * A small native modal `<dialog>` for the import feature: focus stays inside, Esc closes, and focus
 * goes back to the button that opened it.
 */
export function ModalDialog({ testId, title, subtitle, onClose, children, footer, initialFocus }: Props) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `${testId}-title`;

  useModalDialog(dialog, { initialFocus });

  return (
    <dialog
      ref={dialog}
      className="modal import-dialog"
      data-testid={testId}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc: let React unmount the dialog rather than closing it behind React's back.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="modal__header">
        <div>
          <h2 className="modal__title" id={titleId}>
            {title}
          </h2>
          {subtitle && <p className="modal__subtitle">{subtitle}</p>}
        </div>
        <button
          type="button"
          className="icon-button modal__close"
          aria-label={t('import.dialog.close', { title })}
          data-testid={`${testId}-close`}
          onClick={onClose}
        >
          <Icon name="close" size={16} />
        </button>
      </header>
      <div className="import-dialog__body">{children}</div>
      <footer className="import-dialog__footer">{footer}</footer>
    </dialog>
  );
}
