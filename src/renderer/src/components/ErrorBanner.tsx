import './ErrorBanner.css';
import { useT } from '../i18n';
import { coreMessage } from '../i18n/core-message';
import { Icon } from './Icon';

interface Props {
  messages: string[];
  onDismiss: () => void;
}

/** The errors of api calls, newest last, until the user dismisses them. */
export function ErrorBanner({ messages, onDismiss }: Props) {
  const { t } = useT();
  if (messages.length === 0) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <Icon name="alert" size={18} className="error-banner__icon" />
      <ul className="error-banner__messages">
        {messages.map((message, index) => (
          <li key={index} data-testid="error-message">
            {coreMessage(t, { fallback: message })}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={onDismiss} data-testid="dismiss-error">
        {t('components.dismiss')}
      </button>
    </div>
  );
}
