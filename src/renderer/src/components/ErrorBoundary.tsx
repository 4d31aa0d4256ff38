import { Component, type ErrorInfo, type ReactNode } from 'react';
import { api } from '../api';
import { useT } from '../i18n';
import { rendererErrorReport } from './renderer-errors';
import './ErrorBoundary.css';

interface Props {
  /** Which part of the window this guards, for the log ("Notes view", "note"). */
  where: string;
  /** What to show instead once it broke; by default a sentence naming the part. */
  fallback?: ReactNode;
  /** When this changes, a broken part tries to render again (another article, another note). */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: unknown;
}

/**
 * Keeps one broken part (a view, a note) from blanking the whole window: it shows a sentence in its
 * place and sends the error (not the props, so no note text) to the main log.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    // The component stack names our components only; the error's own stack is enough and smaller.
    api.logRendererError(rendererErrorReport(error, this.props.where)).catch(() => {
      // Logging must never raise a second error; the part already shows its sentence.
    });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback ?? <BrokenPart where={this.props.where} />;
  }
}

/** The sentence shown in place of a broken part (a function component, so it can translate). */
function BrokenPart({ where }: { where: string }) {
  const { t } = useT();
  return (
    <div className="error-boundary" role="alert" data-testid="view-error">
      <p className="error-boundary__title">{t('components.broken.title', { where })}</p>
      <p className="error-boundary__hint">{t('components.broken.hint')}</p>
    </div>
  );
}
