import { useRef } from 'react';
import { Icon } from '../../components/Icon';
import { useModalDialog } from '../../components/useModalDialog';
import { useT } from '../../i18n';
import { ShortcutKeys } from './ShortcutKeys';
import { SHORTCUT_SCOPES, allShortcuts } from './table';
import '../../components/modal.css';
import './shortcuts.css';

/** `?`: every shortcut of the table, by where it works, in a modal dialog. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog, { initialFocus: '[data-testid="shortcut-help-close"]' });
  const table = allShortcuts();
  return (
    <dialog
      ref={dialog}
      className="modal shortcut-help"
      data-testid="shortcut-help"
      aria-labelledby="shortcut-help-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="modal__header">
        <div>
          <h2 className="modal__title" id="shortcut-help-title">
            {t('shortcuts.help.title')}
          </h2>
          <p className="modal__subtitle">{t('shortcuts.help.intro')}</p>
        </div>
        <button
          type="button"
          className="icon-button modal__close"
          aria-label={t('common.close')}
          data-testid="shortcut-help-close"
          onClick={onClose}
        >
          <Icon name="close" size={16} />
        </button>
      </header>
      <div className="shortcut-help__body" tabIndex={0}>
        {SHORTCUT_SCOPES.map((scope) => {
          const defs = table.filter((d) => d.scope === scope);
          if (defs.length === 0) return null;
          return (
            <section key={scope} className="shortcut-help__group" aria-labelledby={`shortcut-scope-${scope}`}>
              <h3 className="shortcut-help__scope" id={`shortcut-scope-${scope}`}>
                {t(`shortcuts.scopes.${scope}`)}
              </h3>
              <dl className="shortcut-help__list">
                {defs.map((def) => (
                  <div
                    key={def.id}
                    className="shortcut-help__row"
                    data-testid="shortcut-row"
                    data-shortcut={def.id}
                  >
                    <dt>{t(def.label)}</dt>
                    <dd>
                      <ShortcutKeys id={def.id} all />
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </dialog>
  );
}
