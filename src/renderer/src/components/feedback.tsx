import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useT } from '../i18n';
import { useReportError } from './errors';
import { Icon } from './Icon';
import { useShortcut } from '../features/shortcuts/ShortcutProvider';
import './feedback.css';

interface Toast {
  id: number;
  message: string;
  /** Puts back what was just done (a deletion). */
  undo?: () => Promise<unknown>;
}

export interface Feedback {
  /** Says something to screen readers (polite). */
  announce: (message: string) => void;
  /** Shows a toast, with an Undo button when `undo` is given, and announces it. */
  notify: (message: string, undo?: () => Promise<unknown>) => void;
}

const FeedbackContext = createContext<Feedback>({ announce: () => undefined, notify: () => undefined });

export function useFeedback(): Feedback {
  return useContext(FeedbackContext);
}

const TOAST_MS = 8000;

/** The live region every action speaks through, and the toast that offers Undo. */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const { t } = useT();
  const reportError = useReportError();
  const [spoken, setSpoken] = useState({ message: '', n: 0 });
  const [toast, setToast] = useState<Toast | null>(null);
  const nextId = useRef(1);

  const announce = useCallback((message: string) => setSpoken((s) => ({ message, n: s.n + 1 })), []);
  const notify = useCallback(
    (message: string, undo?: () => Promise<unknown>) => {
      setToast({ id: nextId.current++, message, undo });
      announce(undo ? t('components.toast.withUndo', { message }) : message);
    },
    [announce, t],
  );
  const value = useMemo(() => ({ announce, notify }), [announce, notify]);

  const toastId = toast?.id;
  useEffect(() => {
    if (toastId === undefined) return;
    const timer = setTimeout(() => setToast((t) => (t?.id === toastId ? null : t)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toastId]);

  const undo = useCallback(() => {
    if (!toast?.undo) return;
    const run = toast.undo;
    setToast(null);
    run().then(() => announce(t('components.toast.restored')), reportError);
  }, [toast, announce, reportError, t]);

  // Ctrl/Cmd+Z outside a text field (`undo` in the shortcut table) undoes what the toast offers to undo.
  useShortcut('undo', undo, toast?.undo !== undefined);

  return (
    <FeedbackContext.Provider value={value}>
      {children}
      {/* The text changes with every announcement (the key), so the same words are read again. */}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        <span key={spoken.n}>{spoken.message}</span>
      </div>
      {toast && (
        <div className="toast" data-testid="toast" role="status">
          <span className="toast__message">{toast.message}</span>
          {toast.undo && (
            <button type="button" className="toast__action" data-testid="toast-undo" onClick={undo}>
              {t('components.toast.undo')}
            </button>
          )}
          <button
            type="button"
            className="toast__close"
            aria-label={t('components.dismiss')}
            data-testid="toast-dismiss"
            onClick={() => setToast(null)}
          >
            <Icon name="close" size={14} />
          </button>
        </div>
      )}
    </FeedbackContext.Provider>
  );
}
