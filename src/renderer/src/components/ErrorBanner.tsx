import './ErrorBanner.css';

interface Props {
  messages: string[];
  onDismiss: () => void;
}

/** The errors of api calls, newest last, until the user dismisses them. */
export function ErrorBanner({ messages, onDismiss }: Props) {
  if (messages.length === 0) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <span className="error-banner__icon" aria-hidden="true">
        !
      </span>
      <ul className="error-banner__messages">
        {messages.map((message, index) => (
          <li key={index} data-testid="error-message">
            {message}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={onDismiss} data-testid="dismiss-error">
        Dismiss
      </button>
    </div>
  );
}
